"""Course pages cost the same number of queries for a course of 3 lessons or 30.

The numbers were measured with CaptureQueriesContext on the 3-lesson course; a change that makes
a page query per lesson, module or enrolment breaks the 30-lesson case first.
"""

import pytest

from courses.services import enrolment_create, lesson_complete
from tests.courses.factories import build_course, lessons_of

# The session, the site, the route to the page, view restrictions and the course's structure come from the
# cache (academy/tree_cache.py); what is left is the user, the page, and this learner's own records.
# Pages themselves (the one served, its course) come from the tree cache: what is left is the learner's own.
COURSE_PAGE_QUERIES = 4  # user, enrolment, completions, quiz attempts begun
MODULE_PAGE_QUERIES = 4
LESSON_PAGE_QUERIES = 4
MY_LEARNING_QUERIES = 6  # user, enrolments, completions, quiz attempts, certificates, a request to join an organisation

SIZES = pytest.mark.parametrize(("modules", "lessons"), [(1, 3), (3, 10)], ids=["3-lessons", "30-lessons"])


@pytest.fixture
def enrolled_on(catalogue, learner, learner_client):
    """Build a course of the given size, enrol the learner, and mark its first lesson done."""

    def build(modules, lessons, slug="contract-negotiation"):
        course = build_course(catalogue, slug=slug, modules=modules, lessons=lessons)
        enrolment_create(user=learner, course=course)
        lesson_complete(user=learner, lesson=lessons_of(course)[0])
        return course

    return build


def get_warm(client, url, django_assert_num_queries, expected):
    client.get(url)  # the first request fills session and site caches
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200
    return response


@SIZES
def test_course_page(learner_client, enrolled_on, django_assert_num_queries, modules, lessons):
    course = enrolled_on(modules, lessons)
    response = get_warm(learner_client, course.url, django_assert_num_queries, COURSE_PAGE_QUERIES)
    assert response.content.decode().count(">Not started</strong>") == modules * lessons - 1


@SIZES
def test_module_page(learner_client, enrolled_on, django_assert_num_queries, modules, lessons):
    course = enrolled_on(modules, lessons)
    get_warm(learner_client, lessons_of(course)[0].get_parent().url, django_assert_num_queries, MODULE_PAGE_QUERIES)


@SIZES
def test_lesson_page(learner_client, enrolled_on, django_assert_num_queries, modules, lessons):
    course = enrolled_on(modules, lessons)
    response = get_warm(learner_client, lessons_of(course)[1].url, django_assert_num_queries, LESSON_PAGE_QUERIES)
    assert f"Step 2 of {modules * lessons}" in response.content.decode()


@SIZES
def test_my_learning(learner_client, enrolled_on, django_assert_num_queries, modules, lessons):
    course = enrolled_on(modules, lessons)
    response = get_warm(learner_client, "/my-learning/", django_assert_num_queries, MY_LEARNING_QUERIES)
    assert f'href="{lessons_of(course)[1].url}"' in response.content.decode()


def test_my_learning_costs_the_same_for_three_courses(learner_client, enrolled_on, django_assert_num_queries):
    for slug in ("first", "second", "third"):
        enrolled_on(2, 5, slug=slug)
    response = get_warm(learner_client, "/my-learning/", django_assert_num_queries, MY_LEARNING_QUERIES)
    assert response.content.decode().count("Continue<span") == 3


def test_my_learning_quiz_results_cost_one_more_query_however_many_quizzes(
    learner, learner_client, enrolled_on, django_assert_num_queries
):
    from quizzes.services import quiz_attempt_start, quiz_attempt_submit
    from tests.quizzes.factories import RIGHT_ANSWERS, build_quiz

    course = enrolled_on(3, 2)
    for number, module in enumerate(course.get_children().specific(), 1):
        quiz = build_quiz(module, slug=f"quiz-{number}")
        quiz_attempt_submit(attempt=quiz_attempt_start(user=learner, quiz=quiz), answers=RIGHT_ANSWERS)

    response = get_warm(learner_client, "/my-learning/", django_assert_num_queries, MY_LEARNING_QUERIES + 1)
    assert response.content.decode().count("attempt 1 review") == 3  # the quizzes named: the second query
