"""Each course has its own media collection: its trainers upload and choose there, and nowhere else."""

import io
import re

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.permissions import policy_registry

from accounts.roles import ACADEMY_ADMINS
from authoring.media import COURSE_MEDIA, course_collection_of
from authoring.models import CourseCollection
from courses.models import LessonPage
from tests.accounts.factories import UserFactory, sign_in_staff
from tests.authoring.factories import staff_in, trainer
from tests.courses.factories import build_course

Image, Document = get_image_model(), get_document_model()


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


@pytest.fixture
def other_course(catalogue):
    return build_course(catalogue, title="Managing suppliers", slug="managing-suppliers", modules=1, lessons=1)


@pytest.fixture
def course_trainer(course):
    user = trainer()
    course_trainers_add(course, user)
    return user


def course_trainers_add(course, user):
    """As the Trainers field is changed in the page editor: the live page has it once published."""
    course = course.get_latest_revision_as_object()
    course.trainers.add(user)
    course.save_revision().publish()


def png(name="chart.png"):
    output = io.BytesIO()
    PILImage.new("RGB", (4, 4), "red").save(output, "PNG")
    return SimpleUploadedFile(name, output.getvalue(), content_type="image/png")


def image_in(collection, title):
    image = Image(title=title, description=f"{title}, described", collection=collection)
    image.file = ImageFile(io.BytesIO(png().read()), name="red.png")
    image.save()
    return image


def document_in(collection, title):
    return Document.objects.create(title=title, collection=collection, file=ContentFile(b"notes", "notes.txt"))


def collections_for(user, action):
    user = type(user).objects.get(pk=user.pk)  # afresh: Wagtail caches a user's permissions on the object
    return {
        kind: set(policy_registry.get_by_type(model).collections_user_has_permission_for(user, action))
        for kind, model in (("image", Image), ("document", Document))
    }


def lesson_of(course):
    return LessonPage.objects.descendant_of(course).first()


def test_a_new_course_gets_a_collection_named_after_it(catalogue):
    course = build_course(catalogue, title="Managing suppliers", slug="managing-suppliers")

    collection = course_collection_of(course)

    assert collection.name == "Managing suppliers"
    assert collection.get_parent().name == COURSE_MEDIA
    assert course_collection_of(lesson_of(course)) == collection


def test_a_trainer_uploads_and_chooses_only_in_the_collections_of_their_courses(course, other_course, course_trainer):
    mine = course_collection_of(course)

    for action in ("add", "choose", "change"):
        assert collections_for(course_trainer, action) == {"image": {mine}, "document": {mine}}
    theirs = image_in(course_collection_of(other_course), "Supplier map")
    policy = policy_registry.get_by_type(Image)
    for action in ("change", "delete", "choose"):
        assert not policy.user_has_permission_for_instance(course_trainer, action, theirs)


def test_a_trainer_of_no_course_and_a_learner_have_no_media_rights(course):
    for user in (trainer(), UserFactory()):
        assert collections_for(user, "add") == {"image": set(), "document": set()}
        assert collections_for(user, "choose") == {"image": set(), "document": set()}


def test_the_course_owner_has_the_rights_without_being_named_a_trainer(catalogue):
    owner = trainer()
    course = build_course(catalogue, title="Owned", slug="owned", modules=0)
    course.owner = owner
    course.save_revision().publish()

    assert collections_for(owner, "add")["image"] == {course_collection_of(course)}


def test_admins_keep_rights_in_every_collection(course, other_course):
    admin = staff_in(ACADEMY_ADMINS)

    for action in ("add", "choose", "delete"):
        assert Collection.get_first_root_node() in collections_for(admin, action)["image"]


def test_removing_a_trainer_from_a_course_takes_the_rights_away(course, course_trainer):
    course = course.get_latest_revision_as_object()
    course.set_trainers([row.user for row in course.course_trainers.all() if row.user_id != course_trainer.pk])
    course.save_revision().publish()  # as the Trainers panel is changed in the page editor

    assert collections_for(course_trainer, "add") == {"image": set(), "document": set()}
    assert collections_for(course_trainer, "choose") == {"image": set(), "document": set()}


def test_naming_a_trainer_in_the_page_editor_gives_the_rights_once_published(course):
    user = trainer()
    draft = course.get_latest_revision_as_object()
    draft.set_trainers([*(row.user for row in draft.course_trainers.all()), user])
    revision = draft.save_revision()
    assert collections_for(user, "add")["image"] == set()  # a draft changes nobody's rights

    revision.publish()

    assert collections_for(user, "add")["image"] == {course_collection_of(course)}


def test_a_deleted_course_takes_its_trainers_group_with_it(course, course_trainer):
    group_id = CourseCollection.objects.get(course=course).trainers_group_id

    course.delete()

    assert not Group.objects.filter(pk=group_id).exists()
    assert collections_for(course_trainer, "add")["image"] == set()


def test_the_choosers_show_a_trainer_their_courses_media_only(client, course, other_course, course_trainer):
    image_in(course_collection_of(course), "Negotiation chart")
    image_in(course_collection_of(other_course), "Supplier map")
    document_in(course_collection_of(course), "Negotiation checklist")
    document_in(course_collection_of(other_course), "Supplier scorecard")
    sign_in_staff(client, course_trainer)

    images = client.get(reverse("wagtailimages_chooser:choose")).json()["html"]
    documents = client.get(reverse("wagtaildocs_chooser:choose")).json()["html"]

    assert "Negotiation chart" in images and "Supplier map" not in images
    assert "Negotiation checklist" in documents and "Supplier scorecard" not in documents
    assert other_course.title not in images  # not offered as a collection to upload into either


