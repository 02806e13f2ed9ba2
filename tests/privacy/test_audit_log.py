"""The audit log: role changes, exports and erasures recorded, listed and filtered in the admin, never edited."""

from django.contrib.auth.models import Group
from django.urls import reverse

from privacy.audit import audit_record
from privacy.models import AuditEntry
from tests.accounts.factories import UserFactory, sign_in_staff


def test_a_role_change_in_wagtails_user_editor_records_who_did_it(admin_client, admin, learner):
    trainers = Group.objects.get(name="Trainers")
    url = reverse("wagtailusers_users:edit", args=[learner.pk])
    form = {
        "email": learner.email,
        "first_name": learner.first_name,
        "last_name": learner.last_name,
        "is_active": "on",
        "groups": [trainers.pk],
    }
    response = admin_client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    entry = AuditEntry.objects.get(action=AuditEntry.ROLE_CHANGE)
    assert entry.actor == admin
    assert entry.detail == "Added to Trainers"
    assert learner.email in entry.target_label


def test_audit_record_is_the_api_for_other_apps(admin, learner):
    entry = audit_record(admin, AuditEntry.REVOCATION, learner, "Certificate CSA-7 issued in error")
    assert (entry.action, entry.target_id, entry.actor) == ("revocation", str(learner.pk), admin)
    import pytest

    with pytest.raises(ValueError, match="Unknown audit action"):
        audit_record(admin, "made_tea", learner)


def test_the_log_is_listed_and_filtered_by_action(admin_client, admin, learner):
    audit_record(admin, AuditEntry.REVOCATION, "Certificate CSA-7", "")
    audit_record(admin, AuditEntry.EXPORT, "enrolments report (xlsx)", "")
    url = reverse("audit_log:index")
    everything = admin_client.get(url).content.decode()
    assert "Certificate CSA-7" in everything and "enrolments report (xlsx)" in everything
    filtered = admin_client.get(url, {"action": "revocation"}).content.decode()
    assert "Certificate CSA-7" in filtered and "enrolments report (xlsx)" not in filtered


def test_nobody_can_add_edit_or_delete_an_entry(admin_client, admin):
    entry = audit_record(admin, AuditEntry.REVOCATION, "Certificate CSA-7", "")
    assert admin_client.get(reverse("audit_log:add")).status_code in (302, 403)
    assert admin_client.post(reverse("audit_log:delete", args=[entry.pk])).status_code in (302, 403)
    assert AuditEntry.objects.filter(pk=entry.pk).exists()
    assert admin_client.get(reverse("audit_log:inspect", args=[entry.pk])).status_code == 200


def test_trainers_and_learners_cannot_see_the_log(client, learner):
    trainer = UserFactory(is_staff=True)
    trainer.groups.add(Group.objects.get(name="Trainers"))
    sign_in_staff(client, trainer)
    assert client.get(reverse("audit_log:index")).status_code in (302, 403)
    client.force_login(learner)
    assert client.get(reverse("audit_log:index")).status_code in (302, 403)


def test_a_staff_report_export_is_recorded(admin_client, admin, course):
    from tracking.exports import report_export_request

    report_export_request(user=admin, report="enrolments", file_format="xlsx", filters={"course": str(course.pk)})
    entry = AuditEntry.objects.get(action=AuditEntry.EXPORT)
    assert entry.actor == admin and entry.target_label == "enrolments report (xlsx)"
    assert entry.detail == f"Filters: course={course.pk}"


def test_a_report_downloaded_from_the_page_is_recorded(admin_client, admin, course):
    response = admin_client.get(reverse("tracking_reports:enrolments"), {"export": "csv", "status": "completed"})
    assert response.status_code == 200
    entry = AuditEntry.objects.get(action=AuditEntry.EXPORT)
    assert entry.actor == admin and entry.target_label == "enrolments report (csv)"
    assert entry.detail == "Filters: status=completed"


def test_joining_the_rights_less_learners_role_automatically_is_not_a_staff_action(learner):
    learner.groups.add(Group.objects.get(name="Learners"))
    assert not AuditEntry.objects.filter(action=AuditEntry.ROLE_CHANGE).exists()
    learner.groups.add(Group.objects.get(name="Trainers"))  # from the shell: still recorded, rights were granted
    assert AuditEntry.objects.get(action=AuditEntry.ROLE_CHANGE).actor_label == "The academy (automatic)"


def test_an_entry_keeps_what_it_can_of_text_holding_null_characters(db):
    from privacy.audit import audit_record
    from privacy.models import AuditEntry

    entry = audit_record(None, AuditEntry.EXPORT, "Report: learners", "filters: q=a\x00b")
    entry.refresh_from_db()
    assert entry.detail == "filters: q=ab"
