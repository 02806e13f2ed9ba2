"""The dashboard's "Certificates expiring" figure: which count, in whose scope, and the list it links to."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.roles import ACADEMY_ADMINS, ACADEMY_REVIEWERS, TRAINERS
from authoring.dashboard import academy_figures
from certificates.models import Certificate
from certificates.selectors import certificates_expiring
from tests.accounts.factories import UserFactory, sign_in_staff
from tests.certificates.factories import certify, complete_course
from tests.certificates.test_admin import listed, staff
from tests.courses.factories import build_course

LABEL = "Certificates expiring within 90 days"
EXPIRING_LIST = reverse("certificates_admin:index") + "?state=expiring"


def expires_in(certificate, days):
    Certificate.objects.filter(pk=certificate.pk).update(valid_until=timezone.localdate() + datetime.timedelta(days))


def figure(user):
    return {figure.label: figure for figure in academy_figures(user=user)}.get(LABEL)


@pytest.fixture
def other_certificate(catalogue):
    course = build_course(catalogue, slug="srm", title="Supplier relationships", modules=1, lessons=1)
    certify(course, line="Supplier Relationship Practitioner")
    learner = UserFactory(first_name="Bo", last_name="Other")
    complete_course(learner, course)
    return Certificate.objects.get(user=learner)


def test_only_current_certificates_expiring_within_90_days_count(certificate, other_certificate, catalogue):
    admin = staff(ACADEMY_ADMINS)
    expires_in(certificate, 10)
    expires_in(other_certificate, 90)
    assert certificates_expiring(admin).count() == 2

    expires_in(other_certificate, 91)  # not yet
    assert list(certificates_expiring(admin)) == [certificate]
    expires_in(other_certificate, 0)  # expired today: no longer "expiring"
    assert list(certificates_expiring(admin)) == [certificate]
    expires_in(other_certificate, 5)
    Certificate.objects.filter(pk=other_certificate.pk).update(revoked_at=timezone.now())
    assert list(certificates_expiring(admin)) == [certificate]


def test_the_figure_shows_only_when_some_certificate_is_expiring(certificate):
    admin = staff(ACADEMY_ADMINS)
    assert figure(admin) is None  # valid for 24 months

    expires_in(certificate, 30)
    shown = figure(admin)
    assert shown.value == 1 and shown.url == EXPIRING_LIST


def test_a_trainer_counts_only_their_courses_certificates(certificate, other_certificate):
    expires_in(certificate, 10)
    expires_in(other_certificate, 10)
    trainer = staff(TRAINERS)
    other_certificate.course.trainers.add(trainer)
    other_certificate.course.save()

    assert figure(trainer).value == 1
    assert figure(staff(TRAINERS)) is None  # trains nothing
    assert figure(staff(ACADEMY_ADMINS)).value == 2


def test_the_link_lists_the_expiring_certificates_in_the_viewers_scope(client, certificate, other_certificate):
    expires_in(certificate, 10)
    trainer = staff(TRAINERS)
    certificate.course.trainers.add(trainer)
    certificate.course.save()
    sign_in_staff(client, trainer)

    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert LABEL in home and 'href="/admin/certificates/?state=expiring"' in home
    assert [name.split()[0] for name in listed(client.get(EXPIRING_LIST))] == ["Ada"]

    expires_in(other_certificate, 10)  # on a course this trainer does not train
    assert [name.split()[0] for name in listed(client.get(EXPIRING_LIST))] == ["Ada"]


def test_people_who_may_not_see_certificates_cannot_open_the_list(client, certificate):
    expires_in(certificate, 10)
    assert client.get(EXPIRING_LIST).status_code == 302  # anonymous: to sign in

    client.force_login(certificate.user)  # the learner
    assert client.get(EXPIRING_LIST).status_code == 302

    sign_in_staff(client, staff(ACADEMY_REVIEWERS))  # admin access, no right to certificates
    response = client.get(EXPIRING_LIST)
    assert response.status_code in (302, 403) and "Ada" not in response.content.decode()
    assert LABEL not in client.get(reverse("wagtailadmin_home")).content.decode()
