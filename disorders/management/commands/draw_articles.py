from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.management.base import BaseCommand
from django.test import RequestFactory
from django.utils import translation

from disorders.models import Disorder
from disorders.views import article, page_name
from pagecache import fragments


class Command(BaseCommand):
    help = (
        "Draws and stores the page of every published disorder in every language, "
        "so that the first readers after a release do not wait for it, and deletes "
        "what earlier releases stored. Run it in the release step, after migrate and "
        "collectstatic; pages already current are left as they are."
    )

    def handle(self, *args, **options):
        addresses = 0
        for disorder in Disorder.objects.published().for_address():
            for language, _name in settings.LANGUAGES:
                with translation.override(language):
                    slug = disorder.slug
                    if fragments.current(page_name(slug)) is None:
                        # The page at this address, as the view finds it: an
                        # English fallback slug may be another disorder's own.
                        shown = Disorder.objects.for_address().live_for_slug(slug)
                        if shown is None:
                            continue
                        request = RequestFactory().get(shown.get_absolute_url())
                        request.user = AnonymousUser()
                        article(request, shown, slug)
                    addresses += 1
        fragments.forget_other_releases()
        return f"{addresses} pages current."
