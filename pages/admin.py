from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin

from disorders.dashboard import waiting_for_review
from disorders.review_screens import ReviewedPublishingAdmin, WaitingForReviewFilter
from disorders.translate_admin import TranslationScreenAdmin
from portal.roles import is_translator_only, not_translated_fields

from .models import SitePage
from .views import detail


@admin.register(SitePage)
class SitePageAdmin(
    TranslationScreenAdmin, ReviewedPublishingAdmin, VersionAdmin, TabbedTranslationAdmin
):
    class Media:
        css = {"all": ["admin-extra/portal-admin.css"]}

    list_display = ("title", "kind", "status", "publish_at", "updated_at")
    list_filter = ("status", WaitingForReviewFilter)
    fieldsets = [
        (None, {"fields": ("kind", "title", "body")}),
        (_("Publishing"), {"fields": ("status", "publish_at", "unpublish_at")}),
    ]

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) or is_translator_only(request, self.opts)

    def get_readonly_fields(self, request, obj=None):
        if is_translator_only(request, self.opts):
            every_field = [name for fieldset in self.fieldsets for name in fieldset[1]["fields"]]
            return not_translated_fields(self, every_field)
        readonly = ["kind"] if obj else []
        if not request.user.has_perm("pages.publish_sitepage"):
            readonly += ["status", "publish_at", "unpublish_at"]
        return readonly

    def save_model(self, request, obj, form, change):
        obj.changed_by = request.user
        super().save_model(request, obj, form, change)

    def public_view(self, request, page):
        return detail(request, page.kind.replace("_", "-"))


admin.site.add_to_dashboard(waiting_for_review(_("Site pages"), SitePage))
