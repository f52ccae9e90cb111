from django.conf import settings

from .languages import path_language_versions


def site(request):
    """Query-free: every page's language switcher and hreflang links. Views
    showing an object replace language_versions with the object's own URLs."""
    return {
        "language_versions": path_language_versions(request.get_full_path()),
        "default_language": settings.LANGUAGE_CODE,
    }
