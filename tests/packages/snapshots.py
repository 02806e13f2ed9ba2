"""A course as comparable plain data: page tree, fields, block content and question banks, ids left out."""

import re

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from courses.models import CoursePage, LessonPage, ModulePage
from packages import quiz_adapter

BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')


def without_ids(value, lesson_slugs):
    """Raw StreamField data with block ids and rich-text block keys dropped, links and media made portable."""
    if isinstance(value, list):
        return [without_ids(item, lesson_slugs) for item in value]
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if key == "id":
                continue
            if key == "revise_lesson":
                item = lesson_slugs.get(item)
            elif key == "image" and isinstance(item, int):
                item = media_key(get_image_model(), item)
            elif key == "document" and isinstance(item, int):
                item = media_key(get_document_model(), item)
            result[key] = without_ids(item, lesson_slugs)
        return result
    if isinstance(value, str):
        return BLOCK_KEY.sub("", value)
    return value


def media_key(model, pk):
    item = model.objects.get(pk=pk)
    return (item.title, item.get_file_hash())


def page_snapshot(page, lesson_slugs):
    page = page.specific.get_latest_revision_as_object()
    row = {"type": type(page).__name__, "title": page.title, "slug": page.slug}
    if isinstance(page, CoursePage):
        row.update(
            {name: getattr(page, name) for name in ("summary", "topic", "level", "estimated_minutes")},
            overview=BLOCK_KEY.sub("", page.overview),
            outcomes=without_ids(list(page.learning_outcomes.raw_data), lesson_slugs),
            trainers=sorted(row.user.email for row in page.course_trainers.all()),
        )
    elif isinstance(page, ModulePage):
        row["summary"] = page.summary
    elif isinstance(page, LessonPage):
        row.update(summary=page.summary, minutes=page.estimated_minutes)
        row["body"] = without_ids(list(page.body.raw_data), lesson_slugs)
    elif quiz_adapter.is_quiz(page):
        row.update({name: getattr(page, name) for name in quiz_adapter.QUIZ_SETTINGS})
        row["intro"] = BLOCK_KEY.sub("", page.intro)
        row["questions"] = without_ids(list(page.questions.raw_data), lesson_slugs)
    row["children"] = [page_snapshot(child, lesson_slugs) for child in page.get_children()]
    return row


def course_snapshot(course):
    lesson_slugs = dict(LessonPage.objects.descendant_of(course).values_list("pk", "slug"))
    return page_snapshot(course, lesson_slugs)
