from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DisordersConfig(AppConfig):
    name = "disorders"
    verbose_name = _("Blood disorders")

    def ready(self):
        # After modeltranslation's ready(), so revisions include every language's fields.
        import reversion
        from django.db import transaction
        from django.db.models.signals import post_delete, post_save

        from .glossary import glossary_changed
        from .models import Disorder, DisorderSection, GlossaryTerm, Source

        reversion.register(DisorderSection)
        reversion.register(Source)
        reversion.register(
            Disorder, follow=["sections", "sources"], exclude=["version", "changed_by"]
        )
        for signal in (post_save, post_delete):
            # After the commit: a page drawn before it must not cache old terms as new.
            signal.connect(
                lambda **kwargs: transaction.on_commit(glossary_changed),
                sender=GlossaryTerm,
                weak=False,
            )
