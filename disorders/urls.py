from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "disorders"
urlpatterns = [
    path("", views.disorder_index, name="index"),
    path("<slug:slug>/", views.disorder_detail, name="detail"),
    path(
        _("<slug:slug>/appointment/"),
        views.disorder_appointment,
        name="appointment",
    ),
]
