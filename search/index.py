"""Search across disorders, organisations and glossary terms, in the reader's
language, case- and accent-insensitive, with one behaviour on SQLite and
PostgreSQL: texts are folded when saved (search.models.SearchEntry), so a
query is plain word-prefix matching that both databases run the same way."""

import functools
import operator
import re
import unicodedata
from contextlib import contextmanager
from contextvars import ContextVar
from html import unescape

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection, transaction
from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import StrIndex
from django.db.models.lookups import GreaterThan
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from portal.signals import content_replaced

from .models import SearchEntry

MAX_WORDS = 8
TAG = re.compile(r"(<[^>]+>)")
BLOCK_TAG = re.compile(
    r"</?(?:p|li|ul|ol|h[1-6]|blockquote|div|section|table|tr|td|th|dl|dt|dd|pre|figure"
    r"|figcaption)\b[^>]*>|<br\s*/?>",
    re.IGNORECASE,
)
WORD = re.compile(r"[^\W_]+")
SENTENCE_END = re.compile(r"[.!?]\s+")
FTS_TABLE = "search_fts"
SUGGESTIONS = 3
SIMILAR = 0.3  # pg_trgm's default threshold
FOLD_TABLE_SIZE = 20_000
KIND_ORDER = [SearchEntry.Kind.DISORDER, SearchEntry.Kind.TERM, SearchEntry.Kind.ORGANISATION]
EXACT_NAME_BONUS = 200
SNIPPET_LENGTH = 200
# Points per query word for where it matches; the first field that matches counts.
WEIGHTS = [
    ("folded_title", True, 100),
    ("folded_synonyms", True, 90),
    ("folded_title", False, 50),
    ("folded_synonyms", False, 45),
    ("folded_summary", False, 20),
]
# A word that matched nowhere above matched in the body: no need to scan it again.
BODY_POINTS = 5


class _FoldTable(dict):
    """str.translate() table folding each character on first sight: the
    texts of a catalogue use a few hundred characters, so folding a page of
    snippets is a lookup per character rather than a normalisation."""

    def __missing__(self, codepoint):
        base = unicodedata.normalize("NFKD", chr(codepoint))[:1].lower()[:1]
        folded = base if base.isalnum() else " "
        if len(self) < FOLD_TABLE_SIZE:
            self[codepoint] = folded
        return folded


_fold_table = _FoldTable()


def fold(text):
    """Lower case without accents, anything but letters and digits turned into
    spaces, one character for one: positions in the result are positions in
    the text, which is what lets snippets highlight the original words."""
    return text.translate(_fold_table)


def spelling(word):
    """One spelling for British and American words, and for the ligatures of
    French: haemophilia and hemophilia, leukaemia and leukemia, oedema, œdème
    and edema all become the same word. Applied to folded words, both when
    indexing and when searching, so either spelling finds the other. "oe"
    only at the start, as it is everywhere in Dutch (bloed, goed)."""
    word = word.replace("æ", "ae").replace("œ", "oe")
    if word.startswith("oe"):
        word = "e" + word[2:]
    return word.replace("ae", "e").replace("rrhoe", "rrhe")


def folded_words(text):
    """The distinct folded words, padded with spaces, so " word" matches at the
    start of a word. Matching needs each word once; keeping each once keeps
    what every search scans small."""
    return f" {' '.join(dict.fromkeys(spelling(word) for word in fold(text).split()))} "


def folded_names(names):
    """Comma-separated names folded one by one, between bars, so a query
    can match a whole name ("| blood cancer |") as well as its words."""
    folded = [" ".join(spelling(word) for word in fold(name).split()) for name in names.split(",")]
    folded = [name for name in folded if name]
    return f" | {' | '.join(folded)} | " if folded else " "


def query_words(query):
    return [spelling(word) for word in fold(unicodedata.normalize("NFC", query)).split()][
        :MAX_WORDS
    ]


def plain_text(html):
    """Readable text of sanitised HTML: a space where a tag was, so words of
    adjacent blocks stay apart, and entities turned back into characters."""
    return " ".join(unescape(strip_tags(TAG.sub(r" \1", html or ""))).split())


def plain_blocks(html):
    """The text of each paragraph, list item and heading of sanitised HTML,
    in order: snippets are cut from one block, never across two."""
    text = BLOCK_TAG.sub("\n", (html or "").replace("\n", " "))
    # Inline tags (links, emphasis) go without a trace: "(<a>word</a>)" reads "(word)".
    blocks = (" ".join(unescape(strip_tags(part)).split()) for part in text.split("\n"))
    return [block for block in blocks if block]


