"""App config for accounts."""

from django.apps import AppConfig
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    # The default for "accounts": this module also holds the Wagtail users config, so say which is ours.
    default = True
    name = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        from . import signals  # noqa: F401


class AcademyWagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with the user editor showing organisation, department and role."""

    user_viewset = "accounts.viewsets.AcademyUserViewSet"
