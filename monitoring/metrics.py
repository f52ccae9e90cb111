"""Optional request metrics for Prometheus, off unless PROMETHEUS_METRICS is
set. prometheus_client is not imported otherwise."""

import time

from django.conf import settings


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
