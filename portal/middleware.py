import functools

from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.cache import add_never_cache_headers


class SecurityHeadersMiddleware:
    """Headers Django does not set itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


def is_admin(request):
    """Is this a request for a back-office page?"""
    prefix = _admin_prefix(get_urlconf() or settings.ROOT_URLCONF, get_script_prefix())
    if prefix is None:
        return False
    return request.path_info == prefix or request.path_info.startswith(prefix + "/")


@functools.lru_cache
def _admin_prefix(urlconf, script_prefix):
    """Reversed once per URLconf: reverse() costs more than a page drawn
    from a stored fragment can spare."""
    try:
        return reverse("admin:index", urlconf=urlconf).rstrip("/")
    except NoReverseMatch:  # a URLconf without the admin
        return None


class AdminNeverCachedMiddleware:
    """Every back-office response is private and never stored: the admin marks
    a few views (password change, its JavaScript catalogue) cacheable, and
    redirects and 404s under /admin/ carry no header at all. Placed above
    CommonMiddleware so it sees its redirects too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_admin(request):
            add_never_cache_headers(response)
        return response
