from functools import partial

from django.contrib import admin
from django.db.models import Count, Q
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline
from reversion.admin import VersionAdmin

from linkcheck.models import LinkStatus
from portal.languages import every_language, language_codes, translated_languages
from portal.readability import readability_report
from portal.roles import is_translator_only, not_translated_fields
from search.accents import AccentInsensitiveSearchMixin

from . import dashboard, field_status, translations
from .forms import DisorderAdminForm
from .models import Category, Disorder, DisorderSection, GlossaryTerm, Source
from .review_screens import ReviewedPublishingAdmin, WaitingForReviewFilter
from .translate_admin import TranslationScreenAdmin, TranslatorAdminMixin
from .translations import confirm_translation_actions, translation_column
from .views import disorder_detail

PUBLISHING_FIELDS = ["status", "publish_at", "unpublish_at"]
REVIEW_FIELDS = ["reviewer_name", "reviewer_credentials", "reviewed_on", "next_review_on"]


@admin.register(Category)
class CategoryAdmin(TranslationScreenAdmin, TranslatorAdminMixin, TabbedTranslationAdmin):
    change_form_template = "admin/translate/change_form.html"
    list_display = ("name", "position")
    list_editable = ("position",)
    search_fields = every_language("name")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(GlossaryTerm)
class GlossaryTermAdmin(
    TranslationScreenAdmin,
    TranslatorAdminMixin,
    AccentInsensitiveSearchMixin,
    TabbedTranslationAdmin,
):
    change_form_template = "admin/translate/change_form.html"
    list_display = ("term", "is_marked", "updated_at")
    list_filter = ("is_marked",)
    search_fields = every_language("term", "synonyms")
    prepopulated_fields = {"slug": ("term_en",)}


class SectionInline(TranslationStackedInline):
    model = DisorderSection
    extra = 0
    fields = ("position", "heading", "callout", "body", "readability")
    readonly_fields = ("readability",)

    def get_readonly_fields(self, request, obj=None):
        if is_translator_only(request, Disorder._meta):
            return [
                "readability",
                *not_translated_fields(self, ["position", "heading", "callout", "body"]),
            ]
        return super().get_readonly_fields(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) or is_translator_only(
            request, Disorder._meta
        )

    def has_add_permission(self, request, obj=None):
        return not is_translator_only(request, Disorder._meta) and super().has_add_permission(
            request, obj
        )

    def has_delete_permission(self, request, obj=None):
        return not is_translator_only(request, Disorder._meta) and super().has_delete_permission(
            request, obj
        )

    @admin.display(description=_("readability"))
    def readability(self, section):
        if section.pk is None:
            return _("Shown once the section is saved.")
        return readability_report(
            {code: getattr(section, f"body_{code}") for code in language_codes()}
        )


class SourceInline(admin.TabularInline):
    model = Source
    extra = 0
    fields = ("position", "title", "publisher", "year", "url", "link_check")
    readonly_fields = ("link_check",)

    @admin.display(description=_("link check"))
    def link_check(self, source):
        if not source.link_checked_at:
            return "—"
        return _("%(status)s (%(detail)s), checked on %(date)s") % {
            "status": source.get_link_status_display(),
            "detail": source.link_detail,
            "date": date_format(source.link_checked_at, "SHORT_DATE_FORMAT"),
        }


class SourceLinkFilter(admin.SimpleListFilter):
    """Pages whose cited addresses need an editor: see manage.py check_links."""

    title = _("source links")
    parameter_name = "source_links"

    def lookups(self, request, model_admin):
        return [
            (LinkStatus.BROKEN, _("A source link is broken")),
            (LinkStatus.REDIRECTED, _("A source link redirects")),
        ]

    def queryset(self, request, queryset):
        if self.value() in (LinkStatus.BROKEN, LinkStatus.REDIRECTED):
            return queryset.filter(sources__link_status=self.value()).distinct()
        return queryset

    def has_add_permission(self, request, obj=None):
        return not is_translator_only(request, Disorder._meta) and super().has_add_permission(
            request, obj
        )


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


@admin.register(Disorder)
class DisorderAdmin(
    TranslationScreenAdmin,
    ReviewedPublishingAdmin,
    AccentInsensitiveSearchMixin,
    VersionAdmin,
    TabbedTranslationAdmin,
):
    form = DisorderAdminForm

    class Media:
        css = {"all": ["admin-extra/portal-admin.css"]}

    list_display = (
        "name",
        "category",
        "parent",
        "state",
        "review",
        "updated_at",
    )
    list_filter = (
        "status",
        "category",
        ("parent", admin.EmptyFieldListFilter),
        ReviewFilter,
        WaitingForReviewFilter,
        translations.TranslationStatusFilter,
        SourceLinkFilter,
    )
    list_select_related = ("category", "parent")
    search_fields = every_language("name", "summary")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("parent", "related")
    actions = confirm_translation_actions()
    inlines = [SectionInline, SourceInline]
    readonly_fields = ("summary_readability", "readers_feedback", "reader_ratings", "last_change")
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
        (_("Readers' feedback"), {"fields": ("readers_feedback", "reader_ratings")}),
    ]

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) or is_translator_only(
            request, Disorder._meta
        )

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if is_translator_only(request, Disorder._meta):
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
        obj.version += 1
        super().save_model(request, obj, form, change)

    def public_view(self, request, disorder):
        return disorder_detail(request, disorder.slug)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        edits = [(form.instance, form.changed_data)]
        for formset in formsets:
            # A deleted section leaves every language alike: no language is behind.
            edits += [
                (inline_form.instance, inline_form.changed_data)
                for inline_form in formset.forms
                if inline_form not in formset.deleted_forms and inline_form.instance.pk
            ]
        field_status.record_edits(edits)

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "translations/",
                self.admin_site.admin_view(partial(translations.overview_view, self)),
                name=f"{info[0]}_{info[1]}_translations",
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

    def get_list_display(self, request):
        *columns, updated_at = super().get_list_display(request)
        return [*columns, *map(translation_column, translated_languages()), updated_at]

    @admin.display(description=_("readability"))
    def summary_readability(self, disorder):
        if disorder.pk is None:
            return _("Shown once the page is saved.")
        return readability_report(
            {code: getattr(disorder, f"summary_{code}") for code in language_codes()}
        )

    @admin.display(description=_("feedback"))
    def readers_feedback(self, disorder):
        if disorder.pk is None:
            return "-"
        return format_html(
            '<a href="{}?disorder__id__exact={}">{}</a>',
            reverse("admin:feedback_feedback_changelist"),
            disorder.pk,
            _("Readers' feedback on this page"),
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


admin.site.add_to_dashboard(dashboard.waiting_for_review(_("Disorders"), Disorder))
admin.site.add_to_dashboard(dashboard.medical_review)
