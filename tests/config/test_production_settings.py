"""Production settings come from the environment and refuse to start unsafely (HC-1)."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env_overrides):
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "CONCERN_NOTE_KEYS": Fernet.generate_key().decode(),
        "ALLOWED_HOSTS": "rightspath.example",
        "H5P_CONTENT_ORIGIN": "https://h5p.rightspath.example",
        "DATABASE_URL": "sqlite:////tmp/rightspath-deploy-check.sqlite3",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "CLAMD_SOCKET": "/run/clamav/clamd.ctl",
    }
    env.update(env_overrides)
    env = {key: value for key, value in env.items() if value is not None}
    return subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


@pytest.mark.checklist("HC-1")
def test_deploy_checks_pass_with_no_warning():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("SECRET_KEY", None, "SECRET_KEY must be set"),
        ("SECRET_KEY", "short", "SECRET_KEY is too weak"),
        ("SECRET_KEY", "django-insecure-" + "a" * 60, "SECRET_KEY is too weak"),
        ("SECRET_KEY", "a" * 60, "SECRET_KEY is too weak"),
        ("ALLOWED_HOSTS", "", "ALLOWED_HOSTS"),
        ("DATABASE_URL", None, "DATABASE_URL must be set"),
        ("REDIS_URL", None, "REDIS_URL must be set"),
        ("CONCERN_NOTE_KEYS", None, "CONCERN_NOTE_KEYS must be set"),
        ("CONCERN_NOTE_KEYS", "not-a-key", "CONCERN_NOTE_KEYS holds a key"),
        ("H5P_CONTENT_ORIGIN", None, "H5P_CONTENT_ORIGIN must be set"),
        ("H5P_CONTENT_ORIGIN", "http://h5p.rightspath.example", "must be an https origin"),
        ("H5P_CONTENT_ORIGIN", "https://rightspath.example", "a host of its own"),
        ("H5P_CONTENT_ORIGIN", "https://example", "a host of its own"),
    ],
)
def test_production_refuses_to_start_without_safe_settings(name, value, message):
    result = run_manage("check", **{name: value})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_production_uses_host_prefixed_secure_cookies_and_redis():
    code = (
        "from django.conf import settings as s;"
        "print(s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME, s.SESSION_COOKIE_SECURE,"
        " s.CACHES['default']['BACKEND'], s.CELERY_BROKER_URL, s.CELERY_TASK_ALWAYS_EAGER)"
    )
    result = run_manage("shell", "--no-imports", "-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "__Host-session",
        "__Host-csrftoken",
        "True",
        "django.core.cache.backends.redis.RedisCache",
        "redis://127.0.0.1:6379/0",
        "False",
    ]


def test_s3_media_storage_is_chosen_from_the_environment():
    code = "from django.conf import settings as s; print(s.STORAGES['default']['BACKEND'])"
    result = run_manage(
        "shell", "--no-imports", "-c", code, AWS_STORAGE_BUCKET_NAME="rightspath-media"
    )
    assert result.stdout.strip() == "uploads.s3.S3UploadStorage"


def test_production_serves_h5p_from_its_own_origin_framed_only_by_the_app():
    code = (
        "from django.conf import settings as s;"
        "print(s.ALLOWED_HOSTS, s.H5P_CONTENT_ORIGIN, s.H5P_APP_ORIGINS,"
        " s.CONTENT_SECURITY_POLICY['DIRECTIVES']['frame-src'])"
    )
    result = run_manage("shell", "--no-imports", "-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "['rightspath.example', 'h5p.rightspath.example'] https://h5p.rightspath.example "
        "['https://rightspath.example'] ['https://h5p.rightspath.example']"
    )
