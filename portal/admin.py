from django.contrib import admin
from django.utils.translation import gettext_lazy as _


class PortalAdminSite(admin.AdminSite):
    site_header = _("Blood Disorders Portal")
    site_title = _("Blood Disorders Portal back office")
    index_title = _("Content and settings")

    def index(self, request, extra_context=None):
        """The index opens with what needs attention, for those allowed to act on it."""
        from feedback.models import Feedback  # the admin site loads before the apps' models

        dashboard = {}
        if request.user.has_perm("feedback.view_feedback"):
            dashboard["new_feedback_count"] = Feedback.objects.new().count()
        return super().index(request, {"dashboard": dashboard} | (extra_context or {}))
