"""Each course's media collection: made when the course is created, where its trainers upload and choose."""

from django.db import transaction
from wagtail.models import Collection

from authoring.models import CourseCollection

COURSE_MEDIA = "Course media"


def course_media_root():
    """The collection every course's own collection sits in; trainers' upload rights are granted here."""
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


def course_collection_of(page):
    """The collection for media used on `page` (a course or a page in one), or None."""
    from courses.models import CoursePage

    course = page if isinstance(page, CoursePage) else CoursePage.objects.ancestor_of(page).first()
    record = CourseCollection.objects.filter(course_id=getattr(course, "pk", None)).select_related("collection").first()
    return record.collection if record else None
