"""Pages as snapshots, and what changed between two of them.

A snapshot is a plain dict of what a reader's page is made of: the page's
own fields and, for a disorder, its sections and sources. Snapshots come
from the live rows, from a pending change, or from a version in history,
so that compare, approval and restore all work on the same thing, and a
page is always restored or approved on its own (never with the other
objects that happened to be saved in the same revision).
"""

import difflib
import html
import re
from dataclasses import dataclass, field

import nh3
from django.db import models
from django.db.models.fields.files import FieldFile
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator

from portal.languages import language_codes, language_name

# Never part of what a reader sees, or kept by the page itself.
BOOKKEEPING_FIELDS = {
    "id",
    "version",
    "changed_by",
    "created_at",
    "updated_at",
    "source_changed_at",
    "illustration_width",
    "illustration_height",
    # What the weekly link check found: not the editor's text.
    "link_status",
    "link_detail",
    "link_checked_at",
}


@dataclass
class PageKind:
    """How one kind of page is made: its model, the parts it owns (a
    disorder's sections and sources) and the fields each role may not
    change when it restores or submits."""

    model: type
    parts: dict = field(default_factory=dict)  # related_name -> model
    publishing_fields: tuple = ("status", "publish_at", "unpublish_at")
    review_fields: tuple = ()

    def own_fields(self):
        translated = _translated_originals(self.model)
        return [
            f.name
            for f in self.model._meta.concrete_fields
            if f.name not in BOOKKEEPING_FIELDS
            and f.name not in translated
            and not f.name.startswith("translated_")
        ]


def _translated_originals(model):
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except Exception:  # not registered for translation
        return set()


KINDS = {}


def register(kind):
    KINDS[kind.model] = kind
    return kind


def kind_of(model):
    return KINDS[model]


def _value(obj, name):
    field_ = obj._meta.get_field(name)
    if isinstance(field_, models.ForeignKey):
        return getattr(obj, field_.attname)
    value = getattr(obj, name)
    if isinstance(field_, models.FileField):
        return value.name or ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def snapshot(page):
    """The live page as a snapshot."""
    kind = kind_of(type(page))
    data = {"fields": {name: _value(page, name) for name in kind.own_fields()}, "parts": {}}
    for related_name, part_model in kind.parts.items():
        names = _part_fields(part_model)
        data["parts"][related_name] = [
            {"id": part.pk} | {name: _value(part, name) for name in names}
            for part in getattr(page, related_name).order_by("position", "pk")
        ]
    if hasattr(page, "related"):
        data["related"] = sorted(page.related.values_list("pk", flat=True))
    return data


def _part_fields(part_model):
    translated = _translated_originals(part_model)
    return [
        f.name
        for f in part_model._meta.concrete_fields
        if f.name not in BOOKKEEPING_FIELDS
        and f.name not in translated
        and not isinstance(f, models.ForeignKey)
    ]


def snapshot_from_version(version):
    """A version in history as a snapshot of that page alone: its own
    fields, and the sections and sources that belonged to it then."""
    kind = kind_of(version._model)
    stored = version.field_dict
    data = {"fields": {}, "parts": {}}
    for name in kind.own_fields():
        # Reversion keeps a foreign key under its column name (category_id).
        column = kind.model._meta.get_field(name).attname
        if column in stored or name in stored:
            data["fields"][name] = _plain(stored.get(column, stored.get(name)))
    foreign_key = {
        part_model: next(
            f.attname
            for f in part_model._meta.concrete_fields
            if isinstance(f, models.ForeignKey) and f.related_model is kind.model
        )
        for part_model in kind.parts.values()
    }
    for related_name, part_model in kind.parts.items():
        names = _part_fields(part_model)
        parts = []
        for other in version.revision.version_set.all():
            if other._model is not part_model:
                continue
            fields = other.field_dict
            if str(fields.get(foreign_key[part_model])) != str(version.object_id):
                continue  # a part of another page saved in the same revision
            parts.append({"id": int(other.object_id)} | {n: _plain(fields.get(n)) for n in names})
        data["parts"][related_name] = sorted(parts, key=lambda p: (p.get("position", 0), p["id"]))
    if "related" in stored:
        data["related"] = sorted(int(pk) for pk in stored["related"] or [])
    return data


def _plain(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, FieldFile):
        return value.name or ""
    return value


def limit_to(data, live, allowed, *, may_restructure):
    """``data`` with every field that ``allowed(name)`` refuses taken from
    ``live``: a restore or a submission never changes what its author may
    not change. Without ``may_restructure`` the parts (sections, sources)
    stay those of the live page: none added, none removed."""
    result = {
        "fields": {
            name: (value if allowed(name) else live["fields"].get(name))
            for name, value in data["fields"].items()
        },
        "parts": {},
    }
    for related_name, live_list in live["parts"].items():
        live_parts = {part["id"]: part for part in live_list}
        wanted_list = data["parts"].get(related_name, [])
        wanted = {part["id"]: part for part in wanted_list}
        ids = [part["id"] for part in wanted_list] if may_restructure else list(live_parts)
        parts = []
        for pk in ids:
            have, want = live_parts.get(pk), wanted.get(pk)
            if have is None:
                parts.append(want)
            elif want is None:
                parts.append(have)
            else:
                parts.append(
                    {
                        name: (want.get(name) if allowed(name) else value)
                        for name, value in have.items()
                    }
                )
        result["parts"][related_name] = parts
    if "related" in live:
        result["related"] = (
            data.get("related", live["related"]) if allowed("related") else live["related"]
        )
    return result


