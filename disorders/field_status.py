"""Translation status per text: missing, outdated or up to date, for every
translated text readers see, in every language.

Only edits of texts a reader sees make a translation outdated: a new
reviewer's credential, another name for search or a slug is metadata and
leaves the translators alone. Each edit leaves a TextStamp (English: when
the text changed; a translation: when it was last written or confirmed).
A text without stamps is up to date when it has a translation.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone

from portal.languages import language_codes, translated_languages

from .models import Disorder, DisorderSection, TextStamp

MISSING, OUTDATED, UP_TO_DATE = "missing", "outdated", "up_to_date"


@dataclass
class Texts:
    """What a translator translates of one model, in the order readers see
    it: ``text`` is tracked for status, ``other`` (names for search,
    credentials) is translated too but never marks a translation outdated;
    ``parts`` are the related objects translated with it (a disorder's
    sections)."""

    text: tuple
    other: tuple = ()
    parts: dict = field(default_factory=dict)  # related_name -> model
    closing: tuple = ()  # texts of ``text`` that readers meet after the parts


TEXTS = {}


def track(model, text, other=(), parts=None, closing=()):
    TEXTS[model] = Texts(tuple(text), tuple(other), parts or {}, tuple(closing))


def texts_of(model):
    return TEXTS.get(model)


def is_tracked(model, name):
    """Whether ``name`` ("summary_en") is a reader-visible translated text."""
    texts = TEXTS.get(model)
    base, _sep, code = name.rpartition("_")
    return texts is not None and code in language_codes() and base in texts.text


def _set_stamps(model, pk, names, when):
    content_type = ContentType.objects.get_for_model(model)
    for name in names:
        base, _sep, code = name.rpartition("_")
        TextStamp.objects.update_or_create(
            content_type=content_type,
            object_id=pk,
            field=base,
            language=code,
            defaults={"changed_at": when},
        )


def record_edits(edits, when=None):
    """``edits``: [(object, changed field names)], as the admin's forms or a
    snapshot comparison report them. Stamps the tracked texts, then brings a
    disorder's page-level status in line (the list filter reads it)."""
    when = when or timezone.now()
    pages = {}
    for obj, names in edits:
        tracked = [name for name in names if is_tracked(type(obj), name)]
        if not tracked:
            continue
        _set_stamps(type(obj), obj.pk, tracked, when)
        page = _disorder_of(obj)
        if page is not None:
            pages.setdefault(page.pk, (page, set()))[1].update(
                name.rpartition("_")[2] for name in tracked
            )
    for page, languages in pages.values():
        update_page_status(page, languages, when)


def _disorder_of(obj):
    if isinstance(obj, Disorder):
        return obj
    if isinstance(obj, DisorderSection):
        return obj.disorder
    return None


def record_snapshot_edits(page, before, after, when=None):
    """The same for a page written from a snapshot (approval, restore, the
    translation screen): what differs between the two snapshots."""
    texts = texts_of(type(page))
    if texts is None:
        return
    edits = [(page, _differing(before["fields"], after["fields"]))]
    for related_name, part_model in texts.parts.items():
        old = {part["id"]: part for part in before["parts"].get(related_name, [])}
        for part in getattr(page, related_name).all():
            values = next(
                (p for p in after["parts"].get(related_name, []) if p.get("id") == part.pk),
                None,
            )
            if values is None:  # added by apply(): every text it has is new
                values = {name: getattr(part, name) for name in _text_names(part_model)}
            edits.append((part, _differing(old.get(part.pk, {}), values)))
    record_edits(edits, when)


def _text_names(model):
    return [f"{base}_{code}" for base in TEXTS[model].text for code in language_codes()]


def _differing(old, new):
    return [
        name for name in new.keys() | old.keys() if (old.get(name) or "") != (new.get(name) or "")
    ]


def confirm(obj, base, language, when=None):
    """The translator checked this text against the English: up to date."""
    record_edits([(obj, [f"{base}_{language}"])], when)


def stamps_for(objects):
    """{(model, pk, field, language): changed_at} for these objects, in one
    query per kind of object."""
    by_model = {}
    for obj in objects:
        by_model.setdefault(type(obj), set()).add(obj.pk)
    found = {}
    for model, pks in by_model.items():
        content_type = ContentType.objects.get_for_model(model)
        for stamp in TextStamp.objects.filter(content_type=content_type, object_id__in=pks):
            found[(model, stamp.object_id, stamp.field, stamp.language)] = stamp.changed_at
    return found


def field_state(obj, base, language, stamps):
    """missing, outdated, up_to_date, or None when there is no English."""
    if not getattr(obj, f"{base}_{settings_default()}"):
        return None
    if not getattr(obj, f"{base}_{language}"):
        return MISSING
    model = type(obj)
    english = stamps.get((model, obj.pk, base, settings_default()))
    translated = stamps.get((model, obj.pk, base, language))
    if english and (translated is None or translated < english):
        return OUTDATED
    return UP_TO_DATE


def settings_default():
    return language_codes()[0]


def objects_of(page):
    """The page and its parts, in reading order of the parts' position."""
    texts = texts_of(type(page))
    objects = [page]
    for related_name in texts.parts:
        objects += list(getattr(page, related_name).all())
    return objects


def page_states(page, language, stamps=None):
    """[(object, field, state)] for every tracked text of the page."""
    objects = objects_of(page)
    stamps = stamps_for(objects) if stamps is None else stamps
    return [
        (obj, base, state)
        for obj in objects
        for base in TEXTS[type(obj)].text
        if (state := field_state(obj, base, language, stamps)) is not None
    ]


def summary_state(states):
    """The page's state from its texts' states: the worst one wins."""
    found = {state for _obj, _base, state in states}
    for state in (MISSING, OUTDATED):
        if state in found:
            return state
    return UP_TO_DATE


def update_page_status(page, languages, when):
    """A disorder's page-level stamps: English changed now when an English
    text did; a translation is up to date from now when all its texts are."""
    page = Disorder.objects.get(pk=page.pk)
    changes = {}
    if settings_default() in languages:
        changes["source_changed_at"] = when
    stamps = stamps_for(objects_of(page))
    for code in translated_languages():
        if all(state == UP_TO_DATE for _o, _b, state in page_states(page, code, stamps)):
            changes[f"translated_{code}_at"] = when
    if changes:
        Disorder.objects.filter(pk=page.pk).update(**changes)


def confirm_page(page, language, when=None):
    """Every text of the page that has a translation is up to date."""
    when = when or timezone.now()
    record_edits(
        [
            (obj, [f"{base}_{language}"])
            for obj, base, state in page_states(page, language)
            if state == OUTDATED
        ],
        when,
    )
    Disorder.objects.filter(pk=page.pk).exclude(
        Q(**{f"translated_{language}_at__gte": when})
    ).update(**{f"translated_{language}_at": when})
