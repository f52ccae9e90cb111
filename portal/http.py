from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.shortcuts import render
from django.utils.cache import patch_cache_control


def public_page(view):
    """Mark a page every anonymous reader sees the same way, so browsers and
    shared caches may keep it. Staff previews opt out with no-store."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if "Cache-Control" not in response:
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_PAGE_MAX_AGE)
        return response

    return wrapper


class Tagged:
    """Content named by its cache tags, where no one model instance or
    queryset stands for what a response shows (an API answer, a page that
    shows part of a disorder)."""

    def __init__(self, *tags):
        self.tags = frozenset(tags)

    def cache_tags(self):
        return self.tags


def shows(response, *content, query=None, shared=True):
    """Says what a public page shows, so that the page cache keeps it until
    that content changes and a CDN purges it by the same names. Each item
    of content (a model instance or a queryset) names its cache tags with
    cache_tags(). query: the query parameters the view read and accepted,
    as it understood them ({"page": 2}); the page is kept only when asked
    for with exactly that. shared=False keeps it in each process only
    (search results: one per query, too many to share)."""
    response.cache_tags = frozenset().union(*(item.cache_tags() for item in content))
    response.cache_query = {name: str(value) for name, value in (query or {}).items()}
    response.cache_shared = shared
    return response


def is_cross_site(request):
    """Did a page of another site make the browser send this request?

    Browsers say so in Sec-Fetch-Site, which scripts cannot set; older ones
    send at least Origin on a POST. A request with neither (a very old
    browser, a script outside any browser) cannot be told apart and passes."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site not in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    site = urlsplit(settings.SITE_URL)
    return origin not in (
        f"{site.scheme}://{site.netloc}",
        f"{request.scheme}://{request.get_host()}",
    )


def same_origin_only(view):
    """Refuse a form posted from another site, without the cookie a CSRF
    token needs: for cookie-free forms on public pages."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if is_cross_site(request):
            return render(request, "403_csrf.html", status=403)
        return view(request, *args, **kwargs)

    return wrapper
