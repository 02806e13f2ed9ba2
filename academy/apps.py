"""App config for the project package: shared template tags, static files, and the academy's roles."""

from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_migrate, post_save


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = "Academy"

    def ready(self):
        from academy import roles
        from accounts.models import User
        from courses.models import CourseIndexPage

        post_migrate.connect(roles.setup_roles_after_migrate, dispatch_uid="academy_setup_roles")
        post_save.connect(roles.grant_roles_on_new_catalogue, sender=CourseIndexPage, dispatch_uid="academy_roles")
        post_save.connect(roles.staff_flag_after_user_save, sender=User, dispatch_uid="academy_staff_flag")
        m2m_changed.connect(
            roles.staff_flag_after_group_change, sender=User.groups.through, dispatch_uid="academy_staff_groups"
        )
