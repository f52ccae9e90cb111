"""French typography applied when French text is rendered, never stored:
a narrow no-break space (U+202F) before ; : ! ? and inside « », and
typographic apostrophes. Tags, their attributes, URLs, code and times such
as 10:30 are left alone, and correct text stays as it is."""

import re

from django.utils.safestring import SafeString, mark_safe

NNBSP = "\u202f"
# Tags, and the contents of elements whose text is not prose.
SKIPPED = re.compile(r"<(code|pre|kbd|samp|script|style)\b.*?</\1\s*>|<[^>]*>", re.S | re.I)
URL = re.compile(r"\b(?:https?://|mailto:|www\.)\S+", re.I)
SPACES = "[ \u00a0\u202f]*"


def _prose(text):
    # A colon between digits is a time or a ratio (10:30), not punctuation.
    text = re.sub(rf"(?:(?<=\S)|^){SPACES}([;!?])", rf"{NNBSP}\1", text)
    text = re.sub(
        rf"(?<=[^\s\d]){SPACES}:|(?<=\d){SPACES}:(?!\d)|(?<=\d)[ \u00a0\u202f]+:", f"{NNBSP}:", text
    )
    text = re.sub(rf"«{SPACES}", f"«{NNBSP}", text)
    text = re.sub(rf"{SPACES}»", f"{NNBSP}»", text)
    return re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)


def _outside_urls(text):
    out, last = [], 0
    for match in URL.finditer(text):
        out += [_prose(text[last : match.start()]), match.group()]
        last = match.end()
    return "".join([*out, _prose(text[last:])])


def french_typography(html):
    """``html`` (safe or plain text) with French spacing and apostrophes."""
    out, last = [], 0
    for match in SKIPPED.finditer(html):
        out += [_outside_urls(html[last : match.start()]), match.group()]
        last = match.end()
    result = "".join([*out, _outside_urls(html[last:])])
    return mark_safe(result) if isinstance(html, SafeString) else result
