from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from api import views as api_views
from disorders import views as disorder_views
from disorders.sitemaps import AppointmentSitemap, DisorderSitemap
from organisations.sitemaps import OrganisationSitemap
from pages.sitemaps import SitePageSitemap

from . import views
from .sitemaps import StaticPageSitemap

sitemaps = {
    "static": StaticPageSitemap,
    "pages": SitePageSitemap,
    "disorders": DisorderSitemap,
    "appointments": AppointmentSitemap,
    "organisations": OrganisationSitemap,
}

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", views.healthz, name="healthz"),
    path("healthz/live", views.healthz_live, name="healthz-live"),
    path("healthz/ready", views.healthz_ready, name="healthz-ready"),
    path("", include("monitoring.urls")),
    path("robots.txt", views.robots_txt, name="robots-txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    # The API's language is a query parameter (?lang=nl), not a prefix.
    path("api/", include("api.urls")),
]
urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("disorders/<slug:slug>/", include("feedback.urls")),
    path("disorders/", include("disorders.urls")),
    path("organisations/", include("organisations.urls")),
    path("search/", include("search.urls")),
    path("glossary/", disorder_views.glossary, name="glossary"),
    path("reuse/", api_views.reuse, name="reuse"),
    path("", include("pages.urls")),
)
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler500 = "portal.views.server_error"
