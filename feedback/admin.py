import csv
import datetime
import re

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.core.exceptions import BadRequest
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from search.accents import AccentInsensitiveSearchMixin

from .models import Feedback

REFERENCE = re.compile(r"^\s*FB-\d{4}-(\d+)\s*$", re.IGNORECASE)


class AgeFilter(admin.SimpleListFilter):
    title = _("received")
    parameter_name = "age"
    PERIODS = {"1": (None, 1), "7": (None, 7), "30": (None, 30), "older": (30, None)}

    def lookups(self, request, model_admin):
        return [
            ("1", _("Today")),
            ("7", _("In the last 7 days")),
            ("30", _("In the last 30 days")),
            ("older", _("More than 30 days ago")),
        ]

    def queryset(self, request, queryset):
        if self.value() not in self.PERIODS:
            return queryset
        older_than, newer_than = self.PERIODS[self.value()]
        now = timezone.now()
        if newer_than:
            queryset = queryset.filter(created_at__gte=now - datetime.timedelta(days=newer_than))
        if older_than:
            queryset = queryset.filter(created_at__lt=now - datetime.timedelta(days=older_than))
        return queryset


def _status_action(status):
    def action(modeladmin, request, queryset):
        changed = queryset.set_status(status)
        modeladmin.message_user(
            request,
            ngettext(
                "%(count)d submission marked “%(status)s”.",
                "%(count)d submissions marked “%(status)s”.",
                changed,
            )
            % {"count": changed, "status": Feedback.Status(status).label},
            messages.SUCCESS,
        )

    action.__name__ = f"mark_{status}"
    return admin.action(
        description=_("Mark as: %(status)s") % {"status": Feedback.Status(status).label}
    )(action)


@admin.register(Feedback)
class FeedbackAdmin(AccentInsensitiveSearchMixin, admin.ModelAdmin):
    list_display = (
        "reference_column",
        "page_title",
        "message_excerpt",
        "kind",
        "language",
        "status",
        "assignee",
        "created_at",
    )
    list_filter = ("status", "disorder", "language", "kind", AgeFilter, "assignee")
    list_select_related = ("assignee",)
    search_fields = ("message", "page_title", "section_heading", "email", "name")
    date_hierarchy = "created_at"
    actions = [
        *(_status_action(status) for status in Feedback.Status.values),
        "export_csv",
    ]
    readonly_fields = (
        "reference_column",
        "disorder_link",
        "section_heading",
        "language",
        "kind",
        "message",
        "name",
        "email",
        "consent_given_at",
        "created_at",
        "closed_at",
    )
    fieldsets = [
        (
            None,
            {
                "fields": (
                    "reference_column",
                    "disorder_link",
                    "section_heading",
                    "language",
                    "kind",
                    "message",
                )
            },
        ),
        (_("Reader"), {"fields": ("name", "email", "consent_given_at")}),
        (
            _("Triage"),
            {"fields": ("status", "assignee", "internal_notes", "created_at", "closed_at")},
        ),
    ]

    def has_add_permission(self, request):
        return False  # submissions come from readers only

    def changelist_view(self, request, extra_context=None):
        """The admin turns ?created_at__year= into a range ending a year later,
        and into aware times: near datetime's limits (year 9999, year 1 east
        of UTC) that overflows into a server error. No submission is that old."""
        year = request.GET.get("created_at__year")
        if year is not None and not (
            re.fullmatch(r"[0-9]{4}", year) and 1900 <= int(year) < datetime.MAXYEAR
        ):
            raise BadRequest("Year out of range")
        return super().changelist_view(request, extra_context)

    def get_search_results(self, request, queryset, search_term):
        """A reference number such as FB-2026-000123 finds its submission."""
        if match := REFERENCE.match(search_term):
            return queryset.filter(pk=int(match.group(1))), False
        return super().get_search_results(request, queryset, search_term)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assignee":
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("reference"), ordering="pk")
    def reference_column(self, feedback):
        return feedback.reference

    @admin.display(description=_("message"))
    def message_excerpt(self, feedback):
        return Truncator(feedback.message).chars(80)

    @admin.display(description=_("page"))
    def disorder_link(self, feedback):
        if feedback.disorder_id is None:
            return feedback.page_title
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:disorders_disorder_change", args=[feedback.disorder_id]),
            feedback.page_title,
        )

    @admin.action(description=_("Export the selected submissions as CSV"))
    def export_csv(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="feedback.csv"'
        response.write("\ufeff")  # lets spreadsheet programs detect UTF-8
        writer = csv.writer(response)
        writer.writerow(
            [
                "reference",
                "received",
                "page",
                "section",
                "language",
                "kind",
                "status",
                "assignee",
                "message",
            ]
        )
        for feedback in queryset.select_related("assignee"):
            writer.writerow(
                # Page titles, headings and user names are typed by people
                # too: no column may run as a formula in a spreadsheet.
                _spreadsheet_safe(str(value))
                for value in [
                    feedback.reference,
                    timezone.localtime(feedback.created_at).isoformat(timespec="minutes"),
                    feedback.page_title,
                    feedback.section_heading,
                    feedback.language,
                    feedback.get_kind_display(),
                    feedback.get_status_display(),
                    feedback.assignee.get_username() if feedback.assignee else "",
                    feedback.message,
                ]
            )
        return response


def _spreadsheet_safe(text):
    """Text must not run as a formula when staff open the file (OWASP's
    CSV injection advice: a leading quote makes the cell plain text)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@admin.site.add_to_dashboard
def new_feedback(request):
    if not request.user.has_perm("feedback.view_feedback"):
        return {}
    return {"new_feedback_count": Feedback.objects.new().count()}
