"""Production: every setting comes from the environment; an unsafe one stops start-up.

Required: SECRET_KEY, CONCERN_NOTE_KEYS, ALLOWED_HOSTS, DATABASE_URL, REDIS_URL,
H5P_CONTENT_ORIGIN, and a virus scanner: CLAMD_SOCKET or CLAMD_HOST (optional CLAMD_PORT,
CLAMD_TIMEOUT, UPLOAD_SCANNER).
H5P_CONTENT_ORIGIN is the https origin H5P activities play on ("https://h5p.example.org"): a
host of its own, never one of ALLOWED_HOSTS (it is added to them here), never a parent domain
of the app, and DNS for it must reach this same site. H5P_APP_ORIGINS (comma-separated,
default: https://<host> for each ALLOWED_HOSTS entry that is a plain host name) are the origins
allowed to frame the player.
Optional: CSRF_TRUSTED_ORIGINS, EMAIL_URL-style settings (EMAIL_HOST, EMAIL_PORT,
EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, DEFAULT_FROM_EMAIL), S3 media
(AWS_STORAGE_BUCKET_NAME, AWS_S3_ENDPOINT_URL, AWS_S3_REGION_NAME, AWS_ACCESS_KEY_ID,
AWS_SECRET_ACCESS_KEY), TRUSTED_PROXY_COUNT, QUICK_EXIT_URL_<LANG>, WAGTAILADMIN_BASE_URL.
"""

import os
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    ADMIN_CONTENT_SECURITY_POLICY,
    CONTENT_SECURITY_POLICY,
    QUICK_EXIT_URLS,
    STORAGES,
)


def env(name: str, default: str | None = None, *, required: bool = False) -> str:
    value = os.environ.get(name, default)
    if required and not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set.")
    return value or ""


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def secure_secret_key() -> str:
    key = env("SECRET_KEY", required=True)
    weak = key.startswith("django-insecure") or "insecure" in key or "change" in key.lower()
    if len(key) < 50 or len(set(key)) < 5 or weak:
        raise ImproperlyConfigured(
            "SECRET_KEY is too weak: use at least 50 random characters "
            "(python -c 'import secrets; print(secrets.token_urlsafe(64))')."
        )
    return key


DEBUG = False
SECRET_KEY = secure_secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must name the host(s) this site answers to.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Fernet keys for concern notes (comma-separated, newest first; see safeguarding.note_crypto).
CONCERN_NOTE_KEYS = env_list("CONCERN_NOTE_KEYS")
if not CONCERN_NOTE_KEYS:
    raise ImproperlyConfigured(
        "CONCERN_NOTE_KEYS must be set: python -c 'from cryptography.fernet import Fernet; "
        "print(Fernet.generate_key().decode())'"
    )
try:
    from cryptography.fernet import Fernet

    for _key in CONCERN_NOTE_KEYS:
        Fernet(_key)
except ValueError as error:
    raise ImproperlyConfigured(
        f"CONCERN_NOTE_KEYS holds a key Fernet cannot use: {error}"
    ) from None


def h5p_content_origin(app_hosts: list[str]) -> str:
    """The H5P content origin: https, a host of its own (see the module docstring)."""
    origin = env("H5P_CONTENT_ORIGIN", required=True).strip().rstrip("/")
    parts = urlsplit(origin)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not host or parts.path or parts.query or parts.username:
        raise ImproperlyConfigured(
            "H5P_CONTENT_ORIGIN must be an https origin, e.g. https://h5p.example.org."
        )
    for app_host in app_hosts:
        name = app_host.lower().lstrip(".")
        covered = name == "*" or (app_host.startswith(".") and host.endswith(f".{name}"))
        # A parent domain of the app could be handed the app's domain-wide cookies.
        parent = name.endswith(f".{host}")
        if host == name or covered or parent:
            raise ImproperlyConfigured(
                "H5P_CONTENT_ORIGIN must be a host of its own, not one of ALLOWED_HOSTS "
                "nor a parent domain of one."
            )
    return origin


