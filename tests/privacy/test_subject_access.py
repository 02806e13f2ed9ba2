"""A learner downloads everything held about them: a zip of JSON and CSV, built by a task, theirs alone."""

import csv
import io
import json
import zipfile

import pytest
from django.test import TestCase
from django.urls import reverse

from courses.models import Enrolment
from privacy.exporters import EXPORTERS, register_exporter
from privacy.models import AuditEntry, SubjectAccessExport
from quizzes.models import QuizAttempt


def request_copy(client):
    # The task is queued when the request's transaction commits; here it runs then, as eager Celery does.
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(reverse("privacy:your_data_request"), follow=True)


def zip_of(client, export):
    response = client.get(reverse("privacy:your_data_download", args=[export.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="your-academy-data-')
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_the_zip_holds_every_section_as_json_and_csv_field_by_field(client, studied_learner, course, quiz):
    client.force_login(studied_learner)
    response = request_copy(client)
    assert "We are preparing a copy of your data" in response.content.decode()
    export = SubjectAccessExport.objects.get(user=studied_learner)
    assert export.status == SubjectAccessExport.READY  # the task ran on commit (eager Celery in tests)
    archive = zip_of(client, export)
    assert set(archive.namelist()) == {"data.json", *(f"{name}.csv" for name in EXPORTERS)}
    data = json.loads(archive.read("data.json"))
    enrolment = Enrolment.objects.get(user=studied_learner)
    attempt = QuizAttempt.objects.get(enrolment=enrolment)

    assert data["profile"] == [
        {
            "email": studied_learner.email,
            "first_name": "Pat",
            "last_name": studied_learner.last_name,
            "job_role": "",
            "organisation": studied_learner.organisation.name,
            "department": studied_learner.department.name,
            "date_joined": studied_learner.date_joined.isoformat(),
            "last_login": studied_learner.last_login.isoformat(),
        }
    ]
    assert data["enrolments"] == [
        {
            "course": course.title,
            "enrolled_at": enrolment.enrolled_at.isoformat(),
            "progress_percent": enrolment.progress_percent,
            "completed_at": None,
            "last_activity_at": enrolment.last_activity_at.isoformat(),
            "due_date": None,
        }
    ]
    assert [row["step"] for row in data["completions"]] == [
        c.page.title for c in enrolment.step_completions.order_by("completed_at", "pk")
    ]
    assert len(data["completions"]) == 2  # the lesson read and the quiz passed
    assert data["quiz_attempts"] == [
        {
            "course": course.title,
            "quiz": quiz.title,
            "attempt": 1,
            "started_at": attempt.started_at.isoformat(),
            "submitted_at": attempt.submitted_at.isoformat(),
            "score_percent": 100,
            "passed": True,
            "answers": attempt.answers,
            "answers_in_words": data["quiz_attempts"][0]["answers_in_words"],
        }
    ]
    assert attempt.answers["q-batna"] == "batna-right"
    words = data["quiz_attempts"][0]["answers_in_words"]
    assert words["What is a BATNA?"] == "Best alternative to a negotiated agreement"
    assert len(words) == 4
    assert data["emails_sent"] == []
    assert data["membership_requests"] == []

    attempts_csv = list(csv.DictReader(io.StringIO(archive.read("quiz_attempts.csv").decode())))
    assert attempts_csv[0]["quiz"] == quiz.title
    assert attempts_csv[0]["score_percent"] == "100"
    assert json.loads(attempts_csv[0]["answers"]) == attempt.answers
    profile_csv = list(csv.DictReader(io.StringIO(archive.read("profile.csv").decode())))
    assert profile_csv == [{k: v or "" for k, v in data["profile"][0].items()}]


def test_emails_sent_are_listed(client, studied_learner):
    from django.utils import timezone

    Enrolment.objects.filter(user=studied_learner).update(completion_email_sent_at=timezone.now())
    client.force_login(studied_learner)
    request_copy(client)
    data = json.loads(zip_of(client, SubjectAccessExport.objects.get()).read("data.json"))
    assert [row["subject"] for row in data["emails_sent"]] == [
        f"You have completed {Enrolment.objects.get().course.title}"
    ]


def test_another_app_adds_its_own_section(client, learner, monkeypatch):
    monkeypatch.setattr("privacy.exporters.EXPORTERS", dict(EXPORTERS))
    monkeypatch.setattr("privacy.services.EXPORTERS", __import__("privacy.exporters").exporters.EXPORTERS)
    register_exporter("certificates", lambda user: [{"number": "CSA-1", "holder": user.email}])
    client.force_login(learner)
    request_copy(client)
    archive = zip_of(client, SubjectAccessExport.objects.get())
    assert json.loads(archive.read("data.json"))["certificates"] == [{"number": "CSA-1", "holder": learner.email}]
    assert archive.read("certificates.csv").decode() == f"number,holder\nCSA-1,{learner.email}\n"


def test_only_the_learner_can_download_their_copy(client, learner, other_learner, admin):
    client.force_login(learner)
    request_copy(client)
    export = SubjectAccessExport.objects.get()
    url = reverse("privacy:your_data_download", args=[export.pk])
    client.logout()
    assert client.get(url).status_code == 302  # anonymous: to sign in
    for someone_else in (other_learner, admin):
        client.force_login(someone_else)
        assert client.get(url).status_code == 404


def test_the_page_shows_status_without_refreshing_itself(client, learner, monkeypatch):
    monkeypatch.setattr("privacy.services.task_enqueue", lambda task, *args: None)  # no worker yet
    client.force_login(learner)
    request_copy(client)
    page = client.get(reverse("privacy:your_data")).content.decode()
    assert "Being prepared" in page and "Refresh to check" in page
    assert 'http-equiv="refresh"' not in page
    export = SubjectAccessExport.objects.get()
    assert client.get(reverse("privacy:your_data_download", args=[export.pk])).status_code == 404
    request_copy(client)  # asking again while one is being prepared does not queue a second
    assert SubjectAccessExport.objects.count() == 1


def test_a_retried_task_does_not_build_twice(learner):
    from privacy.services import subject_access_build, subject_access_request

    with TestCase.captureOnCommitCallbacks(execute=True):
        export = subject_access_request(user=learner)
    assert subject_access_build(export_id=export.pk) is False  # already built on commit
    assert subject_access_build(export_id=10**9) is False


@pytest.mark.parametrize("method", ["get", "post"])
def test_anonymous_visitors_are_sent_to_sign_in(client, db, method):
    response = getattr(client, method)(reverse("privacy:your_data"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_get_on_the_request_url_is_refused(client, learner):
    client.force_login(learner)
    assert client.get(reverse("privacy:your_data_request")).status_code == 405


def test_building_a_copy_is_recorded_in_the_audit_log(client, learner):
    client.force_login(learner)
    request_copy(client)
    entry = AuditEntry.objects.get(action=AuditEntry.EXPORT)
    assert entry.target_label == f"Learner #{learner.pk}"
