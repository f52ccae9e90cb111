from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Site pages")

    def ready(self):
        # After modeltranslation's ready(), so revisions include every language's fields.
        import reversion

        from .models import SitePage

        reversion.register(SitePage)
