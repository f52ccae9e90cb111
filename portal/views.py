import logging

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe

from disorders.models import Category
from pagecache.tags import shows

from .http import public_page

logger = logging.getLogger(__name__)


@require_safe
@public_page
def home(request):
    """Template: portal/home.html. Context: categories, each with published
    top-level disorders prefetched."""
    categories = Category.objects.for_home()
    response = render(request, "portal/home.html", {"categories": categories})
    return shows(response, categories)


@require_safe
@cache_control(public=True, max_age=86400)
def robots_txt(request):
    sitemap_url = settings.SITE_URL + reverse("sitemap")
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
@never_cache
def healthz(request):
    """200 when the database and the cache answer, 503 naming what failed."""
    checks = {"database": _database_answers(), "cache": _cache_answers()}
    healthy = all(checks.values())
    body = {"status": "ok" if healthy else "unavailable"} | {
        name: "ok" if answered else "unavailable" for name, answered in checks.items()
    }
    return JsonResponse(body, status=200 if healthy else 503)


@require_safe
@never_cache
def healthz_live(request):
    """The process answers: touches neither the database nor the cache, so a
    database outage does not make an orchestrator restart every instance."""
    return JsonResponse({"status": "ok"})


# Readiness is the full check: an instance whose database or cache does not
# answer should get no traffic.
healthz_ready = healthz


def _database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.exception("Health check: the database did not answer")
        return False


def _cache_answers():
    try:
        cache.set("healthz", "ok", 10)
        return cache.get("healthz") == "ok"
    except Exception:
        logger.exception("Health check: the cache did not answer")
        return False


def server_error(request):
    """The 500 page in the site layout; the context processors are query-free,
    so rendering it cannot fail on the database that may have caused the error."""
    return render(request, "500.html", status=500)


@require_safe
@cache_control(public=True, max_age=86400)
def favicon(request):
    """Browsers ask for /favicon.ico on every page, the admin's included."""
    return redirect(static("favicon.svg"), permanent=True)
