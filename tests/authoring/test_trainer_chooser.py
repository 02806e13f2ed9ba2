"""A course's Trainers: a searchable modal chooser of staff only, saved with revisions and published."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses.models import CoursePage
from tests.accounts.factories import UserFactory, sign_in_staff, staff_user
from tests.authoring.factories import reviewer, trainer

CHOOSE = reverse("staff_chooser:choose")
RESULTS = reverse("staff_chooser:choose_results")


@pytest.fixture
def people(db):
    return {
        "colleen": trainer(first_name="Colleen", last_name="Colleague", email="colleen@academy.test"),
        "robin": reviewer(first_name="Robin", last_name="Reviewer", email="robin@academy.test"),
        "lena": UserFactory(first_name="Lena", last_name="Learner", email="lena@learner.test"),
    }


@pytest.fixture
def trainer_client(client, db):
    return sign_in_staff(client, trainer(first_name="Tam", last_name="Trainer", email="tam@academy.test"))


def test_the_chooser_lists_staff_with_their_email_and_never_learners(trainer_client, people):
    page = trainer_client.get(CHOOSE).json()["html"]

    assert "Colleen Colleague" in page and "colleen@academy.test" in page
    assert "Robin Reviewer" in page
    assert "Lena" not in page and "lena@learner.test" not in page


@pytest.mark.parametrize("query", ["colleen", "COLLEAGUE", "colleen@academy", "Colleen Colleague"])
def test_the_chooser_searches_by_name_and_email(trainer_client, people, query):
    page = trainer_client.get(RESULTS, {"q": query}).content.decode()

    assert "Colleen Colleague" in page
    assert "Robin" not in page and "Tam Trainer" not in page


def test_searching_for_a_learner_finds_nobody(trainer_client, people):
    page = trainer_client.get(RESULTS, {"q": "lena"}).content.decode()

    assert "Lena" not in page and "lena@learner.test" not in page


def test_a_learner_or_a_visitor_cannot_open_the_chooser(client, people):
    assert client.get(CHOOSE).status_code == 302  # to sign in

    client.force_login(people["lena"])
    response = client.get(CHOOSE)
    assert response.status_code in (302, 403) and "Colleen" not in response.content.decode()


def test_a_learner_cannot_be_chosen_by_their_id(trainer_client, people):
    learner, colleague = people["lena"], people["colleen"]

    assert trainer_client.get(reverse("staff_chooser:chosen", args=[learner.pk])).status_code == 404
    chosen = trainer_client.get(reverse("staff_chooser:chosen_multiple"), {"id": [learner.pk, colleague.pk]})
    assert [item["id"] for item in chosen.json()["result"]] == [str(colleague.pk)]
    assert "Lena" not in chosen.content.decode()


def test_the_course_editor_shows_no_learner_names(trainer_client, people, course):
    course.trainers.add(people["colleen"])

    page = trainer_client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).content.decode()

    assert "Colleen Colleague (colleen@academy.test)" in page  # the chosen trainer
    assert "Lena" not in page and "lena@learner.test" not in page
    assert CHOOSE in page  # the panel opens the staff chooser


def trainer_rows(course, trainers):
    """The Trainers panel as the editor posts it: the draft's rows (removed ones marked), then new ones."""
    drafted = list(CoursePage.objects.get(pk=course.pk).get_latest_revision_as_object().course_trainers.all())
    rows = [
        {"id": row.pk or "", "user": row.user_id, "ORDER": order, "DELETE": "on" if row.user not in trainers else ""}
        for order, row in enumerate(drafted)
    ]
    already = {row.user_id for row in drafted}
    rows += [
        {"id": "", "user": user.pk, "ORDER": len(rows) + n} for n, user in enumerate(trainers) if user.pk not in already
    ]
    return inline_formset(rows, initial=len(drafted))


def course_form(course, trainers, **actions):
    return nested_form_data(
        {
            "title": course.title,
            "slug": course.slug,
            "summary": course.summary,
            "overview": rich_text("<p>An overview.</p>"),
            "learning_outcomes": streamfield([]),
            "topic": course.topic,
            "level": course.level,
            "estimated_minutes": 60,
            "course_trainers": trainer_rows(course, trainers),
            **actions,
        }
    )


def edit(client, course, trainers, **actions):
    return client.post(reverse("wagtailadmin_pages:edit", args=[course.pk]), course_form(course, trainers, **actions))


def test_chosen_trainers_are_kept_in_the_draft_and_applied_when_published(client, people, course):
    sign_in_staff(client, staff_user())
    colleen, robin = people["colleen"], people["robin"]

    assert edit(client, course, [colleen, robin]).status_code == 302  # saved as a draft
    course = CoursePage.objects.get(pk=course.pk)
    assert list(course.trainers.all()) == []  # the live course is unchanged until published
    draft = course.get_latest_revision_as_object()
    assert [row.user for row in draft.course_trainers.all()] == [colleen, robin]

    assert edit(client, course, [colleen, robin], **{"action-publish": "1"}).status_code == 302
    assert set(course.trainers.all()) == {colleen, robin}
    assert set(colleen.courses_trained.all()) == {course}

    edit(client, course, [robin], **{"action-publish": "1"})
    assert list(course.trainers.all()) == [robin]
    assert list(CoursePage.objects.filter(trainers=colleen)) == []


def test_a_learner_posted_as_trainer_is_refused_and_nothing_saved(client, people, course):
    sign_in_staff(client, staff_user())
    revisions = course.revisions.count()

    response = edit(client, course, [people["lena"]], **{"action-publish": "1"})

    assert response.status_code == 200 and "The page could not be" in response.content.decode()
    assert course.revisions.count() == revisions and not course.trainers.exists()


def test_the_same_trainer_twice_is_a_form_error(client, people, course):
    sign_in_staff(client, staff_user())

    response = edit(client, course, [people["colleen"], people["colleen"]], **{"action-publish": "1"})

    assert response.status_code == 200 and not course.trainers.exists()


def test_a_package_import_names_trainers_through_the_same_rows(course, people):
    draft = course.get_latest_revision_as_object()
    draft.set_trainers([people["robin"], people["colleen"]])
    draft.save_revision().publish()

    assert [row.user for row in course.course_trainers.all()] == [people["robin"], people["colleen"]]
    draft = course.get_latest_revision_as_object()
    draft.set_trainers([people["colleen"]])  # keeps Colleen's row, drops Robin's
    draft.save_revision().publish()
    assert list(course.trainers.all()) == [people["colleen"]]


def test_nobody_creates_users_from_the_chooser(client, people):
    sign_in_staff(client, staff_user())

    assert client.post("/admin/staff-chooser/create/", {"email": "new@academy.test"}).status_code == 404
    assert "Create" not in client.get(CHOOSE).json()["html"].replace("Created", "")
