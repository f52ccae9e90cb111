import difflib

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline
from reversion.admin import VersionAdmin
from reversion.models import Version

from portal.readability import readability_report
from search.admin import AccentInsensitiveSearchMixin

from .models import Category, Disorder, DisorderSection, GlossaryTerm, Source

LANGUAGES = ("en", "nl", "fr")
TRANSLATED_LANGUAGES = ("nl", "fr")
LANGUAGE_NAMES = {"en": _("English"), "nl": _("Dutch"), "fr": _("French")}
PUBLISHING_FIELDS = ["status", "publish_at", "unpublish_at"]
REVIEW_FIELDS = ["reviewer_name", "reviewer_credentials", "reviewed_on", "next_review_on"]


def is_translator_only(request, opts=Disorder._meta):
    """Translators may change the Dutch and French texts and nothing else."""
    return not request.user.has_perm(
        f"{opts.app_label}.change_{opts.model_name}"
    ) and request.user.has_perm(f"{opts.app_label}.translate_{opts.model_name}")


def not_translated_fields(model_admin, fields):
    """Every field of ``fields`` except the Dutch and French texts."""
    return [
        name for name in model_admin.replace_orig_field(fields) if not name.endswith(("_nl", "_fr"))
    ]


@admin.register(Category)
class CategoryAdmin(TabbedTranslationAdmin):
    list_display = ("name", "position")
    list_editable = ("position",)
    search_fields = ("name_en", "name_nl", "name_fr")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(AccentInsensitiveSearchMixin, TabbedTranslationAdmin):
    list_display = ("term", "is_marked", "updated_at")
    list_filter = ("is_marked",)
    search_fields = ("term_en", "term_nl", "term_fr", "synonyms_en", "synonyms_nl", "synonyms_fr")
    prepopulated_fields = {"slug": ("term_en",)}


class SectionInline(TranslationStackedInline):
    model = DisorderSection
    extra = 0
    fields = ("position", "heading", "callout", "body", "readability")
    readonly_fields = ("readability",)

    def get_readonly_fields(self, request, obj=None):
        if is_translator_only(request):
            return [
                "readability",
                *not_translated_fields(self, ["position", "heading", "callout", "body"]),
            ]
        return super().get_readonly_fields(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) or is_translator_only(request)

    def has_add_permission(self, request, obj=None):
        return not is_translator_only(request) and super().has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not is_translator_only(request) and super().has_delete_permission(request, obj)

    @admin.display(description=_("readability"))
    def readability(self, section):
        if section.pk is None:
            return _("Shown once the section is saved.")
        return readability_report({code: getattr(section, f"body_{code}") for code in LANGUAGES})


class SourceInline(admin.TabularInline):
    model = Source
    extra = 0
    fields = ("position", "title", "publisher", "year", "url")

    def has_add_permission(self, request, obj=None):
        return not is_translator_only(request) and super().has_add_permission(request, obj)


class DisorderAdminForm(forms.ModelForm):
    """Refuses a save when someone else saved the page after this editor
    opened it, so no one silently overwrites a colleague's work."""

    loaded_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    checks_concurrent_edits = True

    class Meta:
        model = Disorder
        fields = ()  # the admin supplies the fields of its fieldsets

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["loaded_version"].initial = self.instance.version

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk and self.checks_concurrent_edits:
            # The admin validates inside its transaction: the lock holds until the save.
            current = (
                Disorder.objects.select_for_update(of=("self",))
                .select_related("changed_by")
                .get(pk=self.instance.pk)
            )
            if cleaned_data.get("loaded_version") != current.version:
                raise ValidationError(
                    _(
                        "%(user)s saved this page at %(time)s, after you opened it. Your changes "
                        "have not been saved; they are still in this form. Open the page in a new "
                        "tab to see the other version, bring your changes over, and save there."
                    ),
                    code="conflict",
                    params={
                        "user": current.changed_by.get_username()
                        if current.changed_by
                        else _("Someone"),
                        "time": date_format(
                            timezone.localtime(current.updated_at), "DATETIME_FORMAT"
                        ),
                    },
                )
        return cleaned_data


