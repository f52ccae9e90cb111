from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class StaticPageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return ["home", "disorders:index", "organisations:directory"]

    def location(self, name):
        return reverse(name)
