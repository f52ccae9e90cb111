from django.contrib.sitemaps import Sitemap

from .models import Organisation


class OrganisationSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return Organisation.objects.active().order_by("pk")
