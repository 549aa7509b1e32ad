"""Settings for the embassy press site, read from the environment.

Development works with no environment at all (SQLite in var/, DEBUG on). Production sets
DJANGO_DEBUG=0, DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS and DATABASE_URL, and then passes
`manage.py check --deploy`.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from embassy import stylesheet

BASE_DIR = Path(__file__).resolve().parent.parent


def env_flag(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def media_origin(url):
    """["https://media.example.org"] when uploads are served from another origin, else []."""
    parts = urlsplit(url)
    return [f"{parts.scheme}://{parts.netloc}"] if parts.scheme and parts.netloc else []


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_flag("DJANGO_DEBUG", default=True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. With DJANGO_DEBUG off the site will not start "
            "without a secret key: set DJANGO_SECRET_KEY to a long random string."
        )
    # Development only: never used once DEBUG is off (see the check above).
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
# The site's own page, styled and without Django's inline <style> (which the CSP blocks).
CSRF_FAILURE_VIEW = "embassy.error_pages.csrf_failure"

INSTALLED_APPS = [
    # Names staff edit in both languages (core/, counters/, press/ and embassy/translation.py);
    # it must come before the admin, whose forms it extends.
    "modeltranslation",
    # Django's admin, whose site refuses bad query strings with a 4xx (core/admin_site.py).
    "core.admin_site.AdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_filters",
    "axes",
    # Lead-image renditions (press/models/media.py).
    "imagekit",
    "core",
    "embassy",
    "press",
    "counters",
]

MIDDLEWARE = [
    # Public pages: answered from the page cache (or with a 304) before any other middleware
    # runs, and stored, gzipped, once rendered with every header the others add (see
    # embassy/page_cache.py). In production a hit does not even reach Django's handler: the
    # WSGI front (embassy/page_front.py) answers it with the same lookup.
    "embassy.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Static files are answered here, before any of the site's own per-request work.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The page's language, from its address (/ru/…); before anything else resolves it.
    "core.languages.LanguageFromPathMiddleware",
    # ETag from the content: a repeat visitor gets a 304 without the page being sent again
    # (Django's, with a SHA-256 for its MD5: embassy/content_etags.py).
    "embassy.content_etags.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # django-csp's, with the settings' policy built once (embassy/security_policy.py).
    "embassy.security_policy.CSPMiddleware",
    # After the others, as django-axes asks: it turns a locked-out login into a 429 page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "embassy.urls"
WSGI_APPLICATION = "embassy.wsgi.application"

# The public pages are Jinja2 (templates/jinja2/, embassy/jinja_environment.py: faster to
# render); the admin is Django's templates (templates/admin/ and the apps').
TEMPLATES = [
    {
        "BACKEND": "core.jinja_backend.Jinja2",
        "DIRS": [BASE_DIR / "templates" / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {
            "environment": "embassy.jinja_environment.environment",
            "context_processors": [
                "core.context_processors.site_settings",
                "embassy.context_processors.header",
                "embassy.context_processors.site_navigation",
                "embassy.context_processors.render_language",
            ],
        },
    },
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.site_settings",
            ],
        },
    },
]

# SQLite in var/ unless DATABASE_URL says otherwise (PostgreSQL in production and in CI).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's, with a health check that makes no round trip while the server is silent.
    DATABASES["default"]["ENGINE"] = "core.postgresql"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Local memory by default; Redis when several app servers must share one cache. The "pages"
# alias is the same store: the page cache reads a page and the content version (kept in
# "default") in one round trip (embassy/page_cache.py). django-redis rather than Django's own
# Redis backend: it keeps its client objects, where Django's builds one for every call (see
# DESIGN.md, Performance).
REDIS_URL = os.environ.get("REDIS_URL")
if REDIS_URL:
    CACHE_STORE = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        # Two sites (or test runs) sharing one Redis database keep apart by a prefix.
        "KEY_PREFIX": os.environ.get("DJANGO_CACHE_KEY_PREFIX", ""),
    }
else:
    CACHE_STORE = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
CACHES = {"default": CACHE_STORE, "pages": CACHE_STORE}
if DEBUG or not env_flag("DJANGO_PAGE_CACHE", default=True):
    # In development a template or stylesheet edit must show on the next reload; a benchmark
    # of the uncached site sets DJANGO_PAGE_CACHE=0.
    CACHES["pages"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
CACHE_MIDDLEWARE_ALIAS = "pages"
# A new release (DJANGO_RELEASE, e.g. the commit) starts with an empty page cache and no kept
# fragments (core/content_version.py), so nothing rendered by the old templates outlives the
# deploy.
RELEASE = os.environ.get("DJANGO_RELEASE", "")
CACHE_MIDDLEWARE_KEY_PREFIX = "embassy-" + RELEASE
CACHE_MIDDLEWARE_SECONDS = 300
# Each app server also keeps the pages it served last and the values it kept per content
# version in its own memory, and uses them while Redis has not said the content changed
# (embassy/page_memory.py, core/content_version.py).
WORKER_MEMORY = env_flag("DJANGO_WORKER_MEMORY", default=True)

# Admin logins are throttled: after 5 failures for one user name from one address, that pair is
# locked out for 15 minutes (django-axes).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# A locked-out login gets the site's page (429, Retry-After, how long, a way back); attempts
# during the lock neither count nor extend it.
AXES_LOCKOUT_CALLABLE = "embassy.error_pages.lockout"
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Behind N reverse proxies, the client's address is read from X-Forwarded-For.
PROXY_COUNT = int(os.environ.get("DJANGO_PROXY_COUNT", "0"))
if PROXY_COUNT:
    AXES_IPWARE_PROXY_COUNT = PROXY_COUNT
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English at the site's own addresses, Russian under /ru/ (embassy/urls.py). A page's language
# is read from its address alone (core/languages.py), never from the browser's preferences, so
# every address has one language and the page cache one copy of it.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ru", "Russian")]
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# English dates are British (day first) in forms and the admin: embassy/formats/en/.
FORMAT_MODULE_PATH = ["embassy.formats"]
# Names staff edit in both languages (the site name, clocks, counters, categories, people):
# django-modeltranslation keeps one column per language beside the original. A name with no
# Russian yet reads in English; one made in code (Category(name=…)) is the English name.
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
MODELTRANSLATION_AUTO_POPULATE = "default"
# Everything is stored in UTC. TIME_ZONE is the mission's home zone, the one zone every date
# follows: pages, message addresses, feeds, the admin, commands and the shell (see
# core/timekeeping.py). It is a deploy setting, not an admin field: changing it would move
# the date in every message's quoted address.
USE_TZ = True
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "Europe/Moscow")

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "var" / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploads (lead images, their renditions, attachments) go through the "default" storage: the
# file system under MEDIA_ROOT unless DJANGO_STORAGE=s3 (django-storages, configured by its
# AWS_* variables; README: "Uploaded files"). Several app servers need a shared storage.
MEDIA_URL = os.environ.get("DJANGO_MEDIA_URL", "/media/")
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "var" / "media"))
DEFAULT_STORAGE = (
    {"BACKEND": "storages.backends.s3.S3Storage"}
    if os.environ.get("DJANGO_STORAGE") == "s3"
    else {"BACKEND": "django.core.files.storage.FileSystemStorage"}
)
# Uploads larger than this are streamed to a temporary file, not held in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# Renditions are made once, when the image is saved, and never checked per request.
IMAGEKIT_DEFAULT_CACHEFILE_STRATEGY = "imagekit.cachefiles.strategies.Optimistic"
IMAGEKIT_CACHEFILE_DIR = "press/renditions"

STORAGES = {
    "default": DEFAULT_STORAGE,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Security headers. Production (DEBUG off) gets the strict set that `check --deploy` wants.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_flag("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# A strict Content-Security-Policy: no inline script anywhere, the admin included; everything
# comes from our own origin, but for the site's own stylesheet, inlined into each page and
# allowed by its hash alone (embassy/stylesheet.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, stylesheet.csp_source(stylesheet.inline_text())],
        # Uploaded images may be served from another origin (S3, a CDN: DJANGO_MEDIA_URL).
        "img-src": [SELF, "data:", *media_origin(MEDIA_URL)],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"without_traceback": {"()": "embassy.log_filters.WithoutTraceback"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        # A request for a host the site does not serve (scanners send many) is one line in
        # the log, not a traceback each time.
        "django.security.DisallowedHost": {"filters": ["without_traceback"]},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
}
