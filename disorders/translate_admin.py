"""The translation screen, shared by every admin of translated content:
one page in one language, the English rendered on the left and the
translation's fields on the right, in the order readers meet them. An
outdated text shows, above it, what changed in English since its
translation was last confirmed, word by word, from the page's history.

A translation of a live page is a change like any other: it waits for a
medical reviewer (disorders/review.py) unless the translator may publish;
a draft is written at once. Only the target language's fields are read
from the form, so posted English is ignored."""

import copy
import hashlib
import json

import reversion
from django import forms
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_prose_editor.fields import ProseEditorField
from reversion.models import Version

from portal.languages import language_codes, language_name, translated_languages
from portal.roles import is_translator_only, may_publish, not_translated_fields

from . import field_status, review, revisions
from .models import DisorderSection

STATE_LABELS = {
    field_status.MISSING: _("Missing"),
    field_status.OUTDATED: _("Outdated"),
    field_status.UP_TO_DATE: _("Up to date"),
}
ENGLISH = "en"


class TranslatorAdminMixin:
    """Translators may open and save the change form of translated content,
    where everything but the Dutch and French texts is read-only."""

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) or is_translator_only(request, self.opts)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not is_translator_only(request, self.opts):
            return readonly
        suffixes = tuple(f"_{code}" for code in language_codes())
        names = [
            f.name
            for f in self.opts.get_fields()
            if getattr(f, "editable", False)
            and not f.auto_created
            and (f.concrete or f.many_to_many)
            and not f.name.endswith(suffixes)
        ]
        return readonly + [
            name for name in not_translated_fields(self, names) if name not in readonly
        ]

    def get_prepopulated_fields(self, request, obj=None):
        if is_translator_only(request, self.opts):
            return {}
        return super().get_prepopulated_fields(request, obj)


class TranslationScreenAdmin:
    """Mixed into an admin whose model is registered with field_status.track()."""

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/translate/<str:language>/",
                self.admin_site.admin_view(self.translate_view),
                name="{}_{}_translate".format(*info),
            ),
            *super().get_urls(),
        ]

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        links = []
        if object_id:
            links = [
                (code, language_name(code), self.translate_url(unquote(object_id), code))
                for code in translated_languages()
            ]
        context = {"translate_links": links} | (extra_context or {})
        return super().changeform_view(request, object_id, form_url, context)

    def translate_url(self, obj, language):
        info = self.admin_site.name, self.opts.app_label, self.opts.model_name
        pk = getattr(obj, "pk", obj)
        return reverse("{}:{}_{}_translate".format(*info), args=[pk, language])

    def translate_view(self, request, object_id, language):
        if language not in translated_languages():
            raise Http404
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        screen = Screen(obj, language)
        conflict = False
        if request.method == "POST":
            form = screen.form(request.POST)
            conflict = request.POST.get("loaded_version") != screen.digest
            if conflict:
                data = request.POST.copy()
                data["loaded_version"] = screen.digest
                form = screen.form(data)
            elif form.is_valid():
                with transaction.atomic():
                    outcome = screen.save(form.cleaned_data, request.user)
                    confirmed = screen.confirm(request.POST.get("confirm", ""))
                self._report(request, outcome, confirmed)
                return HttpResponseRedirect(request.get_full_path())
        else:
            form = screen.form()
        context = self.admin_site.each_context(request) | {
            "title": _("Translate into %(language)s: %(page)s")
            % {"language": language_name(language), "page": obj},
            "opts": self.opts,
            "original": obj,
            "language": language,
            "language_name": language_name(language),
            "other_languages": [
                (code, language_name(code), self.translate_url(obj, code))
                for code in translated_languages()
                if code != language
            ],
            "groups": screen.groups(form),
            "form": form,
            "media": self.media + form.media,
            "conflict": conflict,
            "pending_change": screen.change,
            "goes_live": screen.goes_live(request.user),
            "counts": screen.counts(),
            "change_url": reverse(
                f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}_change",
                args=[obj.pk],
            ),
        }
        return TemplateResponse(request, "admin/translate/translate.html", context)

    def _report(self, request, outcome, confirmed):
        if outcome == "pending":
            self.message_user(
                request,
                _("Your translation is waiting for review; readers still see the approved text."),
                messages.WARNING,
            )
        elif outcome == "saved":
            self.message_user(request, _("The translation is saved."), messages.SUCCESS)
        if confirmed:
            self.message_user(request, _("The text is marked as up to date."), messages.SUCCESS)
        if not outcome and not confirmed:
            self.message_user(request, _("Nothing was changed."), messages.INFO)


