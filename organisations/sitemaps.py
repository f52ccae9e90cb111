from portal.sitemaps import SiteUrlSitemap

from .models import Organisation


class OrganisationSitemap(SiteUrlSitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return Organisation.objects.active().order_by("pk")
