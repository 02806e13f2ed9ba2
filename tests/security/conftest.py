"""Security fixtures: a small academy with every kind of object a URL can name, and the people who visit it."""

import copy
import io
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import FileSystemStorage
from django.db import transaction
from django.utils import timezone

from accounts.models import Department, Organisation
from courses.models import ModulePage
from courses.services import enrolment_create, lesson_complete
from quizzes.services import quiz_attempt_start, quiz_attempt_submit
from tests.accounts.factories import UserFactory, sign_in_staff, staff_user
from tests.courses.factories import build_course, build_site, lessons_of
from tests.quizzes.factories import RIGHT_ANSWERS, build_quiz
from tests.tracking.factories import make_staff_without_reports, make_trainer, ready_export
from tracking.models import Assignment, ReportExport

NONEXISTENT_ID = 987654


def tiny_png():
    from PIL import Image as PILImage

    output = io.BytesIO()
    PILImage.new("RGB", (4, 4), "red").save(output, "PNG")
    return output.getvalue()


def media_objects():
    """A document and an image, so the admin's document and image URLs have something real to name."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    document = get_document_model().objects.create(title="Security handbook", file=ContentFile(b"hello", "hb.txt"))
    image = get_image_model()(title="Red square")
    image.file = ImageFile(io.BytesIO(tiny_png()), name="red.png")
    image.save()
    return document, image


def take_quiz(user, quiz, *, submit=True):
    attempt = quiz_attempt_start(user=user, quiz=quiz)
    if submit:
        quiz_attempt_submit(attempt=attempt, answers=RIGHT_ANSWERS)
        attempt.refresh_from_db()
    return attempt


@pytest.fixture
def private_exports(tmp_path, monkeypatch):
    storage = FileSystemStorage(location=tmp_path)
    monkeypatch.setattr(ReportExport._meta.get_field("file"), "storage", storage)
    return storage


@pytest.fixture
def world(db, private_exports):
    """Two courses with modules, lessons and quizzes; learners A and B with enrolments and attempts; a third
    course with its own trainer and learner C; organisations, departments, an assignment, an export, media.

    A is enrolled on both courses (one submitted attempt and one open at the negotiation quiz);
    B only on the negotiation course (one submitted attempt). Neither is on the trainer's course.
    """
    catalogue = build_site()
    negotiation = build_course(catalogue)
    suppliers = build_course(catalogue, slug="supplier-management", title="Supplier management", modules=1, lessons=2)
    trainers_course = build_course(catalogue, slug="other-course", title="Other course", modules=1, lessons=1)
    quiz = build_quiz(ModulePage.objects.child_of(negotiation).first())
    final = build_quiz(suppliers, slug="final-assessment")

    police = Organisation.objects.create(name="Northshire Police")
    council = Organisation.objects.create(name="Southvale Council")
    custody = Department.objects.create(organisation=police, name="Custody")
    planning = Department.objects.create(organisation=council, name="Planning")

    a = UserFactory(
        first_name="Alice",
        last_name="Anning",
        email="alice.anning@example.gov.uk",
        organisation=police,
        department=custody,
    )
    b = UserFactory(
        first_name="Bella",
        last_name="Bexley",
        email="bella.bexley@example.gov.uk",
        organisation=council,
        department=planning,
    )
    c = UserFactory(first_name="Cora", last_name="Cole", email="cora.cole@example.gov.uk", organisation=council)
    for user, course in [(a, negotiation), (a, suppliers), (b, negotiation), (c, trainers_course)]:
        enrolment_create(user=user, course=course)
    lesson_complete(user=a, lesson=lessons_of(negotiation)[0])
    lesson_complete(user=b, lesson=lessons_of(negotiation)[0])

    admin = staff_user(first_name="Ada", last_name="Admin", email="ada.admin@example.gov.uk")
    trainer = make_trainer(first_name="Tom", last_name="Trainer", email="tom.trainer@example.gov.uk")
    trainers_course.trainers.add(trainer)
    trainers_course.save()
    staff = make_staff_without_reports(first_name="Sam", last_name="Staff", email="sam.staff@example.gov.uk")

    document, image = media_objects()
    assignment = Assignment.objects.create(
        course=negotiation, organisation=police, due_date=timezone.localdate() + timedelta(days=30), assigned_by=admin
    )
    return SimpleNamespace(
        catalogue=catalogue,
        negotiation=negotiation,
        suppliers=suppliers,
        trainers_course=trainers_course,
        quiz=quiz,
        final=final,
        police=police,
        council=council,
        custody=custody,
        planning=planning,
        a=a,
        b=b,
        c=c,
        admin=admin,
        trainer=trainer,
        staff=staff,
        a_attempt=take_quiz(a, quiz),
        a_open_attempt=take_quiz(a, quiz, submit=False),
        b_attempt=take_quiz(b, quiz),
        a_final_attempt=take_quiz(a, final),
        export=ready_export(admin),
        trainer_export=ready_export(trainer),
        assignment=assignment,
        document=document,
        image=image,
        group=Group.objects.get_or_create(name="Moderators")[0],
    )


ROLES = ["anonymous", "learner_a", "learner_b", "trainer_other_course", "staff_without_reports", "academy_admin"]


def sign_in(client, world, role):
    """The client signed in as `role` (staff through the second factor), or left anonymous."""
    users = {
        "learner_a": world.a,
        "learner_b": world.b,
        "trainer_other_course": world.trainer,
        "staff_without_reports": world.staff,
        "academy_admin": world.admin,
    }
    if role == "anonymous":
        return client
    user = users[role]
    if user.is_staff:
        return sign_in_staff(client, user)
    client.force_login(user)
    return client


def body(response):
    # The test client's wrapper closes a streamed response once read, without closing the connection;
    # calling response.close() here would fire request_finished and drop the PostgreSQL connection.
    return b"".join(response.streaming_content) if response.streaming else response.content


def request_undone(client, method, url, **kwargs):
    """One request whose writes are rolled back and whose cookie changes (a sign-out) are forgotten.

    So a POST that deletes a page, signs out or submits an attempt leaves the world as the next request expects.
    Returns the response and its whole body (streamed files included).
    """
    cookies = copy.deepcopy(client.cookies)
    with transaction.atomic():
        response = getattr(client, method)(url, **kwargs)
        content = body(response)
        transaction.set_rollback(True)
    client.cookies = cookies
    return response, content
