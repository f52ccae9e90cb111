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
