from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import SitePage


class StaticPageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def items(self):
        pages = [
            ("site-page", {"page": kind.replace("_", "-")})
            for kind in SitePage.objects.published().values_list("kind", flat=True)
        ]
        return [
            ("home", {}),
            ("disorders:index", {}),
            ("organisations:directory", {}),
            ("glossary", {}),
            *pages,
        ]

    def location(self, item):
        name, kwargs = item
        return reverse(name, kwargs=kwargs)
