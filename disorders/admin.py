from django.contrib import admin
from django.db.models import Count, Q
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from .models import Category, Disorder, DisorderSection


@admin.register(Category)
class CategoryAdmin(TabbedTranslationAdmin):
    list_display = ("name", "position")
    list_editable = ("position",)
    search_fields = ("name_en", "name_nl", "name_fr")
    prepopulated_fields = {"slug": ("name",)}


class SectionInline(TranslationStackedInline):
    model = DisorderSection
    extra = 0
    fields = ("position", "heading", "callout", "body")


@admin.register(Disorder)
class DisorderAdmin(TabbedTranslationAdmin):
    list_display = ("name", "category", "parent", "status", "position", "updated_at")
    list_filter = ("status", "category", ("parent", admin.EmptyFieldListFilter))
    list_select_related = ("category", "parent")
    search_fields = ("name_en", "name_nl", "name_fr", "summary_en", "summary_nl", "summary_fr")
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ("parent", "related")
    inlines = [SectionInline]
    readonly_fields = ("open_feedback", "reader_ratings")
    fieldsets = [
        (None, {"fields": ("name", "slug", "summary", "status")}),
        (_("Place in the catalogue"), {"fields": ("category", "parent", "position", "related")}),
        (_("Illustration"), {"fields": ("illustration", "illustration_alt")}),
        (_("Readers' feedback"), {"fields": ("open_feedback", "reader_ratings")}),
    ]

    @admin.display(description=_("open feedback"))
    def open_feedback(self, disorder):
        if disorder.pk is None:
            return "-"
        items = [
            format_html(
                '<li><a href="{}">{}</a>: {} ({})</li>',
                feedback.get_admin_url(),
                feedback.reference,
                feedback.get_kind_display(),
                feedback.get_status_display(),
            )
            for feedback in disorder.feedback.open().order_by("-created_at")[:20]
        ]
        return (
            format_html("<ul>{}</ul>", format_html_join("", "{}", ((item,) for item in items)))
            if items
            else _("None")
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
            format_html(
                "<li>{}: {} {}, {} {}</li>",
                row["language"].upper(),
                row["yes"],
                _("yes"),
                row["no"],
                _("no"),
            )
            for row in counts
        ]
        return (
            format_html("<ul>{}</ul>", format_html_join("", "{}", ((row,) for row in rows)))
            if rows
            else _("No answers yet")
        )
