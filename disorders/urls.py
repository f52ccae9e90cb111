from django.urls import path

from . import views

app_name = "disorders"
urlpatterns = [
    path("", views.disorder_index, name="index"),
    path("<slug:slug>/", views.disorder_detail, name="detail"),
]
