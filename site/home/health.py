"""Readiness checks for /healthz: database, cache and Celery broker."""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection

from config.celery import app as celery_app

OK, FAILING, EAGER = "ok", "failing", "eager"


def check_database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any driver error means "not ready"
        return {"status": FAILING, "error": type(exc).__name__}
    return {"status": OK, "vendor": connection.vendor}


def check_cache() -> dict:
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", timeout=5)
        ok = cache.get(key) == "1"
        cache.delete(key)
    except Exception as exc:
        return {"status": FAILING, "error": type(exc).__name__}
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    return {"status": OK if ok else FAILING, "backend": backend}


def check_broker() -> dict:
    if celery_app.conf.task_always_eager:
        # Say plainly that there is no broker rather than pretend one is up.
        return {"status": EAGER, "detail": "tasks run inside the web process; no broker"}
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except Exception as exc:
        return {"status": FAILING, "error": type(exc).__name__}
    return {"status": OK}


def health_report() -> tuple[bool, dict]:
    checks = {"database": check_database(), "cache": check_cache(), "broker": check_broker()}
    healthy = all(c["status"] in (OK, EAGER) for c in checks.values())
    return healthy, {"status": OK if healthy else FAILING, "checks": checks}
