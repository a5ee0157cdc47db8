"""Settings for the test suite.

With RIGHTSPATH_SERVICES=1 the suite runs against real PostgreSQL (DATABASE_URL) and Redis
(REDIS_URL, cache and Celery broker); otherwise on SQLite with eager Celery, like ``make run``.
"""

import atexit
import os
import shutil
import tempfile

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
# Uploads and generated PDFs of test runs stay apart from the development site's media (a fixed
# path, not a temporary one: the Celery worker of the services run is another process).
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
# Under pytest-xdist ("-n 2", make test-services) each worker process has its own media folder
# and Redis database (pytest-django gives each its own test database already).
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if XDIST_WORKER:
    MEDIA_ROOT = MEDIA_ROOT / XDIST_WORKER

# Most tests measure real rendering (and its query counts); the cache has its own tests.
PAGE_CACHE_SECONDS = 0

SERVICES = os.environ.get("RIGHTSPATH_SERVICES") == "1"

if SERVICES:
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
    REDIS_URL = os.environ["REDIS_URL"]
    if XDIST_WORKER:  # "gw0", "gw1": the next Redis databases after the given one
        _base, _, _db = REDIS_URL.rpartition("/")
        REDIS_URL = f"{_base}/{(int(_db or 0) + 1 + int(XDIST_WORKER[2:])) % 16}"
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
    # A file, not ":memory:". With an in-memory database the live server shares one connection
    # with the test thread, but Playwright runs an event loop in that thread, and Django then
    # keeps connections per async context: a second connection to the same shared-cache
    # database appears, and the two lock each other's tables ("database table is locked").
    # With a file every thread has its own connection and SQLite's own locking (WAL, a busy
    # timeout) orders them, as in production. /dev/shm keeps it in memory where there is one.
    _shm = os.path.join(os.sep, "dev", "shm")
    _db_dir = tempfile.mkdtemp(prefix="rightspath-test-", dir=_shm if os.path.isdir(_shm) else None)
    atexit.register(shutil.rmtree, _db_dir, ignore_errors=True)
    _db_file = os.path.join(_db_dir, "db.sqlite3")
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": _db_file,
            "OPTIONS": SQLITE_OPTIONS,  # noqa: F405
            "TEST": {"NAME": _db_file},
        }
    }
    CELERY_TASK_ALWAYS_EAGER = True
    CELERY_BROKER_URL = "memory://"
