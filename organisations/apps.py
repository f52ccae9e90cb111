from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "organisations"
    verbose_name = _("Patient organisations")

    def ready(self):
        from addresses.signals import keep_old_addresses

        from .models import Organisation

        keep_old_addresses(Organisation, is_public=lambda old: old.is_active)
