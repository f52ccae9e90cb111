from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class StaticPageSitemap(Sitemap):
    """The site's lists: home, the A-Z index, the directory, the glossary."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return ["home", "disorders:index", "organisations:directory", "glossary"]

    def location(self, name):
        return reverse(name)
