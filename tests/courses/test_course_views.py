"""The catalogue, course, lesson and 'My learning' pages as a learner uses them."""

import re

import pytest
from django.contrib.messages import get_messages

from courses.models import Enrolment, StepCompletion
from courses.services import enrolment_create, lesson_complete
from tests.courses.factories import build_course, lessons_of


def link_to(page):
    return f'href="{page.url}"'


def html(response):
    assert response.status_code == 200
    return response.content.decode()


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def outsourcing(catalogue):
    return build_course(
        catalogue,
        slug="managing-an-outsourced-service",
        title="Managing an outsourced service",
        topic="outsourcing",
        level="expert",
        summary="Run a service that a supplier delivers.",
        modules=1,
    )


@pytest.fixture
def enrolled(learner, course):
    enrolment_create(user=learner, course=course)
    return learner


# The catalogue


def test_catalogue_lists_live_courses(client, course, outsourcing):
    page = html(client.get("/courses/"))
    assert link_to(course) in page and link_to(outsourcing) in page
    assert "2 courses" in page


def test_catalogue_hides_unpublished_courses(client, course, outsourcing):
    outsourcing.unpublish()
    page = html(client.get("/courses/"))
    assert link_to(course) in page and link_to(outsourcing) not in page


@pytest.mark.parametrize(
    ("params", "expect_contract", "expect_outsourcing"),
    [
        ({"q": "supplier delivers"}, False, True),
        ({"q": "negotiate contracts"}, True, False),
        ({"topic": "outsourcing"}, False, True),
        ({"level": "foundation"}, True, False),
        ({"topic": "negotiation", "level": "expert"}, False, False),
    ],
)
def test_catalogue_search_and_filters(client, course, outsourcing, params, expect_contract, expect_outsourcing):
    page = html(client.get("/courses/", params))
    assert (link_to(course) in page) is expect_contract
    assert (link_to(outsourcing) in page) is expect_outsourcing
    assert "Clear search and filters" in page


def test_catalogue_says_so_when_nothing_matches(client, course):
    page = html(client.get("/courses/", {"q": "astrophysics"}))
    assert link_to(course) not in page
    assert "No courses match your search" in page


def test_catalogue_shows_a_form_error_for_an_unknown_topic(client, course):
    page = html(client.get("/courses/", {"topic": "astrology"}))
    assert "There is a problem" in page
    assert "Select a valid choice" in page
    assert 'id="id_topic-error"' in page
    assert link_to(course) in page  # the bad filter is ignored rather than hiding every course


# The course page


def test_course_page_shows_overview_outcomes_and_enrol_button(learner_client, course):
    page = html(learner_client.get(course.url))
    assert "Overview." in page
    assert "Prepare a BATNA" in page
    assert "Enrol on this course" in page
    assert "Lesson 2.2" in page


def test_anonymous_visitor_is_asked_to_sign_in_to_enrol(client, course):
    page = html(client.get(course.url))
    assert "Enrol on this course" not in page
    assert "to enrol on this course" in page
    assert f"/accounts/login/?next={course.url}" in page


def test_enrolling_from_the_course_page(learner_client, learner, course):
    response = learner_client.post(course.url + "enrol/")
    assert response.status_code == 302 and response.url == course.url
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1
    assert messages_of(response) == ["You are enrolled on Contract negotiation."]
    page = html(learner_client.get(course.url))
    assert "Enrol on this course" not in page
    assert "Start the course" in page and "0%" in page


def test_enrol_needs_a_post(learner_client, learner, course):
    assert learner_client.get(course.url + "enrol/").status_code == 405
    assert not Enrolment.objects.exists()


def test_anonymous_enrol_goes_to_sign_in_and_enrols_nobody(client, course):
    response = client.post(course.url + "enrol/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=")
    assert not Enrolment.objects.exists()


def test_unpublished_course_and_lesson_are_not_found(learner_client, enrolled, course):
    lesson = lessons_of(course)[0]
    lesson.unpublish()
    assert learner_client.get(lesson.url).status_code == 404
    assert learner_client.post(lesson.url + "complete/").status_code == 404
    course.unpublish()
    assert learner_client.get(course.url).status_code == 404
    assert learner_client.post(course.url + "enrol/").status_code == 404


