"""One JSON line per request and per log record, each carrying the
request's id, which also goes back to the client in X-Request-ID."""

import contextvars
import datetime
import json
import logging
import re
import secrets
import time

from django.conf import settings

from .metrics import observe_request

# The logger's name is older than this module; log pipelines filter on it.
request_logger = logging.getLogger("portal.requests")


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
    return secrets.token_hex(16)


class RequestLogMiddleware:
    """One log line per request: id, method, path, status, duration and
    whether the page cache answered."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        request.id = request_id(request)
        token = current_request_id.set(request.id)
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = request.id
            observe_request(request, response, started)
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
