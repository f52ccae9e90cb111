"""The translation side of the disorder admin: which pages need Dutch or
French, the action that confirms a translation, and the overview page."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.languages import language_name, translated_languages

from .models import Disorder

STATUS_LABELS = {"missing": _("Missing"), "outdated": _("Outdated"), "up_to_date": _("Up to date")}


class TranslationStatusFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        return [
            (f"{state}-{code}", label % {"language": language_name(code)})
            for code in translated_languages()
            for state, label in (
                ("missing", _("%(language)s missing")),
                ("outdated", _("%(language)s outdated")),
            )
        ]

    def queryset(self, request, queryset):
        state, _dash, code = (self.value() or "").partition("-")
        if code not in translated_languages():
            return queryset
        if state == "missing":
            return queryset.translation_missing(code)
        if state == "outdated":
            return queryset.translation_outdated(code)
        return queryset


def translation_column(language):
    """A changelist column with the state of one language's translation."""

    @admin.display(description=language_name(language))
    def column(disorder):
        return STATUS_LABELS[disorder.translation_status(language)]

    column.__name__ = f"translation_{language}"
    return column


def confirm_translation_actions():
    """One admin action per translated language: "the translation is up to date"."""
    return [_confirm_action(code) for code in translated_languages()]


def _confirm_action(language):
    @admin.action(
        description=_("Confirm the translation is up to date: %(language)s")
        % {"language": language_name(language)},
        permissions=["change"],
    )
    def confirm(model_admin, request, queryset):
        confirm_translation(model_admin, request, queryset, language)

    confirm.__name__ = f"confirm_{language}_translation"
    return confirm


def confirm_translation(model_admin, request, queryset, language):
    complete = queryset.exclude(pk__in=queryset.translation_missing(language).values("pk"))
    count = complete.update(**{f"translated_{language}_at": timezone.now()})
    skipped = queryset.count() - count
    model_admin.message_user(
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
        model_admin.message_user(
            request,
            ngettext(
                "%(count)d page was skipped because its translation is missing.",
                "%(count)d pages were skipped because their translation is missing.",
                skipped,
            )
            % {"count": skipped},
            messages.WARNING,
        )


def overview_view(model_admin, request):
    """Every disorder with the state of each translation, those needing work first."""
    if not model_admin.has_view_or_change_permission(request):
        raise PermissionDenied
    disorders = Disorder.objects.select_related("parent").order_by("name_en")
    rows = [
        {
            "disorder": disorder,
            "statuses": [
                (code, STATUS_LABELS[disorder.translation_status(code)])
                for code in translated_languages()
            ],
            "needs_work": any(
                disorder.translation_status(code) != "up_to_date" for code in translated_languages()
            ),
        }
        for disorder in disorders
    ]
    rows.sort(key=lambda row: not row["needs_work"])
    context = model_admin.admin_site.each_context(request) | {
        "title": _("Translation status"),
        "opts": model_admin.opts,
        "rows": rows,
        "languages": [language_name(code) for code in translated_languages()],
    }
    return TemplateResponse(request, "admin/disorders/translation_overview.html", context)
