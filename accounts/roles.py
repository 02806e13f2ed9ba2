"""The academy's roles as code: groups and their permissions, created by every `migrate`.

Code asks `user.has_perm(...)`, never a group's name; the groups are only how permissions are handed out.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction

LEARNERS = "Learners"
TRAINERS = "Trainers"
ACADEMY_ADMINS = "Academy admins"
# Approve what trainers submit (authoring.review): the review workflow is active only while this group has members.
ACADEMY_REVIEWERS = "Academy reviewers"
# Wagtail's migrations create these two with edit rights over every page in the site; the academy's
# roles replace them, so they are removed while nobody belongs to them, or stripped of rights otherwise.
WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]

ADMIN_ACCESS = "wagtailadmin.access_admin"
REPORT_ON_OWN_COURSES = "tracking.view_reports"
REPORT_ON_EVERY_COURSE = "tracking.view_all_courses_reports"
PUBLISH_WITHOUT_REVIEW = "authoring.publish_without_review"

ROLE_PERMISSIONS = {
    LEARNERS: [],
    TRAINERS: [
        ADMIN_ACCESS,
        REPORT_ON_OWN_COURSES,
        "certificates.view_certificate",
        "certificates.add_coursecertification",
        "certificates.change_coursecertification",
        "certificates.view_coursecertification",
    ],
    ACADEMY_REVIEWERS: [ADMIN_ACCESS, PUBLISH_WITHOUT_REVIEW],
    ACADEMY_ADMINS: [
        ADMIN_ACCESS,
        PUBLISH_WITHOUT_REVIEW,
        REPORT_ON_OWN_COURSES,
        REPORT_ON_EVERY_COURSE,
        "tracking.add_assignment",
        "tracking.change_assignment",
        "tracking.delete_assignment",
        "tracking.view_assignment",
        "accounts.add_organisation",
        "accounts.change_organisation",
        "accounts.delete_organisation",
        "accounts.view_organisation",
        "accounts.add_department",
        "accounts.change_department",
        "accounts.delete_department",
        "accounts.view_department",
        "accounts.add_user",
        "accounts.change_user",
        "accounts.view_user",
        "accounts.approve_membershiprequest",
        "accounts.view_membershiprequest",
        "certificates.view_certificate",
        "certificates.revoke_certificate",
        "certificates.add_coursecertification",
        "certificates.change_coursecertification",
        "certificates.delete_coursecertification",
        "certificates.view_coursecertification",
        # Reasonable adjustments to timed quizzes (quizzes.TimingAdjustment).
        "quizzes.add_timingadjustment",
        "quizzes.change_timingadjustment",
        "quizzes.delete_timingadjustment",
        "quizzes.view_timingadjustment",
        "privacy.view_auditentry",
        "privacy.erase_learner",
        "privacy.view_retentionrun",
        "privacy.change_retentionpolicy",
    ],
}
# Granted on every course catalogue: trainers write courses and publish them when nobody reviews;
# reviewers read drafts and publish what they approve; admins also delete and lock.
ROLE_PAGE_PERMISSIONS = {
    TRAINERS: ["add_page", "change_page", "publish_page"],
    ACADEMY_REVIEWERS: ["change_page", "publish_page"],
    ACADEMY_ADMINS: ["add_page", "change_page", "publish_page", "delete_page", "lock_page", "unlock_page"],
}
# Admins upload and choose everywhere. Trainers have no rights here: each course's owner and trainers get
# them on that course's collection only (authoring.media), so one course's media stay out of another's.
MEDIA_PERMISSIONS = {
    ACADEMY_ADMINS: [
        "add_image",
        "change_image",
        "choose_image",
        "delete_image",
        "add_document",
        "change_document",
        "choose_document",
        "delete_document",
    ],
}


def can_use_admin(user):
    """Whoever can open the Wagtail admin, however the right was granted."""
    return user.is_active and (user.is_superuser or user.has_perm(ADMIN_ACCESS))


def can_report_on_every_course(user):
    return user.is_superuser or user.has_perm(REPORT_ON_EVERY_COURSE)


def permission(dotted_name):
    app_label, codename = dotted_name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def setup_roles():
    """Create or repair the academy's groups; safe to run any number of times."""
    groups = {}
    for name, permission_names in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*(permission(name) for name in permission_names))
        groups[name] = group
    grant_media_permissions(groups)
    CourseIndexPage = apps.get_model("courses", "CourseIndexPage")
    for catalogue in CourseIndexPage.objects.all():
        grant_catalogue_permissions(catalogue)
    retire_wagtail_default_groups()
    setup_review_and_media(groups, catalogues=list(CourseIndexPage.objects.all()))
    return groups


