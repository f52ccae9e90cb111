from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DisordersConfig(AppConfig):
    name = "disorders"
    verbose_name = _("Blood disorders")
