"""App config for accounts."""

from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_migrate, post_save
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    # The default for "accounts": this module also holds the Wagtail users config, so say which is ours.
    default = True
    name = "accounts"
    verbose_name = "Accounts"

    def ready(self):
        from . import roles, signals  # noqa: F401
        from .models import User

        post_migrate.connect(roles.setup_roles_after_migrate, dispatch_uid="academy_setup_roles")
        # A lazy sender: roles are granted on every new catalogue without accounts importing courses.
        post_save.connect(roles.grant_roles_on_new_catalogue, sender="courses.CourseIndexPage", dispatch_uid="roles")
        post_save.connect(roles.staff_flag_after_user_save, sender=User, dispatch_uid="academy_staff_flag")
        m2m_changed.connect(
            roles.staff_flag_after_group_change, sender=User.groups.through, dispatch_uid="academy_staff_groups"
        )


class AcademyWagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with the user editor showing organisation, department and role."""

    user_viewset = "accounts.viewsets.AcademyUserViewSet"
