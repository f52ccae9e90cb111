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


class AppointmentSitemap(DisorderSitemap):
    """The printable page to take to an appointment, one per disorder page."""

    def location(self, disorder):
        return disorder.get_appointment_url()
