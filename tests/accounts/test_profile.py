"""A learner keeps their own name, organisation, department and role up to date."""

import pytest

from tests.accounts.factories import DepartmentFactory, OrganisationFactory


@pytest.fixture
def council(db):
    return OrganisationFactory(name="Riverside Council")


def profile_data(organisation, department, **changes):
    data = {
        "first_name": "Sam",
        "last_name": "Procurer",
        "organisation": organisation.pk,
        "department": department.pk,
        "job_role": "Procurement officer",
    }
    return {**data, **changes}


def test_profile_page_shows_my_current_details(learner_client, learner):
    page = learner_client.get("/accounts/profile/").content.decode()
    assert learner.email in page
    assert f'value="{learner.last_name}"' in page
    assert f'<option value="{learner.department.pk}" selected>' in page


def test_profile_edit_saves_my_details(learner_client, learner):
    # Moving between departments of one's own organisation needs no approval; another organisation does
    # (tests/accounts/test_organisation_membership.py).
    estates = DepartmentFactory(name="Estates", organisation=learner.organisation)
    response = learner_client.post("/accounts/profile/", profile_data(learner.organisation, estates))
    assert response.status_code == 302 and response.url == "/accounts/profile/"

    learner.refresh_from_db()
    assert (learner.first_name, learner.last_name, learner.job_role) == ("Sam", "Procurer", "Procurement officer")
    assert learner.department == estates
    assert "Your profile has been updated." in learner_client.get(response.url).content.decode()


def test_department_of_another_organisation_is_refused_next_to_the_field(learner_client, learner, council):
    elsewhere = DepartmentFactory(name="Highways")
    before = (learner.organisation_id, learner.department_id)
    response = learner_client.post("/accounts/profile/", profile_data(council, elsewhere))
    assert response.status_code == 200
    page = response.content.decode()
    assert '<p id="id_department-error" class="govuk-error-message">' in page
    assert "Choose a department in Riverside Council" in page
    learner.refresh_from_db()
    assert (learner.organisation_id, learner.department_id) == before


def test_names_cannot_be_blanked(learner_client, learner):
    data = profile_data(learner.organisation, learner.department, first_name="", last_name="")
    response = learner_client.post("/accounts/profile/", data)
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"first_name", "last_name"}
    learner.refresh_from_db()
    assert learner.first_name == "Pat"


def test_profile_needs_sign_in(client, db):
    response = client.get("/accounts/profile/")
    assert response.status_code == 302 and response.url == "/accounts/login/?next=/accounts/profile/"
    response = client.post("/accounts/profile/", {"first_name": "Mallory"})
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
