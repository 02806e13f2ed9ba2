"""allauth's login form with our error messages; its own module because allauth's forms import accounts.forms."""

from allauth.account.forms import LoginForm

from .forms import SpecificRequiredMessagesMixin


class AcademyLoginForm(SpecificRequiredMessagesMixin, LoginForm):
    pass