def test_lessons_of_an_unpublished_course_cannot_be_read(learner_client, enrolled, course):
    lesson = lessons_of(course)[0]
    course.unpublish()
    response = learner_client.get(lesson.url)
    assert response.status_code == 404
    assert "Teaching 1.1" not in response.content.decode()
    assert learner_client.post(lesson.url + "complete/").status_code == 404
    assert not StepCompletion.objects.exists()


def test_module_of_an_unpublished_course_is_not_found(client, learner, enrolled, course):
    client.raise_request_exception = False
    client.force_login(learner)
    module = lessons_of(course)[0].get_parent()
    course.unpublish()  # trainers may withdraw a course without withdrawing each module
    assert client.get(module.url).status_code == 404


# Home and module pages


def test_home_page_links_to_the_catalogue_and_courses(client, course):
    page = html(client.get("/"))
    assert 'href="/courses/"' in page and "Browse the courses" in page
    assert link_to(course) in page


def test_module_page_lists_its_lessons_with_my_progress(learner_client, learner, enrolled, course):
    first, second, third, _ = lessons_of(course)
    lesson_complete(user=learner, lesson=first)
    page = html(learner_client.get(first.get_parent().url))
    assert "Module progress: <strong>50%</strong>" in page
    assert link_to(first) in page and link_to(second) in page
    assert "Lesson 2.1" not in page


def test_module_page_invites_learners_not_enrolled_to_enrol(learner_client, course):
    page = html(learner_client.get(lessons_of(course)[0].get_parent().url))
    assert "to start these lessons" in page
    assert link_to(lessons_of(course)[0]) not in page


# Lesson pages


def test_anonymous_lesson_visit_goes_to_sign_in(client, course):
    lesson = lessons_of(course)[0]
    response = client.get(lesson.url)
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=")


def test_learner_not_enrolled_is_sent_to_the_course_page(learner_client, course):
    response = learner_client.get(lessons_of(course)[0].url)
    assert response.status_code == 302 and response.url == course.url
    assert messages_of(response) == ["Enrol on this course to start its lessons."]


def test_enrolled_learner_reads_a_lesson_with_previous_and_next_links(learner_client, enrolled, course):
    first, second, third, _ = lessons_of(course)
    page = html(learner_client.get(second.url))
    assert "Teaching 1.2" in page
    assert f'href="{first.url}" rel="prev"' in page
    assert f'href="{third.url}" rel="next"' in page
    assert "Step 2 of 4" in page
    assert "Mark as complete and continue" in page


def test_first_lesson_has_no_previous_link_and_last_has_no_next(learner_client, enrolled, course):
    lessons = lessons_of(course)
    assert 'rel="prev"' not in html(learner_client.get(lessons[0].url))
    last = html(learner_client.get(lessons[-1].url))
    assert 'rel="next"' not in last
    assert "Mark as complete</button>" in last


def test_completing_a_lesson_moves_to_the_next_one(learner_client, learner, enrolled, course):
    first, second, *_ = lessons_of(course)
    response = learner_client.post(first.url + "complete/")
    assert response.status_code == 302 and response.url == second.url
    assert StepCompletion.objects.filter(enrolment__user=learner, page=first).exists()
    assert "You have completed this lesson" in html(learner_client.get(first.url))


def test_completing_the_last_lesson_returns_to_the_course_page(learner_client, learner, enrolled, course):
    lessons = lessons_of(course)
    for lesson in lessons[:-1]:
        lesson_complete(user=learner, lesson=lesson)
    response = learner_client.post(lessons[-1].url + "complete/")
    assert response.status_code == 302 and response.url == course.url
    assert messages_of(response) == ["You have reached the end of Contract negotiation."]
    page = html(learner_client.get(course.url))
    assert "Course complete" in page and "100%" in page


def test_complete_needs_a_post(learner_client, enrolled, course):
    assert learner_client.get(lessons_of(course)[0].url + "complete/").status_code == 405
    assert not StepCompletion.objects.exists()


def test_complete_from_a_learner_not_enrolled_records_nothing(learner_client, course):
    response = learner_client.post(lessons_of(course)[0].url + "complete/")
    assert response.status_code == 302 and response.url == course.url
    assert not StepCompletion.objects.exists()
    assert not Enrolment.objects.exists()


