"""Admin URLs for the academy reports (each with a results URL for Wagtail's live filtering)."""

from django.urls import path

from tracking import views

app_name = "tracking_reports"

urlpatterns = [
    path("learners/<int:user_id>/", views.learner_detail, name="learner"),
    path("exports/<int:export_id>/", views.export_status, name="export"),
    path("exports/<int:export_id>/download/", views.export_download, name="export_download"),
    path("exports/<int:export_id>/retry/", views.export_retry, name="export_retry"),
]
for slug, report in views.REPORTS.items():
    urlpatterns += [
        path(f"{slug}/", report.as_view(), name=slug),
        path(f"{slug}/results/", report.as_view(results_only=True), name=f"{slug}_results"),
    ]
