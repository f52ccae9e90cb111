from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class SiteUrlSitemap(Sitemap):
    """Addresses on SITE_URL: Django's sitemaps take the host from the
    request, which a client chooses."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class StaticPageSitemap(SiteUrlSitemap):
    """The site's lists: home, the A-Z index, the directory, the glossary."""

    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return ["home", "disorders:index", "organisations:directory", "glossary"]

    def location(self, name):
        return reverse(name)
