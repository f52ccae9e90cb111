"""What a list of organisations says about the languages they work in."""

from django.utils import translation
from django.utils.text import get_text_list
from django.utils.translation import gettext


def working_languages_note(organisations):
    """What a list of organisations needs to say about languages, or None
    when every one works in the reader's language: {"count", "languages",
    "is_mixed"}, where languages names, in the reader's language, the
    languages the other groups do work in. Reads each organisation's
    ``languages`` (prefetch them)."""
    reader = translation.get_language()
    elsewhere = [o for o in organisations if reader not in o.language_codes()]
    if not elsewhere:
        return None
    languages = {language.pk: language for o in elsewhere for language in o.languages.all()}
    names = [str(languages[pk]) for pk in sorted(languages)]
    joiner = gettext("and") if len(elsewhere) == 1 else gettext("or")
    return {
        "count": len(elsewhere),
        "languages": get_text_list(names, joiner),
        "is_mixed": len(elsewhere) < len(organisations),
    }
