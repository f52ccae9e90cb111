from django.urls import re_path

from . import views

app_name = "pages"
urlpatterns = [
    re_path(
        r"^(?P<page>about|editorial-policy|privacy|accessibility|funding)/$",
        views.detail,
        name="detail",
    ),
]