def _contains(field, text):
    """Plain substring test: INSTR on SQLite, STRPOS on PostgreSQL. The folded
    texts are lower case already, so LIKE's case folding would be wasted."""
    return Q(GreaterThan(StrIndex(field, Value(text)), 0))


def _matching(words):
    """Entries holding a word starting with each query word, answered by a
    full-text index: FTS5 on SQLite (search migration 0002), a GIN index of
    tsvectors on PostgreSQL. Folded words are letters and digits only, so
    they are safe inside either query language; quoting them as well keeps
    words such as NEAR or AND plain words for FTS5."""
    if connection.vendor == "postgresql":
        prefixes = " & ".join(f"{word}:*" for word in words)
        return Q(vector=SearchQuery(prefixes, search_type="raw", config="simple"))
    if connection.vendor == "sqlite":
        match = " ".join(f'"{word}"*' for word in words)
        return Q(
            pk__in=RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [match])
        )
    return functools.reduce(operator.and_, (_contains("folded_all", f" {word}") for word in words))


def _live_matches(words, language=None):
    from disorders.models import Disorder  # disorders imports portal at load time

    live = Q(disorder__isnull=True) | Q(disorder__in=Disorder.objects.published().values("pk"))
    return SearchEntry.objects.filter(
        _matching(words), live, language=language or translation.get_language()
    )


def search(query, language=None):
    """Primary keys of the live entries matching every word of the query,
    best first: disorders, then glossary terms, then organisations, each by
    where the words matched. One query; load_entries() fetches the page shown."""
    words = query_words(query)
    if not words:
        return []
    entries = _live_matches(words, language)
    score = Value(0)
    for word in words:
        prefix, whole = f" {word}", f" {word} "
        score = score + Case(
            *(
                When(_contains(field, whole if is_whole else prefix), then=Value(points))
                for field, is_whole, points in WEIGHTS
            ),
            default=Value(BODY_POINTS),
            output_field=IntegerField(),
        )
    exact = Q(folded_title=f" {' '.join(dict.fromkeys(words))} ") | _contains(
        "folded_synonyms", f"| {' '.join(words)} |"
    )
    score = score + Case(
        When(exact, then=Value(EXACT_NAME_BONUS)), default=Value(0), output_field=IntegerField()
    )
    kind_rank = Case(
        *(When(kind=kind, then=Value(rank)) for rank, kind in enumerate(KIND_ORDER)),
        output_field=IntegerField(),
    )
    ranked = entries.annotate(kind_rank=kind_rank, score=score).order_by(
        "kind_rank", "-score", "title", "pk"
    )
    return list(ranked.values_list("pk", flat=True))


def load_entries(pks):
    """The entries of a page of results, in the given order. One query."""
    found = SearchEntry.objects.in_bulk(pks)
    return [found[pk] for pk in pks if pk in found]


def _matches(text, words):
    """(start, end) of each word of the text starting with a query word."""
    return [
        (match.start(), match.end())
        for match in WORD.finditer(fold(text))
        if spelling(match.group()).startswith(tuple(words))
    ]


def _shorten(text, limit=SNIPPET_LENGTH):
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit) + 1 or limit].rstrip() + "…"