def setup_review_and_media(groups, catalogues):
    from wagtail.models import Page

    from authoring.media import course_trainer_rights_sync
    from authoring.review import review_workflow_setup
    from courses.models import CoursePage

    review_workflow_setup([Page.objects.get(pk=catalogue.pk) for catalogue in catalogues])
    for course in CoursePage.objects.all():
        course_trainer_rights_sync(course=course)


def grant_media_permissions(groups):
    from wagtail.models import Collection, GroupCollectionPermission

    # Wagtail's migration makes the root collection; a test database flush removes it again.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    # Trainers once had rights on every collection; rights on their own courses' collections replace them.
    GroupCollectionPermission.objects.filter(group=groups[TRAINERS]).delete()
    for name, codenames in MEDIA_PERMISSIONS.items():
        for codename in codenames:
            app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name], collection=root, permission=permission(f"{app_label}.{codename}")
            )


def grant_catalogue_permissions(catalogue):
    from wagtail.models import GroupPagePermission

    for name, codenames in ROLE_PAGE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=catalogue, permission=permission(f"wagtailcore.{codename}")
            )


def retire_wagtail_default_groups():
    """Remove Wagtail's Editors and Moderators (rights over every page), and the workflow that needs them."""
    from wagtail.models import GroupApprovalTask, Workflow

    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
        # A task whose only reviewers are this group would strand every page sent to it.
        for task in GroupApprovalTask.objects.filter(groups=group):
            Workflow.objects.filter(workflow_tasks__task=task).update(active=False)
            task.active = False
            task.save(update_fields=["active"])
        if group.user_set.exists():
            group.page_permissions.all().delete()
            group.collection_permissions.all().delete()
            group.permissions.clear()
        else:
            group.delete()


def setup_roles_after_migrate(sender, app_config=None, using="default", **kwargs):
    """Runs once per `migrate` (on the accounts app's signal: apps without models get none), after
    creating every app's permissions, which Django would otherwise only create later in the same run."""
    if app_config is None or app_config.label != "accounts":
        return
    for config in apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using)
    setup_roles()


def grant_roles_on_new_catalogue(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        grant_catalogue_permissions(instance)
        from wagtail.models import Page

        from authoring.review import review_workflow_setup

        review_workflow_setup([Page.objects.get(pk=instance.pk)])


def mark_admin_users_as_staff(user_ids):
    """Reports count everyone without `is_staff` as a learner; Wagtail's user editor grants admin
    access through groups or superuser and never sets the flag, so it is raised here (never lowered)."""
    User = apps.get_model("accounts", "User")
    for user in User.objects.filter(pk__in=user_ids, is_staff=False, is_active=True):
        if can_use_admin(user):
            User.objects.filter(pk=user.pk).update(is_staff=True)


def staff_flag_after_user_save(sender, instance, raw=False, **kwargs):
    if not raw and not instance.is_staff:
        mark_admin_users_as_staff([instance.pk])


def staff_flag_after_group_change(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:  # users added to a group from the group's side
        mark_admin_users_as_staff(pk_set or instance.user_set.values_list("pk", flat=True))
    else:
        mark_admin_users_as_staff([instance.pk])
