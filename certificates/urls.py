"""Learner and public URLs for certificates: my certificates, downloads, verification, issuer keys, status list."""

from django.urls import path

from certificates import views

app_name = "certificates"

urlpatterns = [
    path("my-certificates/", views.my_certificates, name="mine"),
    path("my-certificates/<str:code>/certificate.pdf", views.certificate_pdf, name="pdf"),
    path("my-certificates/<str:code>/open-badge.jwt", views.certificate_credential, name="credential"),
    path("certificates/verify/", views.verify_form, name="verify_form"),
    path("certificates/verify/<str:code>/", views.verify, name="verify"),
    path("certificates/issuer/", views.issuer, name="issuer"),
    path("certificates/issuer/jwks.json", views.issuer_keys, name="jwks"),
    path("certificates/status/<int:list_id>/", views.status_list, name="status_list"),
]
