from django.contrib import admin
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
    fieldsets = [
        (None, {"fields": ("name", "slug", "summary", "status")}),
        (_("Place in the catalogue"), {"fields": ("category", "parent", "position", "related")}),
        (_("Illustration"), {"fields": ("illustration", "illustration_alt")}),
    ]
