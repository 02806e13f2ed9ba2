"""The cached page tree never shows a learner yesterday's course: each change shows on the very next request.

Every test first reads the pages once, so the course's structure, its routes and the site are in the cache,
then changes the tree as an editor would and reads again.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from academy import tree_cache
from courses.models import LessonPage, ModulePage
from courses.services import enrolment_create
from tests.courses.factories import lessons_of, paragraph_body


@pytest.fixture
def enrolled(learner, course, learner_client):
    """The learner on the course (two modules of two lessons), with its pages read once to fill the cache."""
    enrolment_create(user=learner, course=course)
    warm(learner_client, course)
    return course


def warm(client, course):
    for url in [course.url, lessons_of(course)[0].url, lessons_of(course)[0].get_parent().url, "/my-learning/"]:
        assert client.get(url).status_code == 200


def modules_of(course):
    return list(ModulePage.objects.child_of(course).order_by("path"))


def text(response):
    assert response.status_code == 200
    return response.content.decode()


def test_a_lesson_published_shows_in_the_outline_and_is_served(learner_client, enrolled):
    lesson = LessonPage(title="Lesson 1.3 new", slug="lesson-1-3", body=paragraph_body(), live=False)
    modules_of(enrolled)[0].add_child(instance=lesson)
    assert "Lesson 1.3 new" not in text(learner_client.get(enrolled.url))  # a draft is not in the outline

    lesson.save_revision().publish()

    assert "Lesson 1.3 new" in text(learner_client.get(enrolled.url))
    assert "Step 3 of 5" in text(learner_client.get(lesson.url))


def test_a_new_title_published_shows_everywhere_the_outline_does(learner_client, enrolled):
    lesson = lessons_of(enrolled)[1]
    lesson.title = "Opening offers"
    lesson.save_revision().publish()

    assert "Opening offers" in text(learner_client.get(enrolled.url))
    assert "Opening offers" in text(learner_client.get(lessons_of(enrolled)[0].url))  # the "Next" link
    assert "Opening offers" in text(learner_client.get(modules_of(enrolled)[0].url))


def test_a_lesson_body_republished_is_what_the_lesson_page_shows_next(learner_client, enrolled):
    """The page served comes from the tree cache too: its own new content shows on the next request."""
    lesson = lessons_of(enrolled)[0]
    assert "Walk-away point" not in text(learner_client.get(lesson.url))
    lesson.body = paragraph_body("<p>Know your walk-away point before the first meeting.</p>")
    lesson.save_revision().publish()

    assert "Know your walk-away point" in text(learner_client.get(lesson.url))


def test_a_course_retitled_shows_on_the_home_page_the_catalogue_and_its_lessons(learner_client, enrolled):
    for url in ["/", "/courses/"]:
        assert learner_client.get(url).status_code == 200  # cached before the change
    enrolled.title = "Negotiating outsourced services"
    enrolled.save_revision().publish()

    for url in ["/", "/courses/", enrolled.url, lessons_of(enrolled)[0].url]:
        assert "Negotiating outsourced services" in text(learner_client.get(url)), url


def test_a_course_unpublished_leaves_the_catalogue_and_its_lessons_are_not_found(learner_client, enrolled):
    assert enrolled.title in text(learner_client.get("/courses/"))
    lesson_url = lessons_of(enrolled)[0].url
    enrolled.unpublish()

    assert enrolled.title not in text(learner_client.get("/courses/"))
    assert learner_client.get(lesson_url).status_code == 404


def test_a_lesson_unpublished_leaves_the_outline_and_is_not_found(learner_client, enrolled):
    lesson = lessons_of(enrolled)[1]
    lesson.unpublish()

    assert "Lesson 1.2" not in text(learner_client.get(enrolled.url))
    assert learner_client.get(lesson.url).status_code == 404
    assert "Step 1 of 3" in text(learner_client.get(lessons_of(enrolled)[0].url))


def test_a_module_unpublished_hides_its_lessons_even_at_their_cached_urls(learner_client, enrolled):
    lesson = lessons_of(enrolled)[2]
    learner_client.get(lesson.url)
    modules_of(enrolled)[1].unpublish()  # its lessons stay live, as when an editor leaves them

    assert learner_client.get(lesson.url).status_code == 404
    assert learner_client.post(f"{lesson.url}complete/").status_code == 404
    assert "Lesson 2.1" not in text(learner_client.get(enrolled.url))


def test_a_lesson_moved_to_another_module_is_served_at_its_new_url_only(learner_client, enrolled):
    lesson = lessons_of(enrolled)[0]
    old_url = lesson.url
    lesson.move(modules_of(enrolled)[1], pos="last-child")
    lesson = LessonPage.objects.get(pk=lesson.pk)

    old = learner_client.get(old_url)  # no page there now: Wagtail's automatic redirect to the new place
    assert (old.status_code, old["Location"]) == (301, lesson.url)
    assert "Step 4 of 4" in text(learner_client.get(lesson.url))
    module_page = text(learner_client.get(modules_of(enrolled)[1].url))
    assert module_page.index("Lesson 2.2") < module_page.index("Lesson 1.1")


def test_a_lesson_deleted_leaves_the_outline_and_is_not_found(learner_client, enrolled):
    lesson = lessons_of(enrolled)[3]
    url = lesson.url
    lesson.delete()

    assert learner_client.get(url).status_code == 404
    page = text(learner_client.get(enrolled.url))
    assert "Lesson 2.2" not in page and "3 steps (lessons and quizzes)" in page


def test_a_step_completed_is_ticked_on_the_next_request(learner_client, enrolled):
    first = lessons_of(enrolled)[0]
    assert learner_client.post(f"{first.url}complete/").status_code == 302

    course_page = text(learner_client.get(enrolled.url))
    assert "1 of 2 steps complete" in course_page and course_page.count(">Completed</strong>") == 1
    assert f'href="{lessons_of(enrolled)[1].url}"' in text(learner_client.get("/my-learning/"))


def test_a_view_restriction_added_applies_on_the_next_request(learner_client, enrolled):
    restriction = PageViewRestriction.objects.create(page=enrolled, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.create(name="Pilot organisations"))

    response = learner_client.get(lessons_of(enrolled)[0].url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]

    restriction.delete()
    assert learner_client.get(lessons_of(enrolled)[0].url).status_code == 200


def test_another_process_holding_the_old_tree_sees_the_change(learner_client, enrolled):
    """A process's memo is read only under the version in the shared cache, so a change made elsewhere shows."""
    stale_memo = tree_cache._memo  # what a second gunicorn process holds, built before the change
    lesson = lessons_of(enrolled)[1]
    lesson.title = "Changed in another process"
    lesson.save_revision().publish()
    tree_cache._memo = stale_memo  # this process never saw the change's effects on its memo

    assert "Changed in another process" in text(learner_client.get(enrolled.url))


def test_while_the_cache_is_down_pages_are_read_from_the_database(learner_client, enrolled, monkeypatch):
    monkeypatch.setattr(tree_cache, "cache_is_shared", lambda: False)
    lesson = lessons_of(enrolled)[1]
    LessonPage.objects.filter(pk=lesson.pk).update(title="Changed with no signal sent")

    assert "Changed with no signal sent" in text(learner_client.get(enrolled.url))
