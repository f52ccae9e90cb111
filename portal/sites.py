from functools import wraps

from django.contrib import admin
from django.core.exceptions import BadRequest
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.dashboard_parts = []

    def add_to_dashboard(self, part):
        """part(request) gives what the index shows under "Needs attention" to
        this user, as a dict: empty when they may act on none of it. Lists of
        rows from several parts add up. Each app adds its parts in its admin
        module, so that the site knows none of their models."""
        self.dashboard_parts.append(part)
        return part

    def index(self, request, extra_context=None):
        """The index opens with what needs attention, for those allowed to act on it."""
        dashboard = {}
        for part in self.dashboard_parts:
            for key, value in part(request).items():
                dashboard[key] = (
                    dashboard.get(key, []) + value if isinstance(value, list) else value
                )
        return super().index(request, {"dashboard": dashboard} | (extra_context or {}))

    def login(self, request, extra_context=None):
        if request.method == "POST" and is_slowed(request, request.POST.get("username", "")):
            return TemplateResponse(
                request, "admin/sign_in_slowed.html", self.each_context(request), status=429
            )
        return super().login(request, extra_context)
