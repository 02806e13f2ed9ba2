"""App config for accounts."""

from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Accounts"


class AcademyWagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with the user editor showing organisation, department and role."""

    user_viewset = "accounts.viewsets.AcademyUserViewSet"