def test_anonymous_complete_records_nothing(client, course):
    response = client.post(lessons_of(course)[0].url + "complete/")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert not StepCompletion.objects.exists()


# Nobody sees another learner's progress


def test_my_completions_do_not_show_on_another_learners_pages(client, learner, other_learner, course):
    for user in (learner, other_learner):
        enrolment_create(user=user, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0])

    client.force_login(learner)
    assert html(client.get(course.url)).count(">Completed</strong>") == 1
    assert "25%" in html(client.get("/my-learning/"))

    client.force_login(other_learner)
    course_page = html(client.get(course.url))
    assert ">Completed</strong>" not in course_page
    assert course_page.count(">Not started</strong>") == 4
    dashboard = html(client.get("/my-learning/"))
    assert "25%" not in dashboard and "0%" in dashboard
    assert "You have completed this lesson" not in html(client.get(lessons_of(course)[0].url))


# My learning


def continue_link(page):
    match = re.search(r'<a href="([^"]+)"[^>]*>(Continue|Start)', page)
    return match and match.group(1)


def section(page, heading):
    """The HTML between an h2 heading and the next large h2."""
    return page.split(f'<h2 class="govuk-heading-l">{heading}</h2>', 1)[1].split('<h2 class="govuk-heading-l">')[0]


def test_my_learning_needs_sign_in(client, db):
    response = client.get("/my-learning/")
    assert response.status_code == 302 and response.url == "/accounts/login/?next=/my-learning/"


def test_my_learning_continues_at_the_first_lesson_not_done(learner_client, learner, enrolled, course):
    first, second, third, _ = lessons_of(course)
    assert continue_link(html(learner_client.get("/my-learning/"))) == first.url
    lesson_complete(user=learner, lesson=first)
    lesson_complete(user=learner, lesson=third)
    page = html(learner_client.get("/my-learning/"))
    assert continue_link(page) == second.url
    assert "Continue" in page and ": Lesson 1.2</a>" in page
    assert "50%" in page


def test_finished_courses_move_to_completed(learner_client, learner, enrolled, course):
    for lesson in lessons_of(course):
        lesson_complete(user=learner, lesson=lesson)
    page = html(learner_client.get("/my-learning/"))
    assert link_to(course) not in section(page, "In progress")
    assert "You have no courses in progress" in page
    assert link_to(course) in section(page, "Completed")


def test_my_learning_suggests_courses_not_yet_taken(learner_client, enrolled, course, outsourcing):
    page = html(learner_client.get("/my-learning/"))
    suggestions = section(page, "What to take next")
    assert link_to(outsourcing) in suggestions
    assert link_to(course) not in suggestions


def lesson_list_items(page_html):
    lists = re.findall(r'<ul class="academy-lesson-list">(.*?)</ul>', page_html, re.S)
    assert lists, "no lesson list on the page"
    return re.findall(r"<li>(.*?)</li>", lists[0], re.S)


def test_the_lesson_sidebar_lists_the_module_with_ticks_and_marks_the_current_lesson(learner_client, enrolled, course):
    first, second = lessons_of(course)[:2]
    lesson_complete(user=enrolled, lesson=first)

    items = lesson_list_items(html(learner_client.get(second.url)))

    assert len(items) == 2  # the module's two lessons
    assert link_to(first) in items[0] and "govuk-tag--green" in items[0] and "Completed" in items[0]
    assert 'aria-current="page"' in items[1] and "Not started" in items[1]
    assert 'aria-current="page"' not in items[0]


def test_a_step_title_is_shown_as_text_never_as_markup(learner_client, enrolled, course):
    lesson = lessons_of(course)[0]
    lesson.title = 'Offers & <script>alert("x")</script>'
    lesson.save_revision().publish()

    page_html = html(learner_client.get(course.url))

    assert "<script>alert" not in page_html
    assert "Offers &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page_html


def test_a_visitor_sees_the_module_steps_without_links(client, course):
    module = lessons_of(course)[0].get_parent()

    items = lesson_list_items(html(client.get(module.url)))

    assert items and all("<a " not in item and "govuk-tag" not in item for item in items)
