import functools

from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language

from .typography import french_typography


class SecurityHeadersMiddleware:
    """Headers Django does not set itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class FrenchTypographyMiddleware:
    """French pages get French typography (portal/typography.py) as they
    leave, in one place rather than in every template; the page cache,
    above, keeps them already set. A page is French when its view says so
    in Content-Language (the admin's preview of a pending change), or when
    French is the active language outside the admin, whose pages show an
    editor's interface around texts in every language. Placed below
    LocaleMiddleware, which activates the language, and CommonMiddleware,
    which then measures the new body."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.streaming
            or response.has_header("Content-Encoding")
            or not response.get("Content-Type", "").startswith("text/html")
            or self.language(request, response) != "fr"
        ):
            return response
        charset = response.charset
        response.content = french_typography(response.content.decode(charset)).encode(charset)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response

    @staticmethod
    def language(request, response):
        if "Content-Language" in response:
            return response["Content-Language"]
        if _is_admin(request):
            return None
        return get_language()


def _is_admin(request):
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
        if _is_admin(request):
            add_never_cache_headers(response)
        return response
