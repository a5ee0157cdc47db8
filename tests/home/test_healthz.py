import json

import pytest
from django.db import connection

from home import health

pytestmark = pytest.mark.django_db


def test_healthz_reports_eager_celery_honestly(client, monkeypatch):
    monkeypatch.setitem(health.celery_app.conf, "task_always_eager", True)
    response = client.get("/healthz")
    assert response.status_code == 200
    report = json.loads(response.content)
    assert report["status"] == "ok"
    assert report["checks"]["database"]["status"] == "ok"
    assert report["checks"]["cache"]["status"] == "ok"
    assert report["checks"]["broker"] == {
        "status": "eager",
        "detail": "tasks run inside the web process; no broker",
    }


def test_healthz_is_outside_the_language_prefix_and_never_cached(client):
    response = client.get("/healthz", HTTP_ACCEPT_LANGUAGE="km")
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert client.get("/en/healthz", follow=True).status_code == 404


def test_healthz_fails_with_503_when_the_database_is_down(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise ConnectionError("database unreachable")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    report = json.loads(response.content)
    assert report["status"] == "failing"
    assert report["checks"]["database"] == {"status": "failing", "error": "ConnectionError"}


def test_healthz_fails_with_503_when_the_cache_is_down(client, monkeypatch):
    def broken_set(*args, **kwargs):
        raise OSError("cache unreachable")

    monkeypatch.setattr(health.cache, "set", broken_set)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["checks"]["cache"]["status"] == "failing"


def test_healthz_fails_when_a_configured_broker_is_unreachable(client, monkeypatch):
    monkeypatch.setitem(health.celery_app.conf, "task_always_eager", False)
    monkeypatch.setitem(health.celery_app.conf, "broker_url", "redis://127.0.0.1:1/0")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["checks"]["broker"]["status"] == "failing"


def test_healthz_accepts_only_get(client):
    assert client.post("/healthz").status_code == 405
