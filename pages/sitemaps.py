from django.urls import reverse

from portal.sitemaps import SiteUrlSitemap

from .models import SitePage


class SitePageSitemap(SiteUrlSitemap):
    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return list(SitePage.objects.published().values_list("kind", flat=True))

    def location(self, kind):
        return reverse("pages:detail", kwargs={"page": kind.replace("_", "-")})
