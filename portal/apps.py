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
        from django.contrib.auth.signals import user_login_failed

        from . import checks, invalidation, search, signin  # noqa: F401 (checks registers itself)
        from .models import SitePage

        reversion.register(SitePage)
        search.connect_signals()
        invalidation.connect_signals()
        user_login_failed.connect(signin.record_failure, dispatch_uid="portal.signin")


class PortalAdminConfig(admin_apps.AdminConfig):
    """Installed in place of django.contrib.admin, to use our admin site."""

    default = False  # AdminConfig's default=True would make it the "portal" app
    default_site = "portal.sites.PortalAdminSite"
