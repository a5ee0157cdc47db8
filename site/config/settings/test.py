"""Settings for the test suite.

With RIGHTSPATH_SERVICES=1 the suite runs against real PostgreSQL (DATABASE_URL) and Redis
(REDIS_URL, cache and Celery broker); otherwise on SQLite with eager Celery, like ``make run``.
"""

import os

import dj_database_url

from .base import *  # noqa: F403
from .base import STORAGES

SECRET_KEY = "test-only-insecure-key-never-used-in-production"  # noqa: S105
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver", "h5p.localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast, tests only
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_AUTOREFRESH = True

# Most tests measure real rendering (and its query counts); the cache has its own tests.
PAGE_CACHE_SECONDS = 0

SERVICES = os.environ.get("RIGHTSPATH_SERVICES") == "1"

if SERVICES:
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
    REDIS_URL = os.environ["REDIS_URL"]
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "rightspath-test",
        }
    }
    CELERY_BROKER_URL = REDIS_URL
    CELERY_RESULT_BACKEND = REDIS_URL
    CELERY_TASK_ALWAYS_EAGER = False
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
    CELERY_TASK_ALWAYS_EAGER = True
    CELERY_BROKER_URL = "memory://"
