from pathlib import Path

from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


def keep_sqlite_files_private(sender, connection, **kwargs):
    """The SQLite database holds password hashes and readers' e-mail
    addresses, yet SQLite creates it (and its -wal and -shm files) with the
    process's umask, which the service keeps at 0022 so that nginx can read
    uploads. Readable by the service user only, then."""
    if connection.vendor != "sqlite" or connection.is_in_memory_db():
        return
    database = Path(connection.settings_dict["NAME"])
    for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        try:
            if path.stat().st_mode & 0o077:
                path.chmod(0o600)
        except FileNotFoundError:
            pass


class PortalConfig(AppConfig):
    default = True
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.contrib.auth.signals import user_login_failed

        from . import checks, signin  # noqa: F401 (checks registers itself)

        user_login_failed.connect(signin.record_failure, dispatch_uid="portal.signin")
        connection_created.connect(keep_sqlite_files_private, dispatch_uid="portal.sqlite-files")


class PortalAdminConfig(admin_apps.AdminConfig):
    """Installed in place of django.contrib.admin, to use our admin site."""

    default = False  # AdminConfig's default=True would make it the "portal" app
    default_site = "portal.sites.PortalAdminSite"
