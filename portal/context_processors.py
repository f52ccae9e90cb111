from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.utils.translation import get_language

from .languages import path_language_versions

OPEN_GRAPH_LOCALES = {"en": "en_GB", "nl": "nl_BE", "fr": "fr_BE"}


def site(request):
    """Query-free: every page's language switcher and hreflang links. Views
    showing an object replace language_versions with the object's own URLs."""
    return {
        # A callable: templates call it only if the view gave no versions of its own.
        "language_versions": lambda: path_language_versions(request.get_full_path()),
        "default_language": settings.LANGUAGE_CODE,
        "origin": _origin(request),
        "og_locale": OPEN_GRAPH_LOCALES.get(get_language(), "en_GB"),
    }


def _origin(request):
    """This site's scheme and host; SITE_URL when the Host header is not
    allowed, so the 400 page for a bad host can still be drawn."""
    try:
        return f"{request.scheme}://{request.get_host()}"
    except DisallowedHost:
        return settings.SITE_URL
