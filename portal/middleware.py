import json
import logging
import time

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils.cache import add_never_cache_headers

request_logger = logging.getLogger("portal.requests")


class SecurityHeadersMiddleware:
    """Headers Django does not set itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class AdminNeverCachedMiddleware:
    """Every back-office response is private and never stored: the admin marks
    a few views (password change, its JavaScript catalogue) cacheable, and
    redirects and 404s under /admin/ carry no header at all. Placed above
    CommonMiddleware so it sees its redirects too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        try:
            prefix = reverse("admin:index").rstrip("/")  # the resolver caches it
        except NoReverseMatch:  # a URLconf without the admin
            return response
        if request.path_info == prefix or request.path_info.startswith(prefix + "/"):
            add_never_cache_headers(response)
        return response


class RequestLogMiddleware:
    """One log line per request: method, path, status and duration."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        request_logger.info(
            "request",
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
            },
        )
        return response


class JsonLogFormatter(logging.Formatter):
    FIELDS = ("method", "path", "status", "duration_ms")

    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry |= {name: getattr(record, name) for name in self.FIELDS if hasattr(record, name)}
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)
