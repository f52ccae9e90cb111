from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TabbedTranslationAdmin
from reversion.admin import VersionAdmin

from disorders.admin import is_translator_only, not_translated_fields

from .models import Notification, SitePage
from .notifications import send_again


@admin.register(SitePage)
class SitePageAdmin(VersionAdmin, TabbedTranslationAdmin):
    list_display = ("title", "kind", "status", "publish_at", "updated_at")
    list_filter = ("status",)
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
        if not request.user.has_perm("portal.publish_sitepage"):
            readonly += ["status", "publish_at", "unpublish_at"]
        return readonly

    def save_model(self, request, obj, form, change):
        obj.changed_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ("subject", "kind", "status", "attempts", "created_at", "sent_at")
    list_filter = ("status", "kind")
    search_fields = ("subject",)
    actions = ["send_again"]
    readonly_fields = [field.name for field in Notification._meta.fields]

    def has_add_permission(self, request):
        return False  # the site creates them

    def has_change_permission(self, request, obj=None):
        return False  # a record of what was sent; "Send again" is the one change

    @admin.action(description=_("Send again"), permissions=["view"])
    def send_again(self, request, queryset):
        count = send_again(queryset)
        self.message_user(
            request,
            ngettext(
                "%(count)d notification queued to be sent again.",
                "%(count)d notifications queued to be sent again.",
                count,
            )
            % {"count": count},
        )