H5P_CONTENT_ORIGIN = h5p_content_origin(ALLOWED_HOSTS)
H5P_APP_ORIGINS = env_list("H5P_APP_ORIGINS") or [
    f"https://{host}" for host in ALLOWED_HOSTS if not host.startswith(".") and host != "*"
]
ALLOWED_HOSTS = [*ALLOWED_HOSTS, urlsplit(H5P_CONTENT_ORIGIN).hostname]
CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY,
    "DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "frame-src": [H5P_CONTENT_ORIGIN]},
}
ADMIN_CONTENT_SECURITY_POLICY = {
    **ADMIN_CONTENT_SECURITY_POLICY,
    "frame-src": ["'self'", H5P_CONTENT_ORIGIN],
}
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", required=True), conn_max_age=60, conn_health_checks=True
    )
}

REDIS_URL = env("REDIS_URL", required=True)
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "rightspath",
    }
}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
CELERY_BROKER_URL = REDIS_URL
CELERY_RESULT_BACKEND = REDIS_URL
CELERY_TASK_ALWAYS_EAGER = False

# allauth's rate limits key on the client address; behind N proxies it must skip them.
ALLAUTH_TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))

if env("AWS_STORAGE_BUCKET_NAME"):
    STORAGES = {
        **STORAGES,
        "default": {
            # S3Storage with random names and metadata-free images (uploads.storage).
            "BACKEND": "uploads.s3.S3UploadStorage",
            "OPTIONS": {
                "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
                "endpoint_url": env("AWS_S3_ENDPOINT_URL") or None,
                "region_name": env("AWS_S3_REGION_NAME") or None,
                "default_acl": "private",
                "querystring_auth": True,
                "file_overwrite": False,
            },
        },
    }
else:
    MEDIA_ROOT = env("MEDIA_ROOT", str(MEDIA_ROOT))  # noqa: F405

if env("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env("EMAIL_HOST")
    EMAIL_PORT = int(env("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = env("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env("EMAIL_USE_TLS", "true").lower() == "true"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "no-reply@localhost")

QUICK_EXIT_URLS = {
    lang: env(f"QUICK_EXIT_URL_{lang.upper()}", url) for lang, url in QUICK_EXIT_URLS.items()
}

# --- Upload scanning (UP-6) ----------------------------------------------------------------
# Every upload is scanned by clamd before it is stored, and refused when clamd cannot answer.
# Without a scanner a site would store whatever it is sent, so it refuses to start instead (no
# silent fallback to the EICAR-only scanner of development). UPLOAD_SCANNER may name another
# class with the same interface (uploads.scanner), e.g. a scanning service of the host.
CLAMD_SOCKET = env("CLAMD_SOCKET")
CLAMD_HOST = env("CLAMD_HOST")
CLAMD_PORT = int(env("CLAMD_PORT", "3310"))
CLAMD_TIMEOUT = float(env("CLAMD_TIMEOUT", "30"))
UPLOAD_SCANNER = env(
    "UPLOAD_SCANNER", "uploads.scanner.ClamdScanner" if CLAMD_SOCKET or CLAMD_HOST else ""
)
if UPLOAD_SCANNER in ("", "uploads.scanner.EicarScanner", "uploads.scanner.FakeScanner"):
    raise ImproperlyConfigured(
        "Uploads must be scanned for viruses: set CLAMD_SOCKET (clamd's unix socket) or "
        "CLAMD_HOST (and CLAMD_PORT); the EICAR-only and fake scanners are for development."
    )
if UPLOAD_SCANNER == "uploads.scanner.ClamdScanner" and not (CLAMD_SOCKET or CLAMD_HOST):
    raise ImproperlyConfigured("ClamdScanner needs CLAMD_SOCKET or CLAMD_HOST.")

# --- Transport security -------------------------------------------------------------------
SECURE_SSL_REDIRECT = env("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# The __Host- prefix pins cookies to this exact host, over HTTPS, for the whole path.
SESSION_COOKIE_NAME = "__Host-session"
CSRF_COOKIE_NAME = "__Host-csrftoken"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
}
