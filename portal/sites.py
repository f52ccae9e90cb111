from django.contrib import admin
from django.utils.translation import gettext_lazy as _


class PortalAdminSite(admin.AdminSite):
    site_header = _("Blood Disorders Portal")
    site_title = _("Blood Disorders Portal back office")
    index_title = _("Content and settings")

    def index(self, request, extra_context=None):
        """The index opens with what needs attention, for those allowed to act on it."""
        from disorders.models import Disorder, Source
        from feedback.models import Feedback  # the admin site loads before the apps' models
        from organisations.models import Organisation

        from .links import LinkStatus

        dashboard = {}
        if request.user.has_perm("disorders.view_disorder"):
            dashboard["review_overdue"] = Disorder.objects.review_overdue().count()
            dashboard["review_due"] = Disorder.objects.review_due_within(30).count()
            dashboard["translations"] = [
                (
                    name,
                    code,
                    Disorder.objects.translation_missing(code).count(),
                    Disorder.objects.translation_outdated(code).count(),
                )
                for code, name in (("nl", _("Dutch")), ("fr", _("French")))
            ]
        if request.user.has_perm("disorders.view_disorder"):
            dashboard["source_links"] = {
                status: Source.objects.filter(link_status=status).count()
                for status in (LinkStatus.BROKEN, LinkStatus.REDIRECTED)
            }
        if request.user.has_perm("organisations.view_organisation"):
            dashboard["website_links"] = {
                status: Organisation.objects.filter(link_status=status).count()
                for status in (LinkStatus.BROKEN, LinkStatus.REDIRECTED)
            }
        if request.user.has_perm("feedback.view_feedback"):
            dashboard["new_feedback_count"] = Feedback.objects.new().count()
        return super().index(request, {"dashboard": dashboard} | (extra_context or {}))
