"""Staff must have a second factor before the Wagtail admin opens."""

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse


class StaffTwoFactorRequiredMiddleware:
    """Trainers and admins without TOTP are sent to set it up; allauth then asks for it at every sign-in."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        user = request.user
        if (
            request.path.startswith(self.admin_prefix)
            and user.is_authenticated
            and user.is_staff
            and not is_mfa_enabled(user, [Authenticator.Type.TOTP])
        ):
            messages.warning(request, "Staff accounts must set up two-factor authentication before using the admin.")
            return redirect("mfa_activate_totp")
        return self.get_response(request)
