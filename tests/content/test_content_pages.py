"""The information pages: imported from their files, served at /accessibility/, /privacy/, /cookies/, linked
from every page's footer; the service status page in words with the JSON beside it."""

import re

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.models import Page

from content.demo import PAGES, ensure_demo_content_pages
from content.models import ContentPage
from content.services import content_page_import
from courses.models import HomePage


@pytest.fixture
def home(catalogue):
    home = HomePage.objects.get()
    ensure_demo_content_pages(home)
    return home


@pytest.mark.parametrize(
    ("path", "heading", "sections"),
    [
        (
            "/accessibility/",
            "Accessibility statement",
            [
                "Compliance status",
                "Non-accessible content",
                "Reporting accessibility problems with this website",
                "Enforcement procedure",
                "Preparation of this accessibility statement",
                "issues/14205",
                "issues/11179",
                "Equality Commission for Northern Ireland",
                "Equality and Human Rights Commission",
            ],
        ),
        (
            "/privacy/",
            "Privacy notice",
            ["Who we are", "legal basis", "How long we keep your data", "Your rights", "ico.org.uk"],
        ),
        ("/cookies/", "Cookies", ["Essential cookies"]),
    ],
)
def test_information_pages_are_served_with_their_sections(client, home, path, heading, sections):
    response = client.get(path)
    text = response.content.decode()
    assert response.status_code == 200
    assert f'<h1 class="govuk-heading-xl">{heading}</h1>' in text
    assert f"<title>{heading} – Commercial Skills Academy</title>" in text
    for section in sections:
        assert section in text
    assert "Last reviewed on 27 November 2026" in text
    breadcrumbs = re.search(r'<ol class="govuk-breadcrumbs__list">(.*?)</ol>', text, re.S).group(1)
    assert re.findall(r">([^<]+)</a>", breadcrumbs) == ["Home"]  # not under Courses


def test_cookies_page_names_every_cookie_the_academy_sets(client, home):
    text = client.get("/cookies/").content.decode()
    for name in (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, "messages"):
        assert re.search(rf"<h3[^>]*>{name}</h3>", text), name


def test_every_page_links_to_the_information_pages_and_the_status_page(client, home, learner):
    client.force_login(learner)
    for path in ["/", "/courses/", "/accounts/profile/", "/accounts/password/change/", "/no-such-page/"]:
        text = client.get(path).content.decode()
        for link in ['href="/accessibility/"', 'href="/privacy/"', 'href="/cookies/"', 'href="/status/"']:
            assert link in text, f"{path} lacks {link}"


def test_editors_can_add_a_content_page_under_the_home_page(home):
    assert ContentPage in HomePage.allowed_subpage_models()
    assert ContentPage.can_create_at(HomePage.objects.get())


def test_importing_again_updates_the_page_instead_of_adding_one(home):
    text = (PAGES / "cookies.html").read_text().replace("Cookies are small files", "Cookies are tiny files")
    content_page_import(text=text, parent=home, name="cookies.html")
    assert ContentPage.objects.filter(slug="cookies").count() == 1
    assert "tiny files" in ContentPage.objects.get(slug="cookies").body


def test_imported_html_takes_the_editors_sanitising(home):
    front = '+++\ntitle = "T"\nslug = "t"\nlast_reviewed = 2026-01-01\n+++\n'
    text = front + '<p onclick="x()">Hi<script>alert(1)</script></p>'
    page = content_page_import(text=text, parent=home)
    assert "onclick" not in page.body and "script" not in page.body and "Hi" in page.body


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<p>No front matter</p>", "start with front matter"),
        ('+++\ntitle = "T"\n+++\n<p>x</p>', "needs slug, last_reviewed"),
        ('+++\ntitle = "T\n+++\n', "not valid TOML"),
        ('+++\ntitle = "T"\nslug = "t"\nlast_reviewed = "soon"\n+++\n', "must be a date"),
    ],
)
def test_a_bad_file_is_refused_with_a_message_and_nothing_saved(home, text, message):
    before = Page.objects.count()
    with pytest.raises(ValidationError, match=message):
        content_page_import(text=text, parent=home, name="bad.html")
    assert Page.objects.count() == before


def test_service_status_page_says_in_words_what_the_json_says(client, db):
    response = client.get("/status/")
    text = response.content.decode()
    assert response.status_code == 200
    assert "All parts of the academy are working." in text
    assert "Database" in text and "Working" in text
    assert 'href="/healthz/"' in text
    assert client.get("/healthz/").json()["status"] == "ok"


def test_service_status_page_is_503_and_says_what_is_down(client, db, monkeypatch):
    monkeypatch.setattr("academy.views.cache_status", lambda: "unavailable")
    response = client.get("/status/")
    assert response.status_code == 503
    assert "Part of the academy is not working" in response.content.decode()
    assert "Not working" in response.content.decode()


def test_the_server_error_page_links_to_them_too():
    from django.template.loader import render_to_string

    text = render_to_string("500.html")
    assert text.count('class="govuk-footer__link"') == 4
    for link in ['href="/accessibility/"', 'href="/privacy/"', 'href="/cookies/"', 'href="/status/"']:
        assert link in text
