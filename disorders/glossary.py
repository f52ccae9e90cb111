"""Explaining medical words where readers meet them: the first use of each
glossary term on a disorder page becomes a button that opens its definition
in place (the HTML popover attribute: no JavaScript, keyboard operable,
Escape closes it). Marking is restrained: at most one word per paragraph or
list item, so a sentence never turns into a row of buttons; a term skipped
there is explained where it next appears.

The button and the definition are both phrasing content (a <button> and a
<span popover>), so they are valid inside the paragraphs editors write,
where a <details> element would not be."""

import functools
import logging
import re
from html import escape
from html.parser import HTMLParser

from django.core.cache import cache
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from pagecache.pages import tag_version

logger = logging.getLogger(__name__)

# Words inside these stay as they are: a link must not hold a link, and
# headings and existing definitions are not rewritten.
LEFT_ALONE = {
    *("a", "h1", "h2", "h3", "h4", "h5", "h6", "dfn", "abbr", "code", "cite", "button"),
}
# Each of these holds at most one explained word.
BLOCKS = {"p", "li", "dd", "dt", "td", "th", "blockquote", "div"}


def marked_terms(language=None):
    """The terms of the language, ready for marking (see _compile).
    One query when the glossary changed, none otherwise. The version is
    bumped on every term save or delete (pagecache/signals.py), where all
    processes see it, so every worker picks up the new terms."""
    language = language or translation.get_language()
    try:
        key = f"glossary-terms:{language}:{tag_version('glossary')}"
        terms = cache.get(key)
    except Exception:
        logger.exception("Glossary: the cache did not answer; reading the terms")
        key, terms = f"glossary-terms:{language}:uncached", _load_terms(language)
    if terms is None:
        terms = _load_terms(language)
        try:
            cache.set(key, terms, 60 * 60 * 24)
        except Exception:
            logger.exception("Glossary: the terms could not be kept")
    return _compile(
        key, tuple((t["slug"], t["term"], t["definition"], tuple(t["variants"])) for t in terms)
    )


def _load_terms(language):
    from .models import GlossaryTerm

    with translation.override(language):
        return [
            {"slug": t.slug, "term": t.term, "definition": t.definition, "variants": t.variants()}
            for t in GlossaryTerm.objects.marked()
        ]


WORD = re.compile(r"\w+")
# Between the words of a term in a text: spaces, or hyphens as in "Reed-Sternberg".
SEPARATOR = re.compile(r"[\s\-\u00a0]+")


@functools.lru_cache(maxsize=16)
def _compile(key, terms):
    """{first word: [(words, term), ...] longest first}. Looking terms up word
    by word keeps marking linear in the text, whatever the glossary's size."""
    by_first_word = {}
    for slug, term, definition, variants in terms:
        entry = {"slug": slug, "term": term, "definition": definition}
        for variant in variants:
            words = tuple(WORD.findall(variant.casefold()))
            if words:
                by_first_word.setdefault(words[0], []).append((words, entry))
    for candidates in by_first_word.values():
        candidates.sort(key=lambda candidate: len(candidate[0]), reverse=True)
    return by_first_word


def _matches(data, by_first_word):
    """(start, end, term) of each glossary phrase in the text, left to right,
    the longest phrase where several start at the same word."""
    tokens = list(WORD.finditer(data))
    index = 0
    while index < len(tokens):
        for words, term in by_first_word.get(tokens[index].group().casefold(), ()):
            last = index + len(words) - 1
            if last < len(tokens) and all(
                tokens[index + offset].group().casefold() == words[offset]
                and SEPARATOR.fullmatch(
                    data[tokens[index + offset - 1].end() : tokens[index + offset].start()]
                )
                for offset in range(1, len(words))
            ):
                yield tokens[index].start(), tokens[last].end(), term
                index = last
                break
        index += 1


class _Marker(HTMLParser):
    def __init__(self, by_first_word, used):
        super().__init__(convert_charrefs=False)
        self.by_first_word, self.used = by_first_word, used
        self.output, self.open_tags = [], []
        self.block_has_mark = False

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self.block_has_mark = False
        self.open_tags.append(tag)
        self.output.append(self.get_starttag_text())

    def handle_startendtag(self, tag, attrs):
        self.output.append(self.get_starttag_text())

    def handle_endtag(self, tag):
        if tag in self.open_tags:
            del self.open_tags[len(self.open_tags) - 1 - self.open_tags[::-1].index(tag)]
        self.output.append(f"</{tag}>")

    def handle_entityref(self, name):
        self.output.append(f"&{name};")

    def handle_charref(self, name):
        self.output.append(f"&#{name};")

    def handle_data(self, data):
        if LEFT_ALONE.intersection(self.open_tags):
            self.output.append(data)
            return
        position = 0
        for start, end, term in _matches(data, self.by_first_word):
            if term["slug"] in self.used or self.block_has_mark:
                continue
            self.used[term["slug"]] = term
            self.block_has_mark = True
            self.output += [data[position:start], _explained(data[start:end], term)]
            position = end
        self.output.append(data[position:])


def _explained(word, term):
    """The word as a button and its definition as a popover right after it,
    so screen readers meet the definition next, where it is read."""
    target = f"define-{escape(term['slug'])}"
    hint, close = escape(_("what it means")), escape(_("Close"))
    return (
        f'<button type="button" class="term" popovertarget="{target}">{word}'
        f'<span class="visually-hidden"> ({hint})</span></button>'
        f'<span class="definition" id="{target}" popover>'
        f"<dfn>{escape(term['term'])}</dfn>: {escape(term['definition'])} "
        f'<button type="button" class="definition__close" popovertarget="{target}" '
        f'popovertargetaction="hide">{close}</button></span>'
    )


def mark_sections(sections, language=None):
    """Give each section a ``marked_body`` and return the terms used, in the
    order readers meet them. The bodies are already sanitised: the marker
    only adds its own buttons around words of text outside links and headings."""
    by_first_word = marked_terms(language)
    used = {}
    for section in sections:
        if not by_first_word:
            section.marked_body = mark_safe(section.body)
            continue
        marker = _Marker(by_first_word, used)
        marker.feed(section.body)
        marker.close()
        section.marked_body = mark_safe("".join(marker.output))
    return list(used.values())