def apply(page, data):
    """Writes a snapshot over the live page: its fields, then its parts
    (updated by id, added, removed). The caller saves within a transaction
    and a revision."""
    kind = kind_of(type(page))
    for name, value in data["fields"].items():
        field_ = page._meta.get_field(name)
        if isinstance(field_, models.ForeignKey):
            setattr(page, field_.attname, value)
        elif value is not None or field_.null:
            setattr(page, name, field_.to_python(value) if value not in ("", None) else value)
    page.full_clean(exclude=["illustration"], validate_unique=False)
    page.save()
    for related_name, part_model in kind.parts.items():
        if related_name not in data["parts"]:
            continue
        existing = {part.pk: part for part in getattr(page, related_name).all()}
        kept = set()
        foreign_key = getattr(page, related_name).field.name
        for values in data["parts"][related_name]:
            part = existing.get(values.get("id")) or part_model(**{foreign_key: page})
            for name, value in values.items():
                if name != "id":
                    setattr(part, name, value)
            part.save()
            kept.add(part.pk)
        for pk, part in existing.items():
            if pk not in kept:
                part.delete()
    if "related" in data and hasattr(page, "related"):
        page.related.set(data["related"])


# What changed, for people: per language, the rendered text with words
# removed and added marked.

TOKEN = re.compile(r"<[^>]+>|[^\s<]+|\s+")
SHOWN_TAGS = {"p", "h3", "ul", "ol", "li", "strong", "em", "b", "i", "a", "br", "ins", "del"}


@dataclass
class Change:
    label: str
    diff: str  # safe HTML


@dataclass
class LanguageChanges:
    code: str
    name: str
    changes: list


def changes_between(old, new, model):
    """[LanguageChanges] with what differs between two snapshots, per
    language (fields that belong to no language under "Other"); unchanged
    fields and sections are left out."""
    labels = _labels(model)
    codes = language_codes()
    by_language = {code: [] for code in [*codes, ""]}

    def add(name, label_prefix, old_value, new_value, field_labels=labels):
        base, _sep, code = name.rpartition("_")
        if code not in codes:
            base, code = name, ""
        if _normalise(old_value) == _normalise(new_value):
            return
        label = field_labels.get(base, base.replace("_", " "))
        by_language[code].append(
            Change(f"{label_prefix}{label}".strip(), word_diff(old_value, new_value))
        )

    for name in dict.fromkeys([*old["fields"], *new["fields"]]):
        add(name, "", old["fields"].get(name), new["fields"].get(name))
    if old.get("related") != new.get("related") and ("related" in new or "related" in old):
        by_language[""].append(Change(str(_("related disorders")), _ids_diff(old, new)))
    kind = kind_of(model)
    for related_name, part_model in kind.parts.items():
        old_parts = {p["id"]: p for p in old["parts"].get(related_name, [])}
        new_parts = {p["id"]: p for p in new["parts"].get(related_name, [])}
        part_labels = _labels(part_model)
        title_field = "heading" if "heading_en" in _part_fields(part_model) else "title"
        for pk in sorted(old_parts.keys() | new_parts.keys(), key=_order(old_parts, new_parts)):
            before, after = old_parts.get(pk, {}), new_parts.get(pk, {})
            for name in sorted(before.keys() | after.keys()):
                if name == "id":
                    continue
                base, _sep, code = name.rpartition("_")
                code = code if code in codes else "en"
                title = (after or before).get(f"{title_field}_{code}") or (after or before).get(
                    title_field, ""
                )
                prefix = f"{part_model._meta.verbose_name.capitalize()} “{title}”: "
                if not before:
                    prefix = f"{_('New')} – {prefix}"
                elif not after:
                    prefix = f"{_('Removed')} – {prefix}"
                add(name, prefix, before.get(name), after.get(name), part_labels)
    names = {code: language_name(code) for code in codes} | {"": _("Other")}
    return [
        LanguageChanges(code, names[code], changes)
        for code, changes in by_language.items()
        if changes
    ]


def _order(old_parts, new_parts):
    def key(pk):
        part = new_parts.get(pk) or old_parts.get(pk)
        return (part.get("position") or 0, pk)

    return key


def _labels(model):
    return {f.name: str(f.verbose_name).capitalize() for f in model._meta.concrete_fields}


def _ids_diff(old, new):
    return word_diff(
        ", ".join(map(str, old.get("related", []))), ", ".join(map(str, new.get("related", [])))
    )


def _normalise(value):
    return "" if value is None else str(value)


def word_diff(old, new):
    """The new text as a reader sees it, with removed words in <del> and
    added words in <ins>; tags are kept whole, never shown as text. Text
    that is not HTML is escaped first."""
    old_tokens = TOKEN.findall(_as_html(old))
    new_tokens = TOKEN.findall(_as_html(new))
    out = []
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out += new_tokens[j1:j2]
            continue
        if op in ("delete", "replace"):
            out += _marked(old_tokens[i1:i2], "del")
        if op in ("insert", "replace"):
            out += _marked(new_tokens[j1:j2], "ins")
    # The texts were sanitised when saved; cleaning the result again keeps
    # any markup the diff could have split apart balanced and harmless.
    return mark_safe(
        nh3.clean(
            "".join(out),
            tags=SHOWN_TAGS,
            attributes={"a": {"href"}},
            link_rel="noopener noreferrer nofollow",
        )
    )


def _marked(tokens, tag):
    """Words inside <tag>, tags left outside it so the markup stays whole."""
    out = []
    words = []
    for token in tokens:
        if token.startswith("<"):
            if words:
                out.append(f"<{tag}>{''.join(words)}</{tag}>")
                words = []
            out.append(token)
        else:
            words.append(token)
    if words:
        out.append(f"<{tag}>{''.join(words)}</{tag}>")
    return out


def _as_html(value):
    text = _normalise(value)
    if text.lstrip().startswith("<"):
        return text
    return html.escape(text)
