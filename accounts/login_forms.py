"""allauth's sign-in and password forms with our error messages; its own module because allauth's forms import
accounts.forms."""

from allauth.account.forms import (
    ChangePasswordForm,
    LoginForm,
    ResetPasswordForm,
    ResetPasswordKeyForm,
    SetPasswordForm,
)

from .forms import SpecificRequiredMessagesMixin


class AcademyLoginForm(SpecificRequiredMessagesMixin, LoginForm):
    pass


# Each empty field says what to enter, so the error summary's links are not three identical
# "This field is required." (WCAG 2.4.6, 3.3.1).
class AcademyChangePasswordForm(SpecificRequiredMessagesMixin, ChangePasswordForm):
    pass


class AcademySetPasswordForm(SpecificRequiredMessagesMixin, SetPasswordForm):
    pass


class AcademyResetPasswordForm(SpecificRequiredMessagesMixin, ResetPasswordForm):
    pass


class AcademyResetPasswordKeyForm(SpecificRequiredMessagesMixin, ResetPasswordKeyForm):
    pass
