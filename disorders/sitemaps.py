from django.contrib.sitemaps import Sitemap

from .models import Disorder


class DisorderSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return Disorder.objects.published().order_by("pk")

    def lastmod(self, disorder):
        return disorder.updated_at
