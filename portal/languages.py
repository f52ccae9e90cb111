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
            versions.append(_version(code, url_in_language(code)))
    return versions


def object_language_versions(obj):
    return language_versions(lambda code: obj.get_absolute_url())


def path_language_versions(path):
    """For pages whose address has no translated slug in it. translate_url()
    must resolve the path in the language it is in, so it runs outside any
    override: it switches languages itself."""
    return [_version(code, translate_url(path, code)) for code, _name in settings.LANGUAGES]


def _version(code, url):
    return {"code": code, "name": LANGUAGE_NAMES_IN_THEIR_OWN_LANGUAGE[code], "url": url}
