from django.urls import path

from . import views

app_name = "feedback"
urlpatterns = [
    path("feedback/", views.feedback_create, name="create"),
    path("feedback/thanks/", views.feedback_thanks, name="thanks"),
    path("helpful/", views.helpful_vote, name="helpful"),
]
