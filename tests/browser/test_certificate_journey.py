"""A learner completes a short course, downloads the certificate, and an anonymous visitor verifies it."""

import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.accounts.factories import PASSWORD, UserFactory
from tests.certificates.factories import certify
from tests.courses.factories import build_course, build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def short_course(live_server):
    course = build_course(
        build_site(), slug="contract-management-foundation", title="Contract management foundation", modules=1
    )
    certify(course, line="Contract Management Foundation")
    return course


def sign_in(page, base_url, email):
    page.goto(base_url + "/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Sign In", re.I)).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")


def test_learner_downloads_a_certificate_an_employer_verifies(page, live_server, short_course, assert_accessible):
    base_url = live_server.url
    UserFactory(first_name="Morgan", last_name="Reyes", email="morgan.reyes@example.gov.uk")
    sign_in(page, base_url, "morgan.reyes@example.gov.uk")

    page.goto(base_url + short_course.url)
    page.get_by_role("button", name="Enrol on this course").click()
    page.get_by_role("button", name="Start the course").click()
    page.get_by_role("button", name="Mark as complete and continue").click()
    page.get_by_role("button", name="Mark as complete", exact=True).click()
    expect(page.get_by_role("heading", name="Course complete")).to_be_visible()

    page.get_by_role("link", name="My learning").click()
    expect(page.get_by_role("heading", name="Certificates")).to_be_visible()
    page.get_by_role("link", name="View and download your certificates").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My certificates")
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Download certificate \\(PDF\\)")).click()
    pdf_text = " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(open(download_info.value.path(), "rb").read())).pages
    )
    code = page.locator("code").first.inner_text()
    assert "Morgan Reyes" in pdf_text and code in pdf_text

    # An employer, without an account, checks the code.
    page.get_by_role("link", name="Sign out").click()
    page.get_by_role("button", name=re.compile("Sign Out", re.I)).click()
    page.goto(base_url + "/certificates/verify/")
    assert_accessible(page)
    page.get_by_label("Verification code").fill(code.lower())
    page.get_by_role("button", name="Check certificate").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Valid certificate")
    expect(page.get_by_text("Morgan Reyes").first).to_be_visible()
    expect(page.get_by_text("Contract Management Foundation")).to_be_visible()
    assert_accessible(page)

    page.goto(base_url + "/certificates/verify/NOT-A-REAL-CODE/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Certificate not found")
    assert_accessible(page)
