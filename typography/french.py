"""French typography applied when French text is rendered, never stored:
a narrow no-break space (U+202F) before ; : ! ? and inside « », and
typographic apostrophes. Tags, their attributes, URLs, code and times such
as 10:30 are left alone, and correct text stays as it is. A whole page may
be given: its doctype, comments, scripts (JSON-LD), styles, form fields
and character references come through unchanged."""

import re

from django.utils.safestring import SafeString, mark_safe

NNBSP = "\u202f"
# Comments, the contents of elements whose text is not prose, and tags
# (a quoted attribute may hold a ">").
SKIPPED = re.compile(
    r"<!--.*?-->"
    r"|<(code|pre|kbd|samp|script|style|textarea)\b.*?</\1\s*>"
    r"""|<(?:[^>"']|"[^"]*"|'[^']*')*>""",
    re.S | re.I,
)
# A character reference is one character: "&amp;" must not become "&amp ;".
REFERENCE = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.I)
# Templates escape apostrophes (&#x27;), and editors type &nbsp;.
APOSTROPHE_REFERENCE = re.compile(r"(?<=\w)&(?:#x0*27|#0*39|apos);(?=\w)", re.I)
NBSP_REFERENCE = re.compile(r"&(?:nbsp|#160|#xa0);", re.I)
URL = re.compile(r"\b(?:https?://|mailto:|www\.)\S+", re.I)
SPACES = "[ \u00a0\u202f]*"


# A colon between digits is a time or a ratio (10:30), not punctuation.
# Text may start right after a tag ("</a> :").
BEFORE_MARK = re.compile(rf"(?:(?<=\S)|^){SPACES}([;!?])")
BEFORE_COLON = re.compile(
    rf"(?<=[^\s\d]){SPACES}:|(?<=\d){SPACES}:(?!\d)|(?<=\d)[ \u00a0\u202f]+:|^{SPACES}:(?!\d)"
)
OPENING_QUOTE = re.compile(rf"«{SPACES}")
CLOSING_QUOTE = re.compile(rf"{SPACES}»")
APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
# Most text between tags (white space, a word) has nothing to set.
NOTHING_TO_SET = re.compile(r"[^;:!?«»'&]*")


def _prose(text):
    text = BEFORE_MARK.sub(rf"{NNBSP}\1", text)
    text = BEFORE_COLON.sub(f"{NNBSP}:", text)
    text = OPENING_QUOTE.sub(f"«{NNBSP}", text)
    text = CLOSING_QUOTE.sub(f"{NNBSP}»", text)
    return APOSTROPHE.sub("\u2019", text)


def _around(pattern, text, change):
    """``text`` with change() applied between the pattern's matches, and
    the matches themselves left as they are."""
    out, last = [], 0
    for match in pattern.finditer(text):
        out += [change(text[last : match.start()]), match.group()]
        last = match.end()
    return "".join([*out, change(text[last:])])


def _outside_urls(text):
    return _around(URL, text, _prose)


def _text(text):
    """Text between tags: character references are kept whole."""
    if NOTHING_TO_SET.fullmatch(text):
        return text
    text = NBSP_REFERENCE.sub("\u00a0", APOSTROPHE_REFERENCE.sub("\u2019", text))
    return _around(REFERENCE, text, _outside_urls)


def french_typography(html):
    """``html`` (safe or plain text) with French spacing and apostrophes."""
    result = _around(SKIPPED, html, _text)
    return mark_safe(result) if isinstance(html, SafeString) else result
