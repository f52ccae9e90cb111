"""Search across disorders, organisations and glossary terms, in the reader's
language, case- and accent-insensitive, with one behaviour on SQLite and
PostgreSQL: texts are folded when saved (search.models.SearchEntry), so a
query is plain word-prefix matching that both databases run the same way."""

import re
import unicodedata
from contextlib import contextmanager
from contextvars import ContextVar
from html import unescape

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db import connection, transaction
from django.db.models import Case, IntegerField, Q, Value, When
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
EXACT_TITLE_BONUS = 200
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


def fold(text):
    """Lower case without accents, anything but letters and digits turned into
    spaces, one character for one: positions in the result are positions in
    the text, which is what lets snippets highlight the original words."""
    folded = []
    for character in text:
        base = unicodedata.normalize("NFKD", character)[:1].lower()[:1]
        folded.append(base if base.isalnum() else " ")
    return "".join(folded)


def folded_words(text):
    """The distinct folded words, padded with spaces, so " word" matches at the
    start of a word. Matching needs each word once; keeping each once keeps
    what every search scans small."""
    return f" {' '.join(dict.fromkeys(fold(text).split()))} "


def query_words(query):
    return fold(unicodedata.normalize("NFC", query)).split()[:MAX_WORDS]


def plain_text(html):
    """Readable text of sanitised HTML: a space where a tag was, so words of
    adjacent blocks stay apart, and entities turned back into characters."""
    return " ".join(unescape(strip_tags(TAG.sub(r" \1", html or ""))).split())


def _contains(field, text):
    """Plain substring test: INSTR on SQLite, STRPOS on PostgreSQL. The folded
    texts are lower case already, so LIKE's case folding would be wasted."""
    return Q(GreaterThan(StrIndex(field, Value(text)), 0))


def search(query, language=None):
    """Primary keys of the live entries matching every word of the query,
    best first. One query, one pass over the index; load_entries() fetches
    the page shown."""
    from disorders.models import Disorder  # disorders imports portal at load time

    words = query_words(query)
    if not words:
        return []
    entries = SearchEntry.objects.filter(language=language or translation.get_language())
    on_postgresql = connection.vendor == "postgresql"
    if on_postgresql:
        # Folded words are letters and digits only, so they are safe in a raw query.
        prefixes = " & ".join(f"{word}:*" for word in words)
        entries = entries.filter(vector=SearchQuery(prefixes, search_type="raw", config="simple"))
    score = Value(0)
    for word in words:
        prefix, whole = f" {word}", f" {word} "
        if not on_postgresql:
            entries = entries.filter(_contains("folded_all", prefix))
        score = score + Case(
            *(
                When(_contains(field, whole if is_whole else prefix), then=Value(points))
                for field, is_whole, points in WEIGHTS
            ),
            default=Value(BODY_POINTS),
            output_field=IntegerField(),
        )
    score = score + Case(
        When(folded_title=f" {' '.join(dict.fromkeys(words))} ", then=Value(EXACT_TITLE_BONUS)),
        default=Value(0),
        output_field=IntegerField(),
    )
    live = Q(disorder__isnull=True) | Q(disorder__in=Disorder.objects.published().values("pk"))
    ranked = entries.filter(live).annotate(score=score).order_by("-score", "title", "pk")
    return list(ranked.values_list("pk", flat=True))


def load_entries(pks):
    """The entries of a page of results, in the given order. One query."""
    found = SearchEntry.objects.in_bulk(pks)
    return [found[pk] for pk in pks if pk in found]


def snippet(entry, query):
    """Escaped text around the first match in the summary or the body, with
    every matching word in <mark>. Each piece is escaped on its own, so
    neither the query nor the content can inject markup."""
    words = query_words(query)
    pattern = (
        re.compile("|".join(rf"(?<![^\W_]){re.escape(word)}[^\W_]*" for word in words))
        if words
        else None
    )
    for text in (entry.summary, entry.body):
        matches = list(pattern.finditer(fold(text))) if pattern and text else []
        if matches:
            break
    else:
        text = entry.summary or entry.body
        return escape(text[:SNIPPET_LENGTH] + ("…" if len(text) > SNIPPET_LENGTH else ""))
    start = max(0, text.rfind(" ", 0, max(0, matches[0].start() - 60)) + 1)
    end = min(len(text), start + SNIPPET_LENGTH)
    pieces, position = ["…" if start else ""], start
    for match in matches:
        if match.start() < position or match.end() > end:
            continue
        pieces += [
            escape(text[position : match.start()]),
            "<mark>",
            escape(text[match.start() : match.end()]),
            "</mark>",
        ]
        position = match.end()
    pieces += [escape(text[position:end]), "…" if end < len(text) else ""]
    return mark_safe("".join(pieces))


def _entry(kind, obj, language, *, title, url, synonyms="", summary="", body="", disorder=None):
    # Composed form: an accent typed as a separate mark would otherwise split the word.
    title, synonyms, summary, body = (
        unicodedata.normalize("NFC", text) for text in (title, synonyms, summary, body)
    )
    return SearchEntry(
        kind=kind,
        object_id=obj.pk,
        language=language,
        title=title,
        url=url,
        summary=summary,
        body=body,
        folded_all=folded_words(" ".join((title, synonyms, summary, body))),
        folded_title=folded_words(title),
        folded_synonyms=folded_words(synonyms),
        folded_summary=folded_words(summary),
        folded_body=folded_words(body),
        disorder=disorder,
    )


def entries_for_disorder(disorder):
    sections = list(disorder.sections.all())
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            body = " ".join(
                f"{section.heading}. {plain_text(section.body)}" for section in sections
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
