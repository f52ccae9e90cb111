from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import SitePage


class SiteUrlSitemap(Sitemap):
    """Addresses on SITE_URL: Django's sitemaps take the host from the
    request, which a client chooses."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class StaticPageSitemap(SiteUrlSitemap):
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
