"""Background jobs run on a real worker through Redis, against PostgreSQL."""

import datetime
import json

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from accounts.models import ResetCode
from accounts.tasks import purge_expired_reset_codes

pytestmark = pytest.mark.services


def test_worker_purges_expired_reset_codes(celery_worker_process, facilitator, learner):
    now = timezone.now()
    expired = ResetCode.objects.create(
        user=learner,
        code_hash="a" * 64,
        issued_by=facilitator,
        created_at=now - datetime.timedelta(days=8),
        expires_at=now - datetime.timedelta(days=1),
    )
    current = ResetCode.objects.create(
        user=learner,
        code_hash="b" * 64,
        issued_by=facilitator,
        expires_at=now + datetime.timedelta(days=6),
    )
    result = purge_expired_reset_codes.delay()
    assert result.get(timeout=60) == 1
    assert not ResetCode.objects.filter(pk=expired.pk).exists()
    assert ResetCode.objects.filter(pk=current.pk).exists()


def test_healthz_reports_real_services(services, client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    checks = json.loads(response.content)["checks"]
    assert checks["database"] == {"status": "ok", "vendor": "postgresql"}
    assert checks["cache"] == {"status": "ok", "backend": "RedisCache"}
    assert checks["broker"] == {"status": "ok"}
    assert connection.vendor == "postgresql"
    assert settings.CELERY_TASK_ALWAYS_EAGER is False
