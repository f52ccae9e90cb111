from functools import wraps

from django.contrib import admin
from django.core.exceptions import BadRequest
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from .languages import language_name, translated_languages
from .signin import is_slowed


class PortalAdminSite(admin.AdminSite):
    site_header = _("Blood Disorders Portal")
    site_title = _("Blood Disorders Portal back office")
    index_title = _("Content and settings")

    def admin_view(self, view, cacheable=False):
        """A NUL character in a filter or a search makes PostgreSQL refuse the
        query, which would end in a server error: refuse the request first."""
        checked = super().admin_view(view, cacheable)

        @wraps(checked)
        def inner(request, *args, **kwargs):
            if "\x00" in request.path or any(
                "\x00" in key or any("\x00" in value for value in values)
                for key, values in request.GET.lists()
            ):
                raise BadRequest("NUL character in the address")
            return checked(request, *args, **kwargs)

        return inner

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

    def login(self, request, extra_context=None):
        if request.method == "POST" and is_slowed(request, request.POST.get("username", "")):
            return TemplateResponse(
                request, "admin/sign_in_slowed.html", self.each_context(request), status=429
            )
        return super().login(request, extra_context)
