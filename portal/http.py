from functools import wraps

from django.conf import settings
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
