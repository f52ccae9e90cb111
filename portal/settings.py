"""Settings for the Blood Disorders Portal, read from the environment (see README)."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"


def env_bool(name, default="0"):
    value = os.environ.get(name, default)
    if value not in ("0", "1"):
        raise ImproperlyConfigured(f"{name} must be 0 or 1, not {value!r}")
    return value == "1"


def env_list(name, default):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or ("dev-only-not-secret" if DEBUG else "")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is required when DJANGO_DEBUG is off. "
        "Set it to a long random string, or set DJANGO_DEBUG=1 for local development."
    )
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1")
if not DEBUG and "*" in ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "DJANGO_ALLOWED_HOSTS must list the site's host names: '*' would accept any Host "
        "header, which lets attackers poison links in e-mails and caches."
    )

INSTALLED_APPS = [
    "modeltranslation",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Full-text search on PostgreSQL; harmless on SQLite.
    "django.contrib.postgres",
    "django_prose_editor",
    "reversion",
    "axes",
    "django_tasks_db",
    "portal",
    "linkcheck",
    "disorders",
    "organisations",
    "feedback",
    "pages",
    "pagecache",
    "api",
    "search",
    "addresses",
    "notifications",
    "monitoring",
    "typography",
    # Last, so the apps register their revision options before the admin
    # auto-registers models; after modeltranslation, as it requires.
    "portal.apps.PortalAdminConfig",
]

MIDDLEWARE = [
    # First, so it logs the status and time the client really gets.
    "monitoring.request_log.RequestLogMiddleware",
    # API rate limits, above the page cache so that kept answers count too.
    "api.middleware.ApiMiddleware",
    # Kept pages are served from here, with the headers every middleware
    # below gave them, before sessions, templates or the database.
    "pagecache.pages.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.middleware.AdminNeverCachedMiddleware",
    # ETag on every cacheable page, and 304 for a reader who already has it.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # French typography on French pages, before the page cache keeps them.
    "typography.middleware.FrenchTypographyMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "portal.middleware.SecurityHeadersMiddleware",
    # A 404 at an address a renamed page had becomes a 301 to the new one.
    "addresses.middleware.OldAddressMiddleware",
    # Last, as django-axes requires.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Admin sign-in lock-out, stored in the database so it holds across
# instances: per account and address together (a stranger cannot lock an
# editor out), and per address (guessing at many accounts from one place).
# Were the cache handler chosen, its counters would go with the rate limits,
# where pages cannot evict them.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", 5))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "portal.ratelimit.client_group"
# Guessing at one account from many addresses is slowed, not locked: after
# this many failures in an hour, one attempt per period from addresses the
# account never signed in from (portal/signin.py).
ADMIN_SLOW_DOWN_AFTER = 10
ADMIN_SLOW_DOWN_SECONDS = 60  # the page says "once a minute"
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_CACHE = "limits"
AXES_VERBOSE = False

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=60,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers (feedback under load) wait for the lock instead of
    # failing; WAL lets readers go on while one writes.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # Tests use a file as production does: the in-memory database locks
    # whole tables under concurrent writers, which production never sees.
    # One file per test process, so two suites run side by side do not collide.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-db-{os.getpid()}.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Two caches: "default" holds kept pages, tag versions and the glossary,
# and may evict; "limits" holds the rate limiters' counters, which a flood
# of pages must never push out (see docs/deploy.md, Redis).
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        },
        "limits": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ.get("REDIS_LIMITS_URL") or os.environ["REDIS_URL"],
        },
    }
    PAGE_CACHE_TAG_DIRECTORY = None
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # Its own memory, with room for many clients: a local-memory cache
        # drops a third of its entries when full.
        "limits": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "limits",
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        },
    }
    # Each process has its own local-memory cache; the versions of what pages
    # show must be the same for all of them (see pagecache/pages.py).
    PAGE_CACHE_TAG_DIRECTORY = VAR_DIR / "page-tags"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("nl", _("Dutch")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]


def env_score(name, default):
    """A readability score from 0 to 100 (whole number)."""
    value = os.environ.get(name, str(default)).strip()
    if not value.isdigit() or not 0 <= int(value) <= 100:
        raise ImproperlyConfigured(f"{name} must be a whole number from 0 to 100, not {value!r}")
    return int(value)


# The lowest readability score a text should reach, per language, on that
# language's formula (see portal/readability.py and the README): each
# formula has its own scale, so the same plain text scores differently.
READABILITY_TARGET_DEFAULTS = {"en": 60, "nl": 45, "fr": 70}
READABILITY_TARGETS = {
    code: env_score(f"READABILITY_TARGET_{code.upper()}", READABILITY_TARGET_DEFAULTS[code])
    for code, _name in LANGUAGES
}
USE_I18N = True
TIME_ZONE = "Europe/Brussels"
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# Served from our own static files: the admin must not depend on a CDN.
JQUERY_UI_URL = "vendor/jquery-ui-1.14.2.min.js"

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or VAR_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Public pages use no inline script or style; the nonce serves the admin's editor.
PROSE_EDITOR_STYLE_HASH = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE, PROSE_EDITOR_STYLE_HASH],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 8
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"
)
CSRF_COOKIE_HTTPONLY = True

HTTPS = env_bool("DJANGO_HTTPS")
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz(/live|/ready)?$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", 60 * 60 * 24 * 365))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", "1")
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", "0")
    if not SECURE_HSTS_PRELOAD:
        # Joining browsers' preload list is hard to undo and concerns the whole
        # domain: the operator opts in with DJANGO_HSTS_PRELOAD=1.
        SILENCED_SYSTEM_CHECKS = ["security.W021"]

# Behind N reverse proxies the client address is the N-th from the right in
# X-Forwarded-For; 0 trusts only REMOTE_ADDR.
PROXY_COUNT = int(os.environ.get("DJANGO_PROXY_COUNT", 0))

# gunicorn's own variable for its number of workers; read here too, so that
# `manage.py check` can warn when several workers keep limits apart.
WEB_CONCURRENCY = int(os.environ.get("WEB_CONCURRENCY", 1))

SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")


def parse_rate(name, default):
    """'10/h' -> (10, 3600); '0' -> None (no limit)."""
    value = os.environ.get(name, default).strip()
    if value == "0":
        return None
    count, _slash, period = value.partition("/")
    seconds = {"s": 1, "m": 60, "h": 3600, "d": 86400}.get(period)
    if not count.isdigit() or int(count) < 1 or seconds is None:
        raise ImproperlyConfigured(
            f"{name} must look like 10/h (per s, m, h or d) or be 0, not {value!r}"
        )
    return int(count), seconds


FEEDBACK_RATE_LIMIT = parse_rate("FEEDBACK_RATE_LIMIT", "10/h")
# Requests per client per period to /api/, kept answers included.
API_RATE_LIMIT = parse_rate("API_RATE_LIMIT", "120/m")
# The licence the society publishes its content under: the default is a
# placeholder the operator must confirm (see README).
CONTENT_LICENCE_NAME = os.environ.get("CONTENT_LICENCE_NAME", "CC BY-NC-SA 4.0")
CONTENT_LICENCE_URL = os.environ.get(
    "CONTENT_LICENCE_URL", "https://creativecommons.org/licenses/by-nc-sa/4.0/"
)
FEEDBACK_MIN_SECONDS = int(os.environ.get("FEEDBACK_MIN_SECONDS", 3))
FEEDBACK_FORM_MAX_AGE = 60 * 60 * 24
FEEDBACK_NOTIFY_EMAIL = os.environ.get("FEEDBACK_NOTIFY_EMAIL", "")
# Medical reviewers' addresses, comma-separated: told when a change waits for review.
REVIEW_NOTIFY_EMAILS = [
    address.strip()
    for address in os.environ.get("REVIEW_NOTIFY_EMAIL", "").split(",")
    if address.strip()
]
FEEDBACK_PERSONAL_DATA_RETENTION_DAYS = int(
    os.environ.get("FEEDBACK_PERSONAL_DATA_RETENTION_DAYS", 365)
)

# restore_site refuses archives that unpack to more than this (a bomb fills
# the disk), and with a key set, archives whose HMAC does not match.
RESTORE_MAX_BYTES = int(os.environ.get("RESTORE_MAX_MB", 20 * 1024)) * 1024 * 1024
BACKUP_HMAC_KEY = os.environ.get("BACKUP_HMAC_KEY", "")

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@localhost")
if os.environ.get("EMAIL_HOST"):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": os.environ["EMAIL_HOST"],
                "port": int(os.environ.get("EMAIL_PORT", 587)),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS", "1"),
                "timeout": 10,
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# E-mails to staff are tasks (notifications/tasks.py). The immediate backend
# sends them in the web process right after the commit; "database" queues
# them for `manage.py db_worker` (django-tasks-db), so no request waits for
# the mail server.
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate")
if TASKS_BACKEND == "immediate":
    TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
elif TASKS_BACKEND == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
else:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND must be 'immediate' or 'database', not {TASKS_BACKEND!r}"
    )
NOTIFICATION_MAX_ATTEMPTS = int(os.environ.get("NOTIFICATION_MAX_ATTEMPTS", 5))
NOTIFICATION_STUCK_MINUTES = 15
NOTIFICATION_RETENTION_DAYS = int(os.environ.get("NOTIFICATION_RETENTION_DAYS", 30))

# How long browsers and shared caches may keep a public page, in seconds.
PUBLIC_PAGE_MAX_AGE = int(os.environ.get("PUBLIC_PAGE_MAX_AGE", 300))
# How long this site keeps a public page for anonymous readers, in seconds;
# changes replace it sooner (pagecache/pages.py). 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 60 * 60))
# Memory each process gives to kept pages, in bytes (about 30 KB a page).
PAGE_CACHE_PROCESS_BYTES = int(os.environ.get("PAGE_CACHE_PROCESS_BYTES", 64 * 1024 * 1024))
# At most this many bytes of kept pages in the shared cache (Redis) at once;
# past it, pages are kept in each process only.
PAGE_CACHE_SHARED_BYTES = int(os.environ.get("PAGE_CACHE_SHARED_BYTES", 256 * 1024 * 1024))

# One JSON object per line on standard output: a line per request, and
# errors with their traceback.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "monitoring.request_log.JsonLogFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Requests are logged once by portal.requests; Django repeats 4xx as warnings.
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "ERROR"},
        "axes": {"level": "WARNING"},
    },
}

# Optional integrations, off unless set (monitoring/).
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    from monitoring.sentry import init_sentry

    init_sentry(
        SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        release=os.environ.get("SENTRY_RELEASE") or None,
    )
# Request counts and durations at /metrics, for Prometheus on the server
# itself; the proxy must not pass /metrics on.
PROMETHEUS_METRICS = env_bool("PROMETHEUS_METRICS")
# With several gunicorn workers, prometheus_client adds up their figures
# from files in this folder (emptied when the service starts).
PROMETHEUS_MULTIPROC_DIR = os.environ.get("PROMETHEUS_MULTIPROC_DIR", "")
