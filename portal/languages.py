"""One place that knows each page's address in every language: used by the
language switcher, the hreflang links and the sitemap."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation

LANGUAGE_NAMES_IN_THEIR_OWN_LANGUAGE = {"en": "English", "nl": "Nederlands", "fr": "Français"}


def language_versions(url_in_language):
    """[{code, name, url}] for every language; url_in_language(code) runs with
    that language active, so objects answer with their translated slug."""
    versions = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = url_in_language(code)
        versions.append(
            {"code": code, "name": LANGUAGE_NAMES_IN_THEIR_OWN_LANGUAGE[code], "url": url}
        )
    return versions


def object_language_versions(obj):
    return language_versions(lambda code: obj.get_absolute_url())


def path_language_versions(path):
    """For pages whose address has no translated slug in it."""
    return language_versions(lambda code: translate_url(path, code))
