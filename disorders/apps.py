from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DisordersConfig(AppConfig):
    name = "disorders"
    verbose_name = _("Blood disorders")

    def ready(self):
        # After modeltranslation's ready(), so revisions include every language's fields.
        import reversion

        from .models import Disorder, DisorderSection, Source

        reversion.register(DisorderSection)
        reversion.register(Source)
        reversion.register(
            Disorder, follow=["sections", "sources"], exclude=["version", "changed_by"]
        )
