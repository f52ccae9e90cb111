from django.http import Http404, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .metrics import metrics


@never_cache
@require_safe
def metrics_view(request):
    """404 unless PROMETHEUS_METRICS=1. The proxy must not pass /metrics on
    (deploy/nginx.conf refuses it): scrape the application's own address."""
    if (recorder := metrics()) is None:
        raise Http404
    body, content_type = recorder.exposition()
    return HttpResponse(body, content_type=content_type)
