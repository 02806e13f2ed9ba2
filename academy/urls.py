"""URLs: accounts, learner views, health check, Wagtail admin; Wagtail's page tree last."""

from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from academy.routing import serve
from academy.views import healthz, not_found, service_status
from accounts.views import profile_edit

urlpatterns = [
    path("healthz/", healthz, name="healthz"),
    path("status/", service_status, name="service_status"),
    path("accounts/profile/", profile_edit, name="profile_edit"),
    path("accounts/your-data/", include("privacy.urls")),
    path("accounts/", include("allauth.urls")),
    path("", include("courses.urls")),
    path("", include("certificates.urls")),
    # Every sign-in and password reset goes through allauth, so its rate limits and the second
    # factor cannot be sidestepped: Wagtail's own login and reset views are never served.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    re_path(r"^admin/password_reset/", RedirectView.as_view(pattern_name="account_reset_password")),
    path("_util/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    # Wagtail's deliberate error page exists to test error reporting; here it would only be a 500.
    path("admin/failwhale/", not_found),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page URLs, its serve view swapped for one that finds the site and page from the tree cache.
urlpatterns += [pattern for pattern in wagtail_urls.urlpatterns if getattr(pattern, "name", "") != "wagtail_serve"]
urlpatterns += [re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve")]