class Screen:
    """One object in one language: what the screen shows and saves."""

    def __init__(self, obj, language):
        self.obj = obj
        self.language = language
        self.model = type(obj)
        self.texts = field_status.texts_of(self.model)
        self.is_page = self.model in revisions.KINDS
        self.change = None
        if self.is_page:
            self.live = revisions.snapshot(obj)
            if obj.status == "published":
                self.change = review.open_change(obj)
            self.working = copy.deepcopy(self.change.data) if self.change else self.live
        else:
            names = [*self.texts.text, *self.texts.other]
            self.live = {
                "fields": {
                    f"{base}_{code}": getattr(obj, f"{base}_{code}")
                    for base in names
                    for code in (ENGLISH, *translated_languages())
                },
                "parts": {},
            }
            self.working = self.live
        self.parts = {
            related_name: {part.pk: part for part in getattr(obj, related_name).all()}
            for related_name in self.texts.parts
        }
        live_objects = [obj, *(p for parts in self.parts.values() for p in parts.values())]
        self.stamps = field_status.stamps_for(live_objects)
        self.digest = hashlib.sha256(
            json.dumps(self.working, sort_keys=True, cls=DjangoJSONEncoder).encode()
        ).hexdigest()[:20]
        self._versions = {}

    # What is shown, in reading order

    def rows(self):
        """(group title, [(key, live object or None, model, base, values)])."""
        values = self.working["fields"]
        opening = [b for b in self.texts.text if b not in self.texts.closing]
        groups = [
            (_("The page"), [self._row("page", self.obj, self.model, b, values) for b in opening])
        ]
        for related_name, part_model in self.texts.parts.items():
            for part in _reading_order(self.working["parts"].get(related_name, [])):
                live_part = self.parts[related_name].get(part.get("id"))
                title = part.get(f"{field_status.TEXTS[part_model].text[0]}_{ENGLISH}") or ""
                groups.append(
                    (
                        f"{part_model._meta.verbose_name.capitalize()}: {title}",
                        [
                            self._row(
                                f"{related_name}-{part['id']}", live_part, part_model, b, part
                            )
                            for b in field_status.TEXTS[part_model].text
                        ],
                    )
                )
        closing = [self._row("page", self.obj, self.model, b, values) for b in self.texts.closing]
        if closing:
            groups.append((_("End of the page"), closing))
        other = [
            self._row("page", self.obj, self.model, b, values, tracked=False)
            for b in self.texts.other
        ]
        if other:
            groups.append((_("Not shown as text: names for search and credentials"), other))
        return [(title, [row for row in rows if row]) for title, rows in groups]

    def _row(self, prefix, live_obj, model, base, values, tracked=True):
        name = f"{base}_{self.language}"
        return {
            "key": f"{prefix}-{base}",
            "live": live_obj,
            "model": model,
            "base": base,
            "english": values.get(f"{base}_{ENGLISH}") or "",
            "value": values.get(name) or "",
            "prefix": prefix,
            "tracked": tracked,
        }

    def form(self, data=None):
        fields = {"loaded_version": forms.CharField(widget=forms.HiddenInput)}
        initial = {"loaded_version": self.digest}
        for _title, rows in self.rows():
            for row in rows:
                model_field = row["model"]._meta.get_field(f"{row['base']}_{self.language}")
                form_field = model_field.formfield(required=False)
                form_field.widget.attrs["lang"] = self.language
                if isinstance(form_field.widget, forms.Textarea):
                    form_field.widget.attrs["rows"] = 4
                form_field.label = f"{language_name(self.language)}: {_label(row)}"
                fields[row["key"]] = form_field
                initial[row["key"]] = row["value"]
        form_class = type("TranslationForm", (TranslationForm,), fields)
        return form_class(data, initial=initial, screen=self)

    def groups(self, form):
        shown = []
        for title, rows in self.rows():
            entries = []
            for row in rows:
                state = self._state(row)
                entries.append(
                    row
                    | {
                        "label": _label(row),
                        "english_html": revisions.word_diff(row["english"], row["english"]),
                        "field": form[row["key"]],
                        "state": state,
                        "state_label": STATE_LABELS.get(state, ""),
                        "change": self._english_change(row) if state == "outdated" else None,
                        "may_confirm": state == field_status.OUTDATED,
                    }
                )
            shown.append({"title": title, "rows": entries})
        return shown

    def counts(self):
        states = [self._state(row) for _title, rows in self.rows() for row in rows]
        return {state: states.count(state) for state in STATE_LABELS} | {
            "labels": STATE_LABELS,
            "total": len([s for s in states if s]),
        }

    def _state(self, row):
        if not row["tracked"] or row["live"] is None:
            return None
        return field_status.field_state(row["live"], row["base"], self.language, self.stamps)

    def _english_change(self, row):
        """{"since", "diff"}: the English as it was when the translation was
        last confirmed, against the English now; without a confirmation,
        the last English edit. None when history does not go back so far.
        A revision is dated when its save began, so the one that was live at
        a moment is the latest dated at or before it."""
        model, pk, base = type(row["live"]), row["live"].pk, row["base"]
        confirmed = self.stamps.get((model, pk, base, self.language))
        changed = self.stamps.get((model, pk, base, ENGLISH))
        if confirmed:
            before = self._snapshot_at(confirmed, skip=0)
        elif changed:
            before = self._snapshot_at(changed, skip=1)  # the edit's own revision is newer
        else:
            before = None
        if before is None:
            return None
        if row["prefix"] == "page":
            old = before["fields"].get(f"{base}_{ENGLISH}")
        else:
            related_name = row["prefix"].split("-")[0]
            part = next((p for p in before["parts"].get(related_name, []) if p["id"] == pk), {})
            old = part.get(f"{base}_{ENGLISH}", "")
        current = getattr(row["live"], f"{base}_{ENGLISH}")
        if (old or "") == (current or ""):
            return None
        since = date_format(timezone.localtime(confirmed), "DATETIME_FORMAT") if confirmed else None
        return {"since": since, "diff": revisions.word_diff(old, current)}

    def _snapshot_at(self, moment, skip):
        if not self.is_page or not reversion.is_registered(self.model):
            return None
        versions = (
            Version.objects.get_for_object(self.obj)
            .filter(revision__date_created__lte=moment)
            .select_related("revision")
            .order_by("-revision__date_created", "-pk")
        )
        version = versions[skip : skip + 1].first()
        if version is None:
            return None
        if version.pk not in self._versions:
            self._versions[version.pk] = revisions.snapshot_from_version(version)
        return self._versions[version.pk]

    # Saving

    def goes_live(self, user):
        return (
            not self.is_page
            or self.obj.status != "published"
            or may_publish(user, self.model._meta)
        )

    def save(self, cleaned_data, user):
        """Writes the translated fields: "saved", "pending" or None when
        nothing changed."""
        data = copy.deepcopy(self.working)
        changed = False
        for _title, rows in self.rows():
            for row in rows:
                name = f"{row['base']}_{self.language}"
                value = cleaned_data.get(row["key"]) or ""
                if value == (row["value"] or ""):
                    continue
                changed = True
                if row["prefix"] == "page":
                    data["fields"][name] = value
                else:
                    related_name = row["prefix"].split("-")[0]
                    for part in data["parts"][related_name]:
                        if f"{related_name}-{part['id']}" == row["prefix"]:
                            part[name] = value
        if not changed:
            return None
        if not self.is_page:
            names = []
            for name, value in data["fields"].items():
                if value != self.live["fields"][name]:
                    setattr(self.obj, name, value)
                    names.append(name)
            self.obj.save()
            field_status.record_edits([(self.obj, names)])
            return "saved"
        if self.goes_live(user):
            allowed, _restructure = review.field_rule(user, self.model)
            data = revisions.limit_to(data, self.live, allowed, may_restructure=False)
            with reversion.create_revision():
                review.publish(self.obj, data, user=user)
                reversion.set_user(user)
                reversion.set_comment(
                    gettext("Translation into %(language)s")
                    % {"language": language_name(self.language)}
                )
            return "saved"
        review.submit(page=self.obj, data=data, author=user)
        return "pending"

    def confirm(self, key):
        """ "Confirm unchanged" on one outdated text: True when done."""
        for _title, rows in self.rows():
            for row in rows:
                if row["key"] == key and self._state(row) == field_status.OUTDATED:
                    field_status.confirm(row["live"], row["base"], self.language)
                    return True
        return False


class TranslationForm(forms.Form):
    def __init__(self, *args, screen, **kwargs):
        super().__init__(*args, **kwargs)
        self.screen = screen

    def clean(self):
        """Each text goes through its model field's own cleaning, so rich
        text is sanitised here as it is in the admin's form."""
        cleaned_data = super().clean()
        for _title, rows in self.screen.rows():
            for row in rows:
                model_field = row["model"]._meta.get_field(f"{row['base']}_{self.screen.language}")
                value = cleaned_data.get(row["key"]) or ""
                if isinstance(model_field, ProseEditorField) and value:
                    cleaned_data[row["key"]] = model_field.clean(value, None)
        return cleaned_data


def _label(row):
    return str(row["model"]._meta.get_field(row["base"]).verbose_name).capitalize()


def _reading_order(parts):
    """Urgent-help box, key points, then the other sections, as the page shows them."""
    order = {DisorderSection.Callout.URGENT: 0, DisorderSection.Callout.KEY_POINTS: 1}
    return sorted(
        parts,
        key=lambda p: (order.get(p.get("callout") or "", 2), p.get("position") or 0, p["id"]),
    )
