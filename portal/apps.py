from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    default = True
    name = "portal"
    verbose_name = _("Portal")


class PortalAdminConfig(admin_apps.AdminConfig):
    """Installed in place of django.contrib.admin, to use our admin site."""

    default = False  # AdminConfig's default=True would make it the "portal" app
    default_site = "portal.sites.PortalAdminSite"
