"""Each course's media collection, and its trainers' rights there: made with the course, kept in step with it.

A course's owner and trainers upload, edit and choose images and documents in that course's collection only.
Their rights are a Wagtail group per course holding collection permissions, whose members follow the course's
owner and Trainers field: adding a trainer grants the rights, removing one takes them away.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission

from authoring.models import CourseCollection

COURSE_MEDIA = "Course media"
COURSE_TRAINER_MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


def course_media_root():
    """The collection every course's own collection sits in."""
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    existing = root.get_children().filter(name=COURSE_MEDIA).first()
    return existing or root.add_child(name=COURSE_MEDIA)


@transaction.atomic
def course_collection_ensure(*, course):
    """The course's collection, made on first call and renamed to follow the course's title."""
    record = CourseCollection.objects.select_related("collection").filter(course_id=course.pk).first()
    if record is not None:
        if record.collection.name != course.title[:255]:
            record.collection.name = course.title[:255]
            record.collection.save(update_fields=["name"])
        return record.collection
    collection = course_media_root().add_child(name=course.title[:255])
    CourseCollection.objects.create(course_id=course.pk, collection=collection)
    return collection


def trainers_group_name(course):
    # Group names are unique and at most 150 characters; the id keeps two courses of the same title apart.
    return f"Trainers of course {course.pk}: {course.title}"[:150]


@transaction.atomic
def course_trainer_rights_sync(*, course):
    """Give the course's owner and trainers (as saved) the course collection's rights, and nobody else."""
    collection = course_collection_ensure(course=course)
    record = CourseCollection.objects.select_related("trainers_group").get(course_id=course.pk)
    group = record.trainers_group
    if group is None:
        group, _ = Group.objects.get_or_create(name=trainers_group_name(course))
        record.trainers_group = group
        record.save(update_fields=["trainers_group"])
    elif group.name != trainers_group_name(course):
        group.name = trainers_group_name(course)
        group.save(update_fields=["name"])
    for app_label, codename in COURSE_TRAINER_MEDIA_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)
    group.user_set.set(course_trainer_ids(course))
    return group


def course_trainer_ids(course):
    from courses.models import CoursePage, CourseTrainer

    trainer_ids = set(CourseTrainer.objects.filter(course_id=course.pk).values_list("user_id", flat=True))
    owner_id = CoursePage.objects.filter(pk=course.pk).values_list("owner_id", flat=True).first()
    return trainer_ids | ({owner_id} if owner_id else set())


def course_collection_of(page):
    """The collection for media used on `page` (a course or a page in one), or None."""
    from courses.models import CoursePage

    course = page if isinstance(page, CoursePage) else CoursePage.objects.ancestor_of(page).first()
    record = CourseCollection.objects.filter(course_id=getattr(course, "pk", None)).select_related("collection").first()
    return record.collection if record else None
