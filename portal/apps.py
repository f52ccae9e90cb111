from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    default = True
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        # After modeltranslation's ready(), so revisions include every language's fields.
        import reversion

        from . import checks, invalidation, search  # noqa: F401 (checks registers itself)
        from .models import SitePage

        reversion.register(SitePage)
        search.connect_signals()
        invalidation.connect_signals()


class PortalAdminConfig(admin_apps.AdminConfig):
    """Installed in place of django.contrib.admin, to use our admin site."""

    default = False  # AdminConfig's default=True would make it the "portal" app
    default_site = "portal.sites.PortalAdminSite"
