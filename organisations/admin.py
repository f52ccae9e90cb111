from django.contrib import admin, messages
from django.forms import CheckboxSelectMultiple
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin

from disorders.translate_admin import TranslationScreenAdmin, TranslatorAdminMixin
from linkcheck.models import LinkStatus
from pagecache.signals import organisations_changed
from search.accents import AccentInsensitiveSearchMixin

from .forms import OrganisationAdminForm
from .models import Organisation


class StaleFilter(admin.SimpleListFilter):
    title = _("contact details")
    parameter_name = "contact"

    def lookups(self, request, model_admin):
        return [
            ("stale", _("Not verified for 12 months")),
            ("current", _("Verified in the last 12 months")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "stale":
            return queryset.stale()
        if self.value() == "current":
            return queryset.exclude(pk__in=queryset.stale().values("pk"))
        return queryset


@admin.register(Organisation)
class OrganisationAdmin(
    TranslationScreenAdmin,
    TranslatorAdminMixin,
    AccentInsensitiveSearchMixin,
    TabbedTranslationAdmin,
):
    change_form_template = "admin/translate/change_form.html"
    form = OrganisationAdminForm
    list_display = ("name", "region", "working_languages", "is_active", "contact_verified_on")
    list_filter = ("languages", "region", "disorders", "is_active", StaleFilter, "link_status")
    search_fields = ("name_en", "name_nl", "name_fr", "description_en", "email", "website")
    prepopulated_fields = {"slug": ("name_en",)}
    autocomplete_fields = ("disorders",)
    actions = ["mark_verified_today"]
    readonly_fields = ("link_status", "link_detail", "link_checked_at")
    fieldsets = [
        (None, {"fields": ("name", "slug", "description", "languages", "region", "is_active")}),
        (
            _("Contact details"),
            {"fields": ("website", "email", "phone", "address", "contact_verified_on")},
        ),
        (
            _("Website check"),
            {"fields": ("link_status", "link_detail", "link_checked_at")},
        ),
        (_("Logo"), {"fields": ("logo", "logo_alt")}),
        (_("Disorders"), {"fields": ("disorders",)}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("languages")

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "languages":
            kwargs["widget"] = CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description=_("working languages"))
    def working_languages(self, organisation):
        return ", ".join(str(language) for language in organisation.languages.all())

    @admin.action(description=_("Mark contact details as verified today"))
    def mark_verified_today(self, request, queryset):
        count = queryset.update(contact_verified_on=timezone.localdate())
        # update() sends no signal; the organisation pages show the date.
        organisations_changed(queryset.values_list("pk", flat=True))
        self.message_user(
            request,
            ngettext(
                "Contact details of %(count)d organisation marked as verified today.",
                "Contact details of %(count)d organisations marked as verified today.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


@admin.site.add_to_dashboard
def website_links(request):
    if not request.user.has_perm("organisations.view_organisation"):
        return {}
    return {
        "website_links": {
            status: Organisation.objects.filter(link_status=status).count()
            for status in (LinkStatus.BROKEN, LinkStatus.REDIRECTED)
        }
    }
