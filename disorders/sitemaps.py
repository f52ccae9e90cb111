from portal.sitemaps import SiteUrlSitemap

from .models import Disorder


class DisorderSitemap(SiteUrlSitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return Disorder.objects.published().order_by("pk")

    def lastmod(self, disorder):
        return disorder.updated_at
