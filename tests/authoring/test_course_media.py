"""Each course gets its own media collection; trainers upload there and choose across the academy."""

from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.permissions import policy_registry

from authoring.media import COURSE_MEDIA, course_collection_of
from courses.models import LessonPage
from tests.accounts.factories import sign_in_staff
from tests.authoring.factories import trainer
from tests.courses.factories import build_course


def test_a_new_course_gets_a_collection_named_after_it(catalogue):
    course = build_course(catalogue, title="Managing suppliers", slug="managing-suppliers")

    collection = course_collection_of(course)

    assert collection.name == "Managing suppliers"
    assert collection.get_parent().name == COURSE_MEDIA
    assert course_collection_of(LessonPage.objects.descendant_of(course).first()) == collection


def test_trainers_upload_into_course_collections_and_choose_from_every_collection(course):
    user = trainer()
    collection = course_collection_of(course)
    root = Collection.get_first_root_node()

    for policy in (policy_registry.get_by_type(get_image_model()), policy_registry.get_by_type(get_document_model())):
        assert collection in policy.collections_user_has_permission_for(user, "add")
        assert root in policy.collections_user_has_permission_for(user, "choose")


def test_the_image_chooser_offers_trainers_an_upload_tab_into_the_course_collection(client, course):
    sign_in_staff(client, trainer())

    response = client.get(reverse("wagtailimages_chooser:choose"))

    text = response.json()["html"]
    assert "Upload" in text
    assert course.title in text  # the course's collection is offered for the upload
