from django.conf import settings
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
        # Canonical, hreflang and Open Graph addresses: the configured public
        # address, never the Host header a client sent.
        "origin": settings.SITE_URL,
        "og_locale": OPEN_GRAPH_LOCALES.get(get_language(), "en_GB"),
    }