def test_the_image_and_document_listings_show_a_trainer_their_courses_media_only(
    client, course, other_course, course_trainer
):
    theirs = image_in(course_collection_of(other_course), "Supplier map")
    image_in(course_collection_of(course), "Negotiation chart")
    their_document = document_in(course_collection_of(other_course), "Supplier scorecard")
    document_in(course_collection_of(course), "Negotiation checklist")
    sign_in_staff(client, course_trainer)

    images = client.get("/admin/images/").content.decode()
    documents = client.get("/admin/documents/").content.decode()

    assert "Negotiation chart" in images and "Supplier map" not in images
    assert "Negotiation checklist" in documents and "Supplier scorecard" not in documents
    assert client.get(f"/admin/images/{theirs.pk}/").status_code in (302, 403)
    assert client.get(f"/admin/documents/edit/{their_document.pk}/").status_code in (302, 403)


def test_a_trainer_of_no_course_cannot_reach_the_media_screens(client, course):
    sign_in_staff(client, trainer())

    chooser = client.get(reverse("wagtailimages_chooser:choose")).json()["html"]

    assert "Upload" not in chooser
    for url in ("/admin/images/", "/admin/images/multiple/add/", "/admin/documents/multiple/add/"):
        assert client.get(url).status_code in (302, 403), url


def test_an_upload_from_the_chooser_lands_in_the_course_collection(client, course, course_trainer):
    sign_in_staff(client, course_trainer)
    data = {"image-chooser-upload-title": "Chart", "image-chooser-upload-description": "A bar chart of bids"}

    response = client.post(reverse("wagtailimages_chooser:create"), {**data, "image-chooser-upload-file": png()})

    assert response.status_code == 200
    assert Image.objects.get(title="Chart").collection == course_collection_of(course)


def test_an_upload_into_another_courses_collection_is_a_form_error(client, course, other_course, course_trainer):
    course_trainers_add(other_course, course_trainer)  # two collections: the form offers a choice
    sign_in_staff(client, course_trainer)
    third = build_course(course.get_parent(), title="Third", slug="third", modules=0)
    data = {
        "image-chooser-upload-title": "Chart",
        "image-chooser-upload-description": "A bar chart of bids",
        "image-chooser-upload-collection": course_collection_of(third).pk,
        "image-chooser-upload-file": png(),
    }

    response = client.post(reverse("wagtailimages_chooser:create"), data)

    assert response.status_code == 200
    assert "Select a valid choice" in response.json()["htmlFragment"]
    assert not Image.objects.filter(title="Chart").exists()


def test_an_image_without_alternative_text_is_refused(client, course, course_trainer):
    sign_in_staff(client, course_trainer)

    response = client.post(
        reverse("wagtailimages_chooser:create"),
        {"image-chooser-upload-title": "Chart", "image-chooser-upload-file": png()},
    )

    assert "Alternative text" in response.json()["htmlFragment"]
    assert not Image.objects.filter(title="Chart").exists()


def test_a_chooser_opened_in_a_lesson_starts_at_its_courses_collection(client, course, other_course, course_trainer):
    course_trainers_add(other_course, course_trainer)
    sign_in_staff(client, course_trainer)

    for kind, chooser in (("image", "wagtailimages_chooser:choose"), ("document", "wagtaildocs_chooser:choose")):
        url = reverse("authoring_media_chooser_start", args=[kind, lesson_of(course).pk])
        response = client.get(url + "?select_format=true")
        collection = course_collection_of(course).pk
        assert response.url == reverse(chooser) + f"?select_format=true&collection_id={collection}"
        modal = client.get(response.url).json()["html"]
        assert f'<option value="{collection}" selected>' in modal


def test_a_chooser_opened_where_the_trainer_has_no_rights_is_wagtails_own(client, course, other_course, course_trainer):
    sign_in_staff(client, course_trainer)

    elsewhere = client.get(reverse("authoring_media_chooser_start", args=["image", lesson_of(other_course).pk]))
    missing = client.get(reverse("authoring_media_chooser_start", args=["image", 987654]))
    unknown = client.get(reverse("authoring_media_chooser_start", args=["video", lesson_of(course).pk]))

    assert elsewhere.url == missing.url == reverse("wagtailimages_chooser:choose")
    assert unknown.status_code == 404


def test_the_lesson_editor_loads_the_course_media_script(client, course, course_trainer):
    sign_in_staff(client, course_trainer)

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[lesson_of(course).pk])).content.decode()

    assert "authoring/course_media.js" in editor


def test_learners_and_visitors_never_reach_the_media_choosers(client, learner, course):
    url = reverse("authoring_media_chooser_start", args=["image", lesson_of(course).pk])
    assert client.get(url).status_code == 302  # to the sign-in page
    assert "login" in client.get(url).url
    client.force_login(learner)
    for address in (url, reverse("wagtailimages_chooser:choose"), "/admin/images/"):
        response = client.get(address)
        assert response.status_code in (302, 403)
        assert not response.get("Location", "").startswith("/admin/images")


def test_the_outline_offers_uploads_into_the_course_collection_to_its_trainers_only(
    client, course, other_course, course_trainer
):
    course_trainers_add(other_course, course_trainer)
    collection = course_collection_of(course).pk
    sign_in_staff(client, course_trainer)

    outline = client.get(reverse("authoring_course_outline", args=[course.pk])).text
    upload = client.get(f"/admin/images/multiple/add/?collection_id={collection}").text
    sign_in_staff(client, trainer())
    not_theirs = client.get(reverse("authoring_course_outline", args=[course.pk])).text

    assert f"/admin/images/multiple/add/?collection_id={collection}" in outline
    assert f"/admin/documents/multiple/add/?collection_id={collection}" in outline
    assert re.search(rf'<option value="{collection}"\s*selected\s*>', upload)
    assert "Upload images" not in not_theirs
