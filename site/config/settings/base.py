"""Settings shared by every environment. Environment-specific files import from here.

Nothing here talks to the network: no CDN, no analytics, no Gravatar, no update check.
"""

from pathlib import Path

from celery.schedules import crontab
from csp.constants import NONCE, SELF
from django.utils.translation import gettext_lazy as _

from config.languages import LANGUAGE_CODES, register_languages

register_languages()

BASE_DIR = Path(__file__).resolve().parents[3]
SITE_DIR = BASE_DIR / "site"

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    # modeltranslation must come before the apps whose models it patches.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "home",
    "accounts",
    "safeguarding",
    # The library first: courses build on its blocks and glossary.
    "resources",
    "courses",
    "paralegal",
    "translation_status",
    "translation_exchange",
    "uploads",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # First: the H5P content origin (another host, same process) gets its own URLconf, no
    # cookies in or out and its own CSP, whatever the middleware below do.
    "courses.h5p.content_origin.ContentOriginMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.middleware.SecurityHeadersMiddleware",
    # Before the session layer: a cached anonymous page skips sessions, auth and routing.
    "home.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.AcceptLanguageAliasMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "accounts.middleware.SessionLifetimeMiddleware",
    "accounts.middleware.StaffMFARequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "home.middleware.ContentSecurityPolicyMiddleware",
    # Inside the CSP middleware: a served document keeps its own "default-src 'none'".
    "uploads.serving.DocumentHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "home.context_processors.site_chrome",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# SQLite is the embedded default. WAL lets readers and one writer work at once; IMMEDIATE
# transactions take the write lock up front, so two writers queue (up to ``timeout`` seconds)
# instead of failing with "database is locked" when a read transaction tries to write.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "var" / "db.sqlite3",
        "OPTIONS": SQLITE_OPTIONS,
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Accounts -----------------------------------------------------------------------------

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 8},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "accounts.validators.ContextWordPasswordValidator"},
]

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home:dashboard"
WAGTAILADMIN_LOGIN_URL = "account_login"

ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"username"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.ProfileSignupForm"
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_USERNAME_MIN_LENGTH = 3
ACCOUNT_USERNAME_VALIDATORS = "accounts.validators.username_validators"
# A classroom of 40 learners often signs in within a minute from one shared address, so the
# per-address limits are generous; guessing one account's password is limited per username.
# Every limit lives in the cache and expires: nobody is locked out for good.
ACCOUNT_RATE_LIMITS = {
    "login": "200/m/ip",
    "login_failed": "60/m/ip,5/5m/key",
    "signup": "60/m/ip",
    "redeem_reset_code": "30/m/ip,5/15m/key",
    # Not an account action, but the same cache-backed limiter: a class of 40 sharing one
    # connection searches freely; a script hammering the search is slowed down.
    "search": "120/m/ip",
    # "Report a problem" reaches people: a few honest reports, never a flood.
    "report_problem": "5/10m/ip,20/d/ip",
    # H5P statements: a busy activity sends a few a second; a script sending more is slowed.
    "h5p_xapi": "240/m/user",
    # Wrong or expired cohort join codes (only failures count): a class joining together on
    # one connection is never slowed; guessing codes is.
    "paralegal_join_failed": "30/m/ip,5/15m/user",
    # A wrong password when deleting an account: someone else holding a signed-in phone
    # cannot guess it.
    "paralegal_delete_failed": "5/15m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Notebook"
USERSESSIONS_TRACK_ACTIVITY = True

# Learners and staff alike: 30 minutes idle, 12 hours at most, gone when the browser closes.
SESSION_COOKIE_AGE = 30 * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_ABSOLUTE_LIFETIME = 12 * 60 * 60
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_AGE = None  # gone when the browser closes, like the session
CSRF_FAILURE_VIEW = "home.views.csrf_failure"
# Messages live in the session, not in a third cookie on a shared phone.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# One-time password reset codes issued by a facilitator or administrator.
RESET_CODE_LIFETIME_DAYS = 7

# --- Internationalisation -----------------------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("km", _("Khmer")),
    ("fil", _("Filipino")),
    ("vi", _("Vietnamese")),
]
assert tuple(code for code, _name in LANGUAGES) == LANGUAGE_CODES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = LANGUAGE_CODES
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# One ASCII slug per page: Khmer slugs cannot pass Django's slug validator.
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False

