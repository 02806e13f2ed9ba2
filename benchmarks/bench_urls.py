"""The academy's URLs plus the bare authenticated view every page is measured against."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.urls import path

from academy.urls import urlpatterns as academy_urlpatterns


@login_required
def bare(request):
    """The least a signed-in page can cost: the session and the user, no template."""
    return HttpResponse(f"Hello {request.user.pk}", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare, name="bench_bare"), *academy_urlpatterns]