def snippet(entry, query):
    """Escaped text of the first block (a paragraph, a list item, a heading)
    of the summary or the body holding a query word, from the start of its
    sentence, with every matching word in <mark>. Each piece is escaped on
    its own, so neither the query nor the content can inject markup."""
    words = query_words(query)
    for text in (entry.summary, entry.body):
        matches = _matches(text, words) if words and text else []
        if matches:
            break
    else:
        return escape(_shorten((entry.summary or entry.body).split("\n")[0]))
    first_start, first_end = matches[0]
    block_start = text.rfind("\n", 0, first_start) + 1
    block_end = text.find("\n", first_end)
    if block_end == -1:
        block_end = len(text)
    sentence_ends = [m.end() for m in SENTENCE_END.finditer(text, block_start, first_start)]
    start = sentence_ends[-1] if sentence_ends else block_start
    cut = first_start - start > SNIPPET_LENGTH // 2
    if cut:
        start = text.rfind(" ", start, first_start - SNIPPET_LENGTH // 4) + 1 or start
    end = block_end
    if end - start > SNIPPET_LENGTH:
        space = text.rfind(" ", start, start + SNIPPET_LENGTH)
        end = space if space > first_end else start + SNIPPET_LENGTH
    pieces, position = ["…" if cut else ""], start
    for match_start, match_end in matches:
        if match_start < position or match_end > end:
            continue
        pieces += [
            escape(text[position:match_start]),
            "<mark>",
            escape(text[match_start:match_end]),
            "</mark>",
        ]
        position = match_end
    pieces += [escape(text[position:end].rstrip()), "…" if end < block_end else ""]
    return mark_safe("".join(pieces))


def _entry(kind, obj, language, *, title, url, synonyms="", summary="", body="", disorder=None):
    # Composed form: an accent typed as a separate mark would otherwise split the word.
    title, synonyms, summary, body = (
        unicodedata.normalize("NFC", text) for text in (title, synonyms, summary, body)
    )
    # One written name for each folded name of folded_synonyms, in order.
    synonyms = ", ".join(name.strip() for name in synonyms.split(",") if fold(name).split())
    return SearchEntry(
        kind=kind,
        object_id=obj.pk,
        language=language,
        title=title,
        url=url,
        summary=summary,
        body=body,
        synonyms=synonyms,
        folded_all=folded_words(" ".join((title, synonyms, summary, body))),
        folded_title=folded_words(title),
        folded_synonyms=folded_names(synonyms),
        folded_summary=folded_words(summary),
        folded_body=folded_words(body),
        disorder=disorder,
    )


def entries_for_disorder(disorder):
    sections = list(disorder.sections.all())
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            # One block a line: snippets never run a heading into its text.
            body = "\n".join(
                block
                for section in sections
                for block in (section.heading, *plain_blocks(section.body))
                if block
            )
            yield _entry(
                SearchEntry.Kind.DISORDER,
                disorder,
                language,
                title=disorder.name,
                url=disorder.get_absolute_url(),
                synonyms=disorder.synonyms,
                summary=disorder.summary,
                body=body,
                disorder=disorder,
            )


def entries_for_organisation(organisation):
    if not organisation.is_active:
        return
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            yield _entry(
                SearchEntry.Kind.ORGANISATION,
                organisation,
                language,
                title=organisation.name,
                url=organisation.get_absolute_url(),
                summary=organisation.description,
                body=organisation.get_region_display(),
            )


def entries_for_term(term):
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            yield _entry(
                SearchEntry.Kind.TERM,
                term,
                language,
                title=term.term,
                url=term.get_absolute_url(),
                synonyms=term.synonyms,
                summary=term.definition,
            )


def reindex(kind, obj):
    """Replace the entries of one object; an object that no longer exists keeps none."""
    builders = {
        SearchEntry.Kind.DISORDER: entries_for_disorder,
        SearchEntry.Kind.ORGANISATION: entries_for_organisation,
        SearchEntry.Kind.TERM: entries_for_term,
    }
    with transaction.atomic():
        SearchEntry.objects.filter(kind=kind, object_id=obj.pk).delete()
        if type(obj)._default_manager.filter(pk=obj.pk).exists():
            SearchEntry.objects.bulk_create(builders[kind](obj))
            _fill_vectors(SearchEntry.objects.filter(kind=kind, object_id=obj.pk))


def rebuild():
    """Every entry from scratch; returns how many were written."""
    from disorders.models import Disorder, GlossaryTerm
    from organisations.models import Organisation

    with transaction.atomic():
        SearchEntry.objects.all().delete()
        entries = []
        for disorder in Disorder.objects.prefetch_related("sections"):
            entries += entries_for_disorder(disorder)
        for organisation in Organisation.objects.active():
            entries += entries_for_organisation(organisation)
        for term in GlossaryTerm.objects.all():
            entries += entries_for_term(term)
        SearchEntry.objects.bulk_create(entries, batch_size=500)
        _fill_vectors(SearchEntry.objects.all())
    return len(entries)


def _fill_vectors(entries):
    if connection.vendor == "postgresql":
        entries.update(vector=SearchVector("folded_all", config="simple"))


_pending = ContextVar("search_index_pending", default=None)


@contextmanager
def deferred():
    """Index each object once at the end of a bulk load, not at every save."""
    pending = {}
    token = _pending.set(pending)
    try:
        yield
    finally:
        _pending.reset(token)
    for kind, obj in pending.values():
        reindex(kind, obj)


def _index_later_or_now(kind, obj):
    pending = _pending.get()
    if pending is None:
        reindex(kind, obj)
    else:
        pending[(kind, obj.pk)] = (kind, obj)


def connect_signals():
    """Keep the index in step with every save and delete, in the same
    transaction, so a rolled-back save leaves no trace in the index either.
    Raw saves (fixtures, restores) are skipped: a restore announces
    content_replaced, and the whole index is rebuilt."""
    from disorders.models import Disorder, DisorderSection, GlossaryTerm
    from organisations.models import Organisation

    handlers = [
        (Disorder, lambda instance: _index_later_or_now(SearchEntry.Kind.DISORDER, instance)),
        (
            DisorderSection,
            lambda instance: _index_later_or_now(SearchEntry.Kind.DISORDER, instance.disorder),
        ),
        (
            Organisation,
            lambda instance: _index_later_or_now(SearchEntry.Kind.ORGANISATION, instance),
        ),
        (GlossaryTerm, lambda instance: _index_later_or_now(SearchEntry.Kind.TERM, instance)),
    ]
    content_replaced.connect(
        lambda **kwargs: rebuild(), weak=False, dispatch_uid="search-content-replaced"
    )
    for model, handle in handlers:

        def on_change(sender, instance, raw=False, handle=handle, **kwargs):
            if not raw:
                handle(instance)

        post_save.connect(
            on_change, sender=model, weak=False, dispatch_uid=f"search-save-{model.__name__}"
        )
        post_delete.connect(
            on_change, sender=model, weak=False, dispatch_uid=f"search-delete-{model.__name__}"
        )


@functools.lru_cache(maxsize=100_000)
def trigrams(text):
    """The trigrams of each word as pg_trgm counts them: two spaces before a
    word, one after. Kept: names repeat from one search to the next."""
    found = set()
    for word in text.split():
        padded = f"  {word} "
        found.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return frozenset(found)


def similarity(first, second):
    """pg_trgm's similarity(): shared trigrams over all trigrams of both."""
    a, b = trigrams(first), trigrams(second)
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared) if a and b else 0.0


