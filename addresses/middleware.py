from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.utils.cache import patch_cache_control

from .models import OldAddress


class OldAddressMiddleware:
    """A 404 at an address a renamed page had becomes a 301 to its address
    now, cacheable like a public page: every reader gets the same answer,
    without a cookie. Costs one query, on 404s only."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        if "\x00" in request.path:
            return response  # no page ever had such an address (PostgreSQL refuses NUL)
        new_path = (
            OldAddress.objects.filter(old_path=request.path)
            .values_list("new_path", flat=True)
            .first()
        )
        if new_path is None:
            return response
        if query := request.META.get("QUERY_STRING"):
            new_path = f"{new_path}?{query}"
        redirect = HttpResponsePermanentRedirect(new_path)
        patch_cache_control(redirect, public=True, max_age=settings.PUBLIC_PAGE_MAX_AGE)
        return redirect
