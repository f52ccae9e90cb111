from django.urls import path, re_path

from . import views
from .definitions import ID_PATTERN

app_name = "api"
urlpatterns = [
    path("v1/", views.index, name="index"),
    path("v1/schema/", views.schema, name="schema"),
    path("v1/disorders/", views.disorder_list, name="disorder-list"),
    re_path(
        rf"^v1/disorders/(?P<id>{ID_PATTERN})/$", views.disorder_detail, name="disorder-detail"
    ),
    path("v1/organisations/", views.organisation_list, name="organisation-list"),
    re_path(
        rf"^v1/organisations/(?P<id>{ID_PATTERN})/$",
        views.organisation_detail,
        name="organisation-detail",
    ),
    path("v1/glossary/", views.glossary, name="glossary"),
    # Last: any other address under /api/ answers a JSON 404.
    re_path(r"^(?P<path>.*)$", views.not_found, name="not-found"),
]