class ReviewFilter(admin.SimpleListFilter):
    title = _("medical review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [
            ("overdue", _("Overdue")),
            ("due", _("Due in the next 30 days")),
            ("never", _("Never reviewed")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "overdue":
            return queryset.review_overdue()
        if self.value() == "due":
            return queryset.review_due_within(30)
        if self.value() == "never":
            return queryset.filter(reviewed_on__isnull=True)
        return queryset


class TranslationStatusFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        return [
            (f"{state}-{code}", label % {"language": LANGUAGE_NAMES[code]})
            for code in TRANSLATED_LANGUAGES
            for state, label in (
                ("missing", _("%(language)s missing")),
                ("outdated", _("%(language)s outdated")),
            )
        ]

    def queryset(self, request, queryset):
        state, _dash, code = (self.value() or "").partition("-")
        if code not in TRANSLATED_LANGUAGES:
            return queryset
        if state == "missing":
            return queryset.translation_missing(code)
        if state == "outdated":
            return queryset.translation_outdated(code)
        return queryset


@admin.register(Disorder)
class DisorderAdmin(AccentInsensitiveSearchMixin, VersionAdmin, TabbedTranslationAdmin):
    form = DisorderAdminForm

    class Media:
        css = {"all": ["admin-extra/portal-admin.css"]}

    list_display = (
        "name",
        "category",
        "parent",
        "state",
        "review",
        "translation_nl",
        "translation_fr",
        "updated_at",
    )
    list_filter = (
        "status",
        "category",
        ("parent", admin.EmptyFieldListFilter),
        ReviewFilter,
        TranslationStatusFilter,
    )
    list_select_related = ("category", "parent")
    search_fields = ("name_en", "name_nl", "name_fr", "summary_en", "summary_nl", "summary_fr")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("parent", "related")
    inlines = [SectionInline, SourceInline]
    actions = ["confirm_dutch_translation", "confirm_french_translation"]
    readonly_fields = ("summary_readability", "open_feedback", "reader_ratings", "last_change")
    fieldsets = [
        (
            None,
            {
                "fields": (
                    "loaded_version",
                    "name",
                    "slug",
                    "summary",
                    "summary_readability",
                    "synonyms",
                    "questions",
                )
            },
        ),
        (_("Publishing"), {"fields": ("status", "publish_at", "unpublish_at", "last_change")}),
        (_("Place in the catalogue"), {"fields": ("category", "parent", "position", "related")}),
        (_("Medical review"), {"fields": ("authors", *REVIEW_FIELDS)}),
        (_("Illustration"), {"fields": ("illustration", "illustration_alt")}),
        (_("Readers' feedback"), {"fields": ("open_feedback", "reader_ratings")}),
    ]

    object_history_template = "admin/disorders/disorder_history.html"

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) or is_translator_only(request)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        """Restoring replaces the page on purpose, so it skips the concurrent
        edit check; the version number still only goes up (see save_model)."""
        request.version_before_restore = (
            Disorder.objects.filter(pk=object_id).values_list("version", flat=True).first() or 0
        )
        return super().revision_view(request, object_id, version_id, extra_context)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if hasattr(request, "version_before_restore"):
            return type(form.__name__, (form,), {"checks_concurrent_edits": False})
        return form

    def history_view(self, request, object_id, extra_context=None):
        versions = Version.objects.get_for_object_reference(Disorder, object_id).select_related(
            "revision__user"
        )
        return super().history_view(
            request, object_id, {"versions": versions} | (extra_context or {})
        )

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if is_translator_only(request):
            editable = {"loaded_version"}
            every_field = [name for fieldset in self.fieldsets for name in fieldset[1]["fields"]]
            return readonly + [
                name
                for name in not_translated_fields(self, every_field)
                if name not in editable | set(readonly)
            ]
        if not request.user.has_perm("disorders.publish_disorder"):
            readonly += PUBLISHING_FIELDS
        if not request.user.has_perm("disorders.review_disorder"):
            readonly += REVIEW_FIELDS
        return self.replace_orig_field(readonly)

    def get_prepopulated_fields(self, request, obj=None):
        readonly = set(self.get_readonly_fields(request, obj))
        return {
            field: sources
            for field, sources in super().get_prepopulated_fields(request, obj).items()
            if field not in readonly
        }

    def save_model(self, request, obj, form, change):
        obj.changed_by = request.user
        obj.version = max(obj.version, getattr(request, "version_before_restore", 0)) + 1
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        changed = list(form.changed_data)
        for formset in formsets:
            if formset.model is not DisorderSection:
                continue  # sources are not translated
            for inline_form in formset.forms:
                # A deleted section leaves every language alike: no language is behind.
                if inline_form not in formset.deleted_forms:
                    changed += inline_form.changed_data
        form.instance.record_text_edits(
            {name.rsplit("_", 1)[-1] for name in changed if "_" in name}
        )

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "translations/",
                self.admin_site.admin_view(self.translation_overview_view),
                name=f"{info[0]}_{info[1]}_translations",
            ),
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name=f"{info[0]}_{info[1]}_compare",
            ),
            *super().get_urls(),
        ]

    @admin.display(description=_("state"))
    def state(self, disorder):
        return disorder.publication_state()

    @admin.display(description=_("review"), ordering="next_review_on")
    def review(self, disorder):
        if disorder.is_review_overdue():
            return format_html('<strong class="overdue">{}</strong>', _("Overdue"))
        if disorder.next_review_on:
            return date_format(disorder.next_review_on, "SHORT_DATE_FORMAT")
        return _("Never reviewed")

    @admin.display(description=_("Dutch"))
    def translation_nl(self, disorder):
        return self._translation_label(disorder, "nl")

    @admin.display(description=_("French"))
    def translation_fr(self, disorder):
        return self._translation_label(disorder, "fr")

    def _translation_label(self, disorder, language):
        return {"missing": _("Missing"), "outdated": _("Outdated"), "up_to_date": _("Up to date")}[
            disorder.translation_status(language)
        ]

    @admin.display(description=_("readability"))
    def summary_readability(self, disorder):
        if disorder.pk is None:
            return _("Shown once the page is saved.")
        return readability_report(
            {code: getattr(disorder, f"summary_{code}") for code in LANGUAGES}
        )

    @admin.display(description=_("last change"))
    def last_change(self, disorder):
        if disorder.pk is None:
            return "-"
        who = disorder.changed_by.get_username() if disorder.changed_by else "-"
        return format_html(
            '{} ({}) <a href="{}">{}</a>',
            date_format(timezone.localtime(disorder.updated_at), "DATETIME_FORMAT"),
            who,
            reverse("admin:disorders_disorder_history", args=[disorder.pk]),
            _("History"),
        )

    @admin.display(description=_("open feedback"))
    def open_feedback(self, disorder):
        if disorder.pk is None:
            return "-"
        items = [
            (
                feedback.get_admin_url(),
                feedback.reference,
                feedback.get_kind_display(),
                feedback.get_status_display(),
            )
            for feedback in disorder.feedback.open().order_by("-created_at")[:20]
        ]
        if not items:
            return _("None")
        return format_html(
            "<ul>{}</ul>", format_html_join("", '<li><a href="{}">{}</a>: {} ({})</li>', items)
        )

    @admin.display(description=_("was this page helpful?"))
    def reader_ratings(self, disorder):
        if disorder.pk is None:
            return "-"
        counts = (
            disorder.helpful_votes.order_by()
            .values("language")
            .annotate(
                yes=Count("pk", filter=Q(is_helpful=True)),
                no=Count("pk", filter=Q(is_helpful=False)),
            )
        )
        rows = [
            (row["language"].upper(), row["yes"], _("yes"), row["no"], _("no")) for row in counts
        ]
        if not rows:
            return _("No answers yet")
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{}: {} {}, {} {}</li>", rows))

    @admin.action(
        description=_("Confirm the Dutch translation is up to date"), permissions=["change"]
    )
    def confirm_dutch_translation(self, request, queryset):
        self._confirm_translation(request, queryset, "nl")

    @admin.action(
        description=_("Confirm the French translation is up to date"), permissions=["change"]
    )
    def confirm_french_translation(self, request, queryset):
        self._confirm_translation(request, queryset, "fr")

    def _confirm_translation(self, request, queryset, language):
        complete = queryset.exclude(pk__in=queryset.translation_missing(language).values("pk"))
        count = complete.update(**{f"translated_{language}_at": timezone.now()})
        skipped = queryset.count() - count
        self.message_user(
            request,
            ngettext(
                "%(count)d translation confirmed as up to date.",
                "%(count)d translations confirmed as up to date.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d page was skipped because its translation is missing.",
                    "%(count)d pages were skipped because their translation is missing.",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )

    def translation_overview_view(self, request):
        """Every disorder with the state of its Dutch and French translation."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        disorders = Disorder.objects.select_related("parent").order_by("name_en")
        rows = [
            {
                "disorder": disorder,
                "statuses": [
                    (code, self._translation_label(disorder, code)) for code in TRANSLATED_LANGUAGES
                ],
                "needs_work": any(
                    disorder.translation_status(code) != "up_to_date"
                    for code in TRANSLATED_LANGUAGES
                ),
            }
            for disorder in disorders
        ]
        rows.sort(key=lambda row: not row["needs_work"])
        context = self.admin_site.each_context(request) | {
            "title": _("Translation status"),
            "opts": self.opts,
            "rows": rows,
            "languages": [LANGUAGE_NAMES[code] for code in TRANSLATED_LANGUAGES],
        }
        return TemplateResponse(request, "admin/disorders/translation_overview.html", context)

    def compare_view(self, request, object_id):
        """Differences between two saved versions, in every language, sections included."""
        disorder = get_object_or_404(Disorder, pk=object_id)
        if not self.has_view_or_change_permission(request, disorder):
            raise PermissionDenied
        versions = Version.objects.get_for_object(disorder).select_related("revision")
        chosen = [request.GET.get(name, "").strip() for name in ("from", "to")]
        if not all(value.isdigit() for value in chosen):
            raise Http404
        older = get_object_or_404(versions, pk=chosen[0])
        newer = get_object_or_404(versions, pk=chosen[1])
        if older.revision.date_created > newer.revision.date_created:
            older, newer = newer, older
        context = self.admin_site.each_context(request) | {
            "title": _("Compare versions of %(name)s") % {"name": disorder},
            "opts": self.opts,
            "original": disorder,
            "older": older,
            "newer": newer,
            "changes": _version_changes(older, newer),
        }
        return TemplateResponse(request, "admin/disorders/compare.html", context)


def _version_changes(older, newer):
    """[(label, diff lines)] for each field that differs, the page's own fields
    first, then its sections matched by their id."""
    changes = []
    for name, old_value in older.field_dict.items():
        new_value = newer.field_dict.get(name)
        if (
            old_value != new_value
            and name not in ("updated_at", "source_changed_at")
            and not name.startswith("translated_")
        ):
            changes.append((name, _diff(old_value, new_value)))
    old_sections = _followed(older, DisorderSection)
    new_sections = _followed(newer, DisorderSection)
    for section_id in sorted(old_sections.keys() | new_sections.keys()):
        old_fields = old_sections.get(section_id, {})
        new_fields = new_sections.get(section_id, {})
        heading = (new_fields or old_fields).get("heading_en", "")
        for name in (
            "heading_en",
            "heading_nl",
            "heading_fr",
            "body_en",
            "body_nl",
            "body_fr",
            "callout",
            "position",
        ):
            if old_fields.get(name) != new_fields.get(name):
                changes.append(
                    (
                        f"{_('section')} “{heading}”: {name}",
                        _diff(old_fields.get(name), new_fields.get(name)),
                    )
                )
    return changes


def _followed(version, model):
    return {
        int(other.object_id): other.field_dict
        for other in version.revision.version_set.all()
        if other._model is model
    }


def _diff(old, new):
    old_lines = str("" if old is None else old).replace("</p>", "</p>\n").splitlines()
    new_lines = str("" if new is None else new).replace("</p>", "</p>\n").splitlines()
    return [line for line in difflib.unified_diff(old_lines, new_lines, lineterm="", n=1)][2:]