# Where the quick-exit button sends someone, per language: an ordinary, busy site.
QUICK_EXIT_URLS = {
    "en": "https://www.google.com/",
    "km": "https://www.google.com.kh/",
    "fil": "https://www.google.com.ph/",
    "vi": "https://www.google.com.vn/",
}

# --- Wagtail ------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "RightsPath"
WAGTAILADMIN_BASE_URL = "http://localhost:8000"
WAGTAIL_I18N_ENABLED = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
# No autosave. On the "add page" view it saves the new page in the background, so a submit
# that follows on a slow connection finds its own slug taken and the editor sees "slug already
# in use" (reproduced under load). Every autosave is also a revision that translation tracking
# and the translator language guard must process. Editors save drafts themselves.
WAGTAIL_AUTOSAVE_INTERVAL = 0
# Nobody holds publish permission; an approved safeguarding review is what publishes.
WAGTAIL_FINISH_WORKFLOW_ACTION = "safeguarding.finish.publish_approved"
# Reviewers hear about submissions from our own Celery task, not Wagtail's synchronous mail
# to superusers.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English")]
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# A guide whose legal check is older than this shows a "may be out of date" notice.
GUIDE_LEGAL_CHECK_MAX_AGE_DAYS = 365

# --- Static and media ---------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "static"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    # Fonts come from npm (npm ci), never from a CDN and never copied into the repository.
    (
        "vendor/noto-sans-khmer",
        BASE_DIR / "node_modules" / "@fontsource" / "noto-sans-khmer" / "files",
    ),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "var" / "media"
