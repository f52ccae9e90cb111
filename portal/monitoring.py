"""Optional error reports (Sentry) and metrics (Prometheus), both off unless
the environment turns them on. Neither package is imported otherwise."""

import time

from django.conf import settings
from django.http import Http404, HttpResponse

FILTERED = "[Filtered]"
# Request headers that identify a reader or carry a credential.
PRIVATE_HEADERS = {"cookie", "authorization", "x-forwarded-for", "x-real-ip", "referer"}


def init_sentry(dsn, *, environment, release=None):
    import sentry_sdk

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=release,
        send_default_pii=False,
        # Readers' feedback, search words and form fields never leave the
        # server: no request bodies, no local variables of stack frames, and
        # before_send removes what the SDK would still attach.
        max_request_body_size="never",
        include_local_variables=False,
        before_send=scrub_event,
        traces_sample_rate=0,
    )


def scrub_event(event, hint=None):
    """Remove what may identify a reader or quote their words from an error
    report: the body of the request (feedback text, names, addresses), the
    query string (search words), cookies, addresses, the user, and the
    variables of each stack frame."""
    event.pop("user", None)
    if request := event.get("request"):
        for key in ("data", "query_string", "cookies"):
            if request.get(key):
                request[key] = FILTERED
        if isinstance(request.get("headers"), dict):
            request["headers"] = {
                name: FILTERED if name.lower() in PRIVATE_HEADERS else value
                for name, value in request["headers"].items()
            }
        request.pop("env", None)
    for exception in (event.get("exception") or {}).get("values") or []:
        for frame in (exception.get("stacktrace") or {}).get("frames") or []:
            frame.pop("vars", None)
    for thread in (event.get("threads") or {}).get("values") or []:
        for frame in (thread.get("stacktrace") or {}).get("frames") or []:
            frame.pop("vars", None)
    return event


class Metrics:
    """Request counts and durations for Prometheus, shared by gunicorn's
    workers through PROMETHEUS_MULTIPROC_DIR when it is set."""

    def __init__(self):
        import prometheus_client

        self.client = prometheus_client
        self.requests = prometheus_client.Counter(
            "portal_requests_total",
            "Requests answered, by method, status and whether the page cache answered.",
            ["method", "status", "page_cache"],
        )
        self.duration = prometheus_client.Histogram(
            "portal_request_duration_seconds",
            "Time to answer a request.",
            ["method"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
        )

    def observe(self, *, method, status, seconds, page_cache_hit):
        method = method if method in {"GET", "HEAD", "POST"} else "other"
        self.requests.labels(method, str(status), "hit" if page_cache_hit else "miss").inc()
        self.duration.labels(method).observe(seconds)

    def exposition(self):
        client = self.client
        if directory := settings.PROMETHEUS_MULTIPROC_DIR:
            from prometheus_client import multiprocess

            registry = client.CollectorRegistry()
            multiprocess.MultiProcessCollector(registry, path=directory)
        else:
            registry = client.REGISTRY
        return client.generate_latest(registry), client.CONTENT_TYPE_LATEST


_metrics = None


def metrics():
    """The process's Metrics, or None when PROMETHEUS_METRICS is off."""
    global _metrics
    if not settings.PROMETHEUS_METRICS:
        return None
    if _metrics is None:
        _metrics = Metrics()
    return _metrics


def observe_request(request, response, started):
    if (recorder := metrics()) is not None:
        recorder.observe(
            method=request.method,
            status=response.status_code,
            seconds=time.perf_counter() - started,
            page_cache_hit=getattr(request, "page_cache_hit", False),
        )


def metrics_view(request):
    """404 unless PROMETHEUS_METRICS=1. The proxy must not pass /metrics on
    (deploy/nginx.conf refuses it): scrape the application's own address."""
    if (recorder := metrics()) is None:
        raise Http404
    body, content_type = recorder.exposition()
    return HttpResponse(body, content_type=content_type)
