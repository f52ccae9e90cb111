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


def language_codes():
    """Every language of the site, the default first, from settings.LANGUAGES."""
    return [code for code, _name in settings.LANGUAGES]


def translated_languages():
    """The languages translated from the default one."""
    return [code for code in language_codes() if code != settings.LANGUAGE_CODE]


def language_name(code):
    """The language's name in the active language ("Dutch", "Nederlands")."""
    return dict(settings.LANGUAGES)[code]


def every_language(*names):
    """Each translated field's column in every language: ("name_en", "name_nl", ...)."""
    return tuple(f"{name}_{code}" for name in names for code in language_codes())
