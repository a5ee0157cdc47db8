"""The embedded default that ``make run`` uses: SQLite, eager Celery, console e-mail."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-never-used-in-production"  # noqa: S105
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]", "h5p.localhost"]

# No broker in the embedded default: tasks run in the request, and /healthz says so.
CELERY_TASK_ALWAYS_EAGER = True
CELERY_BROKER_URL = "memory://"

# runserver serves static files itself; no collectstatic needed in development.
STORAGES = {
    "default": {"BACKEND": "uploads.storage.UploadStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