def suggestions(query, language=None, *, limit=SUGGESTIONS):
    """Names and other names of live disorders close to the query, in the
    reader's language, best first, for "Did you mean …?". Each name counts
    by its closest word and then as a whole, so "leukemai" finds "Leukemia"
    before "Acute myeloid leukemia", by pg_trgm's similarity measure, in
    Python on both databases so both give the same suggestions."""
    from disorders.models import Disorder  # disorders imports portal at load time

    wanted = " ".join(query_words(query))
    if not wanted:
        return []
    entries = SearchEntry.objects.filter(
        language=language or translation.get_language(),
        kind=SearchEntry.Kind.DISORDER,
        disorder__in=Disorder.objects.published().values("pk"),
    )
    if inner := [trigram for trigram in trigrams(wanted) if " " not in trigram]:
        # A close name shares a trigram inside a word with the query, but for
        # very short words: only those names are compared. On PostgreSQL,
        # pg_trgm's GIN indexes answer these LIKEs (search migration 0006).
        entries = entries.filter(
            functools.reduce(
                operator.or_,
                (
                    Q(folded_title__contains=trigram) | Q(folded_synonyms__contains=trigram)
                    for trigram in inner
                ),
            )
        )
    wanted_words = len(wanted.split())
    scored = {}
    for title, folded_title, synonyms, folded_synonyms in entries.values_list(
        "title", "folded_title", "synonyms", "folded_synonyms"
    ):
        names = zip(
            [title, *(synonyms.split(", ") if synonyms else [])],
            [folded_title.strip(), *folded_synonyms.strip(" |").split(" | ")],
            strict=False,
        )
        for name, folded in names:
            words = folded.split()
            if not words or folded == wanted:
                continue
            closest = max(
                similarity(wanted, " ".join(words[i : i + wanted_words]))
                for i in range(max(1, len(words) - wanted_words + 1))
            )
            if closest < SIMILAR:
                continue
            score = (closest, similarity(wanted, folded))
            # One offer per name however it is spelled: Leukemia, leukaemia.
            if score > scored.get(folded, ((0, 0), ""))[0]:
                scored[folded] = (score, name)
    ranked = sorted(scored.values(), key=lambda item: (-item[0][0], -item[0][1], item[1]))
    return [name for _score, name in ranked[:limit]]


def counts_in_other_languages(query, language=None):
    """[(language code, number of results)] for the other languages where the
    query finds something, in settings order."""
    language, words = language or translation.get_language(), query_words(query)
    found = []
    for code, _name in settings.LANGUAGES:
        if words and code != language and (count := _live_matches(words, code).count()):
            found.append((code, count))
    return found