STORAGES = {
    # Random names, images re-encoded without metadata (UP-4, UP-5).
    "default": {"BACKEND": "uploads.storage.UploadStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Hosts H5P content may load from or link to (e.g. "www.youtube-nocookie.com"; ".example.org"
# also allows its subdomains); a package naming any other host is refused. None by default.
H5P_ALLOWED_EXTERNAL_HOSTS: set[str] = set()
# H5P plays on a separate origin, never the app's (courses/h5p/play.py): library code runs
# there with no cookies and a strict CSP. Here the same runserver answers to both hosts.
H5P_CONTENT_ORIGIN = "http://h5p.localhost:8000"
# The app origins that may frame the player (its frame-ancestors and postMessage target).
H5P_APP_ORIGINS = ["http://localhost:8000", "http://127.0.0.1:8000"]
# How long the address of one play stays valid (seconds).
H5P_PLAY_TOKEN_MAX_AGE = 2 * 60 * 60
# The largest xAPI statement the endpoint reads (H5P's own are a few kilobytes).
H5P_XAPI_MAX_BYTES = 64 * 1024

# --- Uploads (UP-1 to UP-5) ---------------------------------------------------------------

# One written policy per upload type (read through uploads.policies.policy_for). Keys are
# "app_label.Model.field" for model fields and "module.Form.field" for plain form fields; a
# model entry names the form fields that upload into it. "generated" entries are files only the
# app writes. tests/uploads/test_policies.py fails when a FileField or a form FileField has no
# entry, and when a limit below (Wagtail's, H5P's, the XLIFF import's) disagrees with it.
# Sizes are bytes. The web server in front must refuse bodies above the largest "max_bytes".
_media_editors = ("editor", "site_administrator")
_lesson_media = ("mp3", "m4a", "ogg", "oga", "opus", "mp4", "webm")
UPLOAD_POLICIES = {
    "wagtailimages.Image.file": {
        "roles": _media_editors,
        "permissions": ("wagtailimages.add_image",),
        # No SVG (it can carry script), no HEIC/AVIF (not re-encoded here).
        "extensions": ("gif", "jpg", "jpeg", "png", "webp"),
        "mime_types": ("image/gif", "image/jpeg", "image/png", "image/webp"),
        "max_bytes": 10 * 1024 * 1024,
        # Width x height x frames; a 40-megapixel photo decodes to about 160 MB.
        "max_pixels": 40_000_000,
        "stored": "original_images/<random>.<ext>, re-encoded without EXIF/XMP/GPS/comments",
        "served": "renditions from MEDIA_URL; originals are never linked",
    },
    "wagtailimages.Rendition.file": {
        "generated": True,
        "stored": "images/<original's random name>.<filter>.<ext>, made from the clean original",
        "served": "MEDIA_URL",
    },
    "wagtaildocs.Document.file": {
        "roles": _media_editors,
        "permissions": ("wagtaildocs.add_document",),
        # PDFs, and lesson audio and video (courses.blocks.lesson); no office formats.
        "extensions": ("pdf", *_lesson_media),
        "mime_types": (
            "application/pdf",
            *("audio/mpeg", "audio/mp4", "audio/ogg", "audio/opus"),
            *("video/mp4", "video/webm"),
        ),
        # A few minutes of phone video.
        "max_bytes": 100 * 1024 * 1024,
        "stored": "documents/<random>.<ext>",
        "served": "serve_view only: attachment (PDF inline), CSP default-src 'none', nosniff",
    },
    # Wagtail's multiple uploader parks a file here until its form is complete.
    "wagtailcore.UploadedFile.file": {
        "roles": _media_editors,
        "permissions": ("wagtailimages.add_image", "wagtaildocs.add_document"),
        "extensions": ("gif", "jpg", "jpeg", "png", "webp", "pdf", *_lesson_media),
        "max_bytes": 100 * 1024 * 1024,
        "stored": "wagtail_uploads/<random>.<ext>, images re-encoded; moved on completion",
        "served": "never (admin previews only)",
    },
    # Staff profile pictures in the admin's account settings.
    "wagtailusers.UserProfile.avatar": {
        "roles": (
            *("editor", "translator", "safeguarding_reviewer", "safeguarding_lead"),
            *("library_steward", "site_administrator"),
        ),
        "permissions": ("wagtailadmin.access_admin",),
        # Django's ImageField takes any format Pillow reads; it is stored as PNG.
        "extensions": ("png",),
        "mime_types": ("image/png",),
        "max_bytes": 10 * 1024 * 1024,
        "stored": "avatar_images/<random>.png, re-encoded (Wagtail first shrinks it to 400 px)",
        "served": "MEDIA_URL, inside the admin",
    },
    "resources.GuideAudio.file": {
        "roles": ("editor", "translator", "site_administrator"),
        "permissions": ("wagtailcore.change_page",),
        "extensions": ("mp3", "m4a", "ogg", "opus", "wav"),
        "mime_types": ("audio/mpeg", "audio/mp4", "audio/ogg", "audio/opus", "audio/wav"),
        # A few minutes of speech at a phone-friendly bitrate is well under this.
        "max_bytes": 20 * 1024 * 1024,
        "stored": "guides/audio/<language>/<page id>.<ext>",
        "served": "MEDIA_URL, linked from the live guide",
    },
    "resources.GuidePdf.file": {
        "generated": True,
        "stored": "guides/pdf/",
        "served": "resources.pdf view: attachment, nosniff",
    },
    "courses.Certificate.pdf": {
        "generated": True,
        "stored": "certificates/",
        "served": "certificate download view, its owner only: attachment, no-store, nosniff",
    },
    "courses.H5PPackage.original": {
        "roles": ("editor",),
        "permissions": ("courses.upload_h5ppackage",),
        "extensions": ("h5p",),
        "mime_types": ("application/zip",),
        # courses.h5p.limits.Limits: max_upload_bytes and max_total_bytes.
        "max_bytes": 150 * 1024 * 1024,
        "max_unpacked_bytes": 128 * 1024 * 1024,
        "stored": "h5p/uploads/<package uuid>.h5p; checked content in h5p/content/<uuid>/",
        "served": "never as uploaded; checked content from H5P_CONTENT_ORIGIN only",
        "forms": ("courses.h5p.forms.PackageUploadForm.file",),
    },
    "translation_exchange.forms.ImportForm.file": {
        "roles": ("translator", "editor", "site_administrator"),
        "permissions": (),  # a group check in its view (ALLOWED_GROUPS)
        "extensions": ("xlf", "xliff"),
        "mime_types": ("application/xliff+xml", "application/xml", "text/xml"),
        # translation_exchange.importing.MAX_BYTES
        "max_bytes": 5 * 1024 * 1024,
        "stored": "never: read in memory, imported, discarded",
        "served": "never",
    },
}
WAGTAILIMAGES_EXTENSIONS = list(UPLOAD_POLICIES["wagtailimages.Image.file"]["extensions"])
WAGTAILIMAGES_MAX_UPLOAD_SIZE = UPLOAD_POLICIES["wagtailimages.Image.file"]["max_bytes"]
WAGTAILIMAGES_MAX_IMAGE_PIXELS = UPLOAD_POLICIES["wagtailimages.Image.file"]["max_pixels"]
WAGTAILDOCS_EXTENSIONS = list(UPLOAD_POLICIES["wagtaildocs.Document.file"]["extensions"])
WAGTAILDOCS_MAX_UPLOAD_SIZE = UPLOAD_POLICIES["wagtaildocs.Document.file"]["max_bytes"]
# Everything else downloads; a browser shows only PDFs itself (uploads.serving).
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
AUDIO_MAX_BYTES = UPLOAD_POLICIES["resources.GuideAudio.file"]["max_bytes"]
# Request bodies other than files (page editor forms are the largest), files kept in memory
# before spilling to a temporary file, and files per request (uploads are one at a time).
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 10
# Stored files are never executable.
FILE_UPLOAD_PERMISSIONS = 0o644
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o755

# --- Upload scanning (UP-6) ----------------------------------------------------------------

# Every upload is scanned before it is stored, by the class named here (uploads.scanner); a file
# that is not reported clean (infected, or the scanner failed or timed out) is refused. Here:
# EicarScanner, which finds only the EICAR test string (no signatures to update offline).
# production.py requires clamd (CLAMD_SOCKET or CLAMD_HOST) and refuses to start without it.
UPLOAD_SCANNER = "uploads.scanner.EicarScanner"
CLAMD_SOCKET = ""  # a unix socket, e.g. /run/clamav/clamd.ctl; else CLAMD_HOST and CLAMD_PORT
CLAMD_HOST = ""
CLAMD_PORT = 3310
CLAMD_TIMEOUT = 30  # seconds for one scan; a slower one is an error, so the file is refused
# Per-user storage quotas in bytes (None: none): "media" = the images and documents a user
# uploaded (their file_size), "h5p" = the H5P packages they uploaded (their size).
UPLOAD_QUOTA_BYTES = {"media": 1024 * 1024 * 1024, "h5p": 1024 * 1024 * 1024}
# The admin's image and document forms type-check, scan and count the quota (uploads.forms).
WAGTAILIMAGES_IMAGE_FORM_BASE = "uploads.forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "uploads.forms.DocumentForm"

# --- Paralegal programme (paralegal/) and concerns (safeguarding) --------------------------

# A cohort's join code works this long after it was made or rotated.
PARALEGAL_JOIN_CODE_DAYS = 14
# The one-time code on a printed sign-in card works this long.
PARALEGAL_SIGN_IN_CARD_DAYS = 14
PARALEGAL_BULK_ACCOUNTS_MAX = 60
# Who is "stuck" on the cohort dashboard.
PARALEGAL_STUCK_FAILED_ATTEMPTS = 2
PARALEGAL_STUCK_INACTIVE_DAYS = 14
# Session packs are rendered on request: a facilitator printing a term's packs is never
# slowed; a script asking for hundreds is.
PARALEGAL_SESSION_PACKS_PER_MINUTE = 30
# Peer mentors (paralegal.policy reads these).
MENTOR_REQUIRED_COURSE_SLUG = "paralegal-training"
MENTOR_REQUIRED_MODULE_SLUG = "privacy-and-safety"
MENTOR_MIN_AGE_BAND = "16_17"
MENTOR_MAX_MENTEES = 3
# A concern nobody acknowledged within this many minutes goes to the next lead.
CONCERN_ACKNOWLEDGE_MINUTES = 4 * 60
CONCERN_NOTE_MAX_LENGTH = 200
# Fernet keys for the concern note (safeguarding.note_crypto): the first encrypts, all decrypt.
# Empty here: a key derived from SECRET_KEY is used; production.py requires real ones.
CONCERN_NOTE_KEYS: list[str] = []
# Retention, applied daily by paralegal.tasks.apply_retention (days).
RETENTION_INACTIVE_ACCOUNT_DAYS = 2 * 365
RETENTION_ATTENDANCE_DAYS = 3 * 365
RETENTION_CLOSED_CONCERN_DAYS = 7 * 365

# --- Cache, Celery, e-mail ----------------------------------------------------------------

# Anonymous pages: kept on the server until content changes (at most this long), and by
# browsers and proxies for a minute.
PAGE_CACHE_SECONDS = 60 * 60
PAGE_CACHE_MAX_AGE = 60

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

CELERY_TASK_ALWAYS_EAGER = False
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A worker process that grew past this (KiB) is replaced after its task: an H5P check that
# needed much memory never makes the next task run in a bloated process.
CELERY_WORKER_MAX_MEMORY_PER_CHILD = 400_000
# Run by ``celery -A config beat`` next to the worker(s).
CELERY_BEAT_SCHEDULE = {
    "translation-digests": {
        "task": "translation_status.tasks.send_translation_digests",
        "schedule": crontab(hour=6, minute=0),  # UTC: early afternoon in KH, PH and VN
    },
    "paralegal-end-mentoring-of-ended-cohorts": {
        "task": "paralegal.tasks.end_assignments_of_ended_cohorts",
        "schedule": crontab(hour=17, minute=30),  # UTC: just after midnight in KH, PH and VN
    },
    "paralegal-apply-retention": {
        "task": "paralegal.tasks.apply_retention",
        "schedule": crontab(hour=18, minute=15),  # UTC: the middle of the night in KH, PH, VN
    },
    "safeguarding-escalate-concerns": {
        "task": "safeguarding.tasks.escalate_concerns",
        "schedule": crontab(minute="*/5"),  # CONCERN_ACKNOWLEDGE_MINUTES is checked each time
    },
}

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = "no-reply@localhost"

# --- Security headers (the deploy-only ones live in production.py) ---------------------

SECURE_CONTENT_TYPE_NOSNIFF = True
# "no-referrer" would make browsers send "Origin: null" on our own form posts, which
# CSRF protection must refuse; "same-origin" still tells other sites nothing.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = (
    "geolocation=(), camera=(), microphone=(), payment=(), usb=(), "
    "interest-cohort=(), browsing-topics=()"
)

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": [SELF, NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        # H5P activities play in frames from the content origin, and only there.
        "frame-src": [H5P_CONTENT_ORIGIN],
        "manifest-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    },
}
# The Wagtail admin still relies on inline scripts and styles; it gets its own policy.
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    # Page previews frame the page itself, and the H5P activities in it.
    "frame-src": ["'self'", H5P_CONTENT_ORIGIN],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "frame-ancestors": ["'self'"],
    "form-action": ["'self'"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
