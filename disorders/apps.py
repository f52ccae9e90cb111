from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DisordersConfig(AppConfig):
    name = "disorders"
    verbose_name = _("Blood disorders")

    def ready(self):
        # After modeltranslation's ready(), so revisions include every language's fields.
        import reversion

        from addresses.signals import keep_old_addresses

        from .models import Disorder, DisorderSection, Source

        keep_old_addresses(
            Disorder, is_public=lambda old: Disorder.objects.published().filter(pk=old.pk).exists()
        )

        reversion.register(DisorderSection)
        reversion.register(Source)
        reversion.register(
            Disorder, follow=["sections", "sources"], exclude=["version", "changed_by"]
        )
