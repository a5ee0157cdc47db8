"""A real Celery worker process, talking to the test database over real Redis.

These tests run only in the services suite (RIGHTSPATH_SERVICES=1, `make test-services`).
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import dj_database_url
import pytest
from django.conf import settings
from django.db import connection

from config.celery import app as celery_app
from tests.helpers import require, wagtail_base_ensure

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def services():
    require(
        getattr(settings, "SERVICES", False),
        "needs RIGHTSPATH_SERVICES=1 with PostgreSQL and Redis",
    )


@pytest.fixture
def celery_worker_process(services, transactional_db):
    # Another transactional test may have flushed the rows Wagtail's migrations make.
    wagtail_base_ensure()
    # The worker must read the test database that pytest-django created, not the real one.
    url = dj_database_url.parse(os.environ["DATABASE_URL"])
    test_db = connection.settings_dict["NAME"]
    database_url = os.environ["DATABASE_URL"].rsplit("/", 1)[0] + f"/{test_db}"
    assert url["ENGINE"].endswith("postgresql")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "RIGHTSPATH_SERVICES": "1",
        "DATABASE_URL": database_url,
    }
    worker = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--pool=solo",
            "--without-mingle",
            "--without-gossip",
            "--loglevel=WARNING",
            "--hostname=rightspath-test@%h",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while not celery_app.control.ping(timeout=1):
            if worker.poll() is not None or time.monotonic() > deadline:
                pytest.fail("the Celery worker did not start")
        yield worker
    finally:
        worker.terminate()
        worker.wait(timeout=30)
