"""Uploads have limits a worker can live with: a document too large or an image with too many pixels is a form error."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

from tests.accounts.factories import sign_in_staff, staff_user

MB = 1024 * 1024


@pytest.fixture
def editor(client, db, tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path)
    return sign_in_staff(client, staff_user())


def png(width, height):
    """A blank PNG: a few kilobytes on the wire, width x height pixels once decoded."""
    output = io.BytesIO()
    PILImage.new("1", (width, height)).save(output, "PNG")
    return SimpleUploadedFile("board-photo.png", output.getvalue(), content_type="image/png")


def test_a_document_over_20_mb_is_refused_with_a_form_error(editor):
    handout = SimpleUploadedFile("handout.pdf", b"%PDF-1.4\n" + b"0" * (21 * MB), content_type="application/pdf")

    response = editor.post("/admin/documents/add/", {"title": "Huge handout", "file": handout})

    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()
    assert not Document.objects.exists()


def test_a_document_within_the_limit_is_accepted(editor):
    handout = SimpleUploadedFile("handout.pdf", b"%PDF-1.4\n" + b"0" * MB, content_type="application/pdf")

    response = editor.post("/admin/documents/add/", {"title": "Handout", "file": handout})

    assert response.status_code == 302
    assert Document.objects.get().title == "Handout"


def test_an_image_of_48_megapixels_is_refused_before_it_is_decoded(editor):
    response = editor.post(
        "/admin/images/add/", {"title": "Whiteboard", "description": "A whiteboard", "file": png(8000, 6000)}
    )

    assert response.status_code == 200
    assert "too many pixels" in response.content.decode()
    assert not Image.objects.exists()


def test_an_image_of_12_megapixels_is_accepted(editor):
    response = editor.post(
        "/admin/images/add/", {"title": "Whiteboard", "description": "A whiteboard", "file": png(4000, 3000)}
    )

    assert response.status_code == 302
    assert Image.objects.get().title == "Whiteboard"
