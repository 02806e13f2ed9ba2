"""The admin opens only to a session that passed the second factor, whoever signed it in."""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse

from accounts.roles import can_use_admin

# Wagtail admin paths that need no signed-in user (its icon sprite, translations) or that we
# redirect to allauth ourselves (login, password reset).
ADMIN_PATHS_WITHOUT_SIGN_IN = ("sprite/", "jsi18n/", "login/", "password_reset/")


def session_passed_second_factor(request):
    """True when this session's user gave a TOTP or recovery code, not merely when they have one set up."""
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, request.user))


class StaffTwoFactorRequiredMiddleware:
    """Anyone who can reach the Wagtail admin must have TOTP set up and have used it in this session.

    The rule keys on admin access (superuser or `wagtailadmin.access_admin`, however it was granted:
    `is_staff` is never set by Wagtail's user editor), and on the session's authentication record, so a
    session signed in by any other path (a password alone) is asked for the code before any admin page.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("wagtailadmin_home")
        if self.is_guarded_admin_path(request.path) and request.user.is_authenticated:
            refusal = self.refusal(request)
            if refusal is not None:
                return refusal
        return self.get_response(request)

    def is_guarded_admin_path(self, path):
        if not path.startswith(self.admin_prefix):
            return False
        return not path[len(self.admin_prefix) :].startswith(ADMIN_PATHS_WITHOUT_SIGN_IN)

    def refusal(self, request):
        user = request.user
        if not can_use_admin(user):
            return None  # Wagtail itself refuses them; nothing to protect here.
        if not is_mfa_enabled(user, [Authenticator.Type.TOTP]):
            messages.warning(request, "Set up two-factor authentication before using the admin.")
            return redirect("mfa_activate_totp")
        if not session_passed_second_factor(request):
            messages.info(request, "Enter the code from your authenticator app to open the admin.")
            return redirect_to_login(request.get_full_path(), login_url=reverse("mfa_reauthenticate"))
        return None
