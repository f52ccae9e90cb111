import logging

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe

from disorders.models import Category

from .http import public_page, shows
from .models import SearchEntry, SitePage
from .search import load_entries, snippet
from .search import search as search_entries

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
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
@never_cache
def healthz(request):
    checks = {"database": _database_answers(), "cache": _cache_answers()}
    healthy = all(checks.values())
    body = {"status": "ok" if healthy else "unavailable"} | {
        name: "ok" if answered else "unavailable" for name, answered in checks.items()
    }
    return JsonResponse(body, status=200 if healthy else 503)


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


SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_RESULTS_PER_PAGE = 10


@require_safe
@public_page
def search(request):
    """Template: portal/search.html. Context: query (cleaned), page of
    (entry, snippet) results, best first."""
    # Control characters mean nothing in a search and PostgreSQL refuses NUL.
    printable = "".join(c if c.isprintable() else " " for c in request.GET.get("q", ""))
    query = " ".join(printable.split())[:SEARCH_QUERY_MAX_LENGTH]
    page = None
    accepted = {"q": query} if "q" in request.GET else {}
    if query:
        page = Paginator(search_entries(query), SEARCH_RESULTS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        page.results = [(entry, snippet(entry, query)) for entry in load_entries(page.object_list)]
        if "page" in request.GET:
            accepted["page"] = page.number
    response = render(request, "portal/search.html", {"query": query, "page": page})
    return shows(response, SearchEntry.objects.all(), query=accepted, shared=False)


@require_safe
@public_page
def site_page(request, page):
    """Template: portal/sitepage_detail.html. Drafts are previewable by staff."""
    kind = page.replace("-", "_")
    site_page = SitePage.objects.published().filter(kind=kind).first()
    if site_page is None:
        if not request.user.has_perm("portal.view_sitepage"):
            raise Http404
        site_page = get_object_or_404(SitePage, kind=kind)
        response = render(
            request, "portal/sitepage_detail.html", {"page": site_page, "is_preview": True}
        )
        add_never_cache_headers(response)
        return response
    response = render(request, "portal/sitepage_detail.html", {"page": site_page})
    return shows(response, site_page)


@require_safe
@cache_control(public=True, max_age=86400)
def favicon(request):
    """Browsers ask for /favicon.ico on every page, the admin's included."""
    return redirect(static("favicon.svg"), permanent=True)
