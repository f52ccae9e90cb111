import contextvars
import datetime
import functools
import json
import logging
import re
import time
import uuid

from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language

from .typography import french_typography

request_logger = logging.getLogger("portal.requests")


class SecurityHeadersMiddleware:
    """Headers Django does not set itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class FrenchTypographyMiddleware:
    """French pages get French typography (portal/typography.py) as they
    leave, in one place rather than in every template; the page cache,
    above, keeps them already set. A page is French when its view says so
    in Content-Language (the admin's preview of a pending change), or when
    French is the active language outside the admin, whose pages show an
    editor's interface around texts in every language. Placed below
    LocaleMiddleware, which activates the language, and CommonMiddleware,
    which then measures the new body."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.streaming
            or response.has_header("Content-Encoding")
            or not response.get("Content-Type", "").startswith("text/html")
            or self.language(request, response) != "fr"
        ):
            return response
        charset = response.charset
        response.content = french_typography(response.content.decode(charset)).encode(charset)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response

    @staticmethod
    def language(request, response):
        if "Content-Language" in response:
            return response["Content-Language"]
        if _is_admin(request):
            return None
        return get_language()


def _is_admin(request):
    prefix = _admin_prefix(get_urlconf(), get_script_prefix())
    if prefix is None:
        return False
    return request.path_info == prefix or request.path_info.startswith(prefix + "/")


@functools.lru_cache
def _admin_prefix(urlconf, script_prefix):
    """Reversed once per URLconf: reverse() costs more than a page drawn
    from a stored fragment can spare."""
    try:
        return reverse("admin:index", urlconf=urlconf).rstrip("/")
    except NoReverseMatch:  # a URLconf without the admin
        return None


class AdminNeverCachedMiddleware:
    """Every back-office response is private and never stored: the admin marks
    a few views (password change, its JavaScript catalogue) cacheable, and
    redirects and 404s under /admin/ carry no header at all. Placed above
    CommonMiddleware so it sees its redirects too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if _is_admin(request):
            add_never_cache_headers(response)
        return response


# One id per request, on every log line written while it is handled and in
# the X-Request-ID response header, so a reader's report, the proxy's log and
# ours can be matched.
current_request_id = contextvars.ContextVar("request_id", default=None)
REQUEST_ID_PATTERN = re.compile(r"[A-Za-z0-9._:-]{1,128}")


def request_id(request):
    """The id a trusted proxy sent, else a new one. Without a proxy
    (DJANGO_PROXY_COUNT=0) the header came from the client, who could use it
    to forge or muddle log lines, so it is ignored."""
    sent = request.META.get("HTTP_X_REQUEST_ID", "")
    if settings.PROXY_COUNT and REQUEST_ID_PATTERN.fullmatch(sent):
        return sent
    return uuid.uuid4().hex


class RequestLogMiddleware:
    """One log line per request: id, method, path, status, duration and
    whether the page cache answered."""

    def __init__(self, get_response):
        from monitoring.metrics import observe_request  # portal imports no app at load

        self.get_response = get_response
        self.observe_request = observe_request

    def __call__(self, request):
        started = time.perf_counter()
        request.id = request_id(request)
        token = current_request_id.set(request.id)
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request.id
            self.observe_request(request, response, started)
            request_logger.info(
                "request",
                extra={
                    "request_id": request.id,
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "page_cache_hit": getattr(request, "page_cache_hit", False),
                },
            )
            return response
        finally:
            current_request_id.reset(token)


# What every LogRecord carries; anything else was passed in `extra`.
STANDARD_ATTRIBUTES = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
}


class JsonLogFormatter(logging.Formatter):
    """One JSON object per line: UTC time in ISO 8601 with milliseconds,
    level, logger, message, the request id, every `extra` field, and the
    traceback of an error."""

    def format(self, record):
        created = datetime.datetime.fromtimestamp(record.created, tz=datetime.UTC)
        entry = {
            "time": created.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if (request_id := current_request_id.get()) is not None:
            entry["request_id"] = request_id
        entry |= {
            name: value
            for name, value in vars(record).items()
            if name not in STANDARD_ATTRIBUTES and not name.startswith("_")
        }
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)
