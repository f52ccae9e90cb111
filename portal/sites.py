from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .languages import language_name, translated_languages


class PortalAdminSite(admin.AdminSite):
    site_header = _("Blood Disorders Portal")
    site_title = _("Blood Disorders Portal back office")
    index_title = _("Content and settings")

    def index(self, request, extra_context=None):
        """The index opens with what needs attention, for those allowed to act on it."""
        from disorders.models import Disorder, PendingChange, Source
        from feedback.models import Feedback  # the admin site loads before the apps' models
        from organisations.models import Organisation

        from .links import LinkStatus

        dashboard = {}
        if request.user.has_perm("disorders.view_disorder"):
            published = Disorder.objects.published()
            dashboard["never_reviewed"] = published.filter(reviewed_on__isnull=True).count()
            dashboard["review_overdue"] = published.review_overdue().count()
            dashboard["review_due"] = published.review_due_within(30).count()
            dashboard["translations"] = [
                (
                    name,
                    code,
                    Disorder.objects.translation_missing(code).count(),
                    Disorder.objects.translation_outdated(code).count(),
                )
                for code, name in ((code, language_name(code)) for code in translated_languages())
            ]
        if request.user.has_perm("disorders.publish_disorder") or request.user.has_perm(
            "pages.publish_sitepage"
        ):
            waiting = PendingChange.objects.waiting()
            dashboard["waiting_for_review"] = [
                (
                    label,
                    f"admin:{app}_{model}_changelist",
                    waiting.filter(content_type__app_label=app, content_type__model=model).count(),
                )
                for label, app, model in (
                    (_("Disorders"), "disorders", "disorder"),
                    (_("Site pages"), "pages", "sitepage"),
                )
                if request.user.has_perm(f"{app}.publish_{model}")
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
