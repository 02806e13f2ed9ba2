"""Learner URLs for their own data (subject access)."""

from django.urls import path

from privacy import views

app_name = "privacy"

urlpatterns = [
    path("", views.your_data, name="your_data"),
    path("request/", views.your_data_request, name="your_data_request"),
    path("<int:export_id>/download/", views.your_data_download, name="your_data_download"),
]
