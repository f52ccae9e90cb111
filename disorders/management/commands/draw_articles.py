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
        "Draws and stores the article of every published disorder in every language, "
        "so that the first readers after a release do not wait for it. Run it in the "
        "release step, after migrate and collectstatic; articles already current are "
        "left as they are."
    )

    def handle(self, *args, **options):
        count = 0
        for disorder in Disorder.objects.published().for_address():
            for language, _name in settings.LANGUAGES:
                with translation.override(language):
                    request = RequestFactory().get(disorder.get_absolute_url())
                    request.user = AnonymousUser()
                    if fragments.current(page_name(disorder.slug)) is None:
                        article(request, disorder, disorder.slug)
                    count += 1
        fragments.forget_other_releases()
        return f"{count} articles current."
