"""An XSS corpus through every text a learner, trainer or import can set, opened in Chromium: 0 dialogs.

Each payload goes into people's names and job roles, organisation and department names, every field of a
GIFT and a CSV question bank (prompts, options, feedback, accepted answers, scenario titles and stems),
a learner's short-text answer and lesson rich text saved through the page model. Every page that shows
them is served to the test client (no payload may appear as it was written) and opened in Chromium
with a dialog listener (no alert, confirm or prompt may open).
"""

import json

import pytest

from accounts.models import Department, Organisation
from courses.models import LessonPage, ModulePage
from courses.services import enrolment_create
from quizzes.models import QuizAttempt
from quizzes.question_bank.csv_format import to_csv
from quizzes.question_bank.gift import to_gift
from quizzes.question_bank.parsed import ParsedOption, ParsedQuestion, ParsedScenario
from quizzes.question_bank.services import question_bank_import
from tests.accounts.factories import UserFactory, sign_in_staff, staff_user
from tests.browser.conftest import HAVE_CHROMIUM, browser_type_launch_args  # noqa: F401 - Debian's Chromium
from tests.courses.factories import build_course, build_site, lessons_of
from tests.quizzes.factories import build_quiz

PAYLOADS = [
    "<script>alert(1)</script>",
    "<ScRiPt>alert(2)</sCrIpT>",
    "<script src=data:text/javascript,alert(3)></script>",
    "<img src=x onerror=alert(4)>",
    '<img src="x" onerror="alert(5)"/>',
    "<svg onload=alert(6)>",
    "<svg><script>alert(7)</script></svg>",
    "<svg><animate onbegin=alert(8) attributeName=x dur=1s>",
    "<body onload=alert(9)>",
    "<iframe src=javascript:alert(10)></iframe>",
    "<iframe srcdoc='<script>parent.alert(11)</script>'></iframe>",
    '<a href="javascript:alert(12)">click</a>',
    '<a href="jav&#x61;script:alert(13)">click</a>',
    '<a href=" javascript:alert(14)">click</a>',
    "<details open ontoggle=alert(15)>",
    "<input autofocus onfocus=alert(16)>",
    "<select autofocus onfocus=alert(17)>",
    "<textarea autofocus onfocus=alert(18)>",
    "<video><source onerror=alert(19)></video>",
    "<audio src=x onerror=alert(20)>",
    "<object data=javascript:alert(21)>",
    "<embed src=javascript:alert(22)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(23)>",
    "<b>bold <i>mis-nested</b> <img src=x onerror=alert(24)></i>",
    "<p>a</div><img src=x onerror=alert(25)></span>",
    "</textarea><script>alert(26)</script>",
    "</title><script>alert(27)</script>",
    '"><script>alert(28)</script>',
    "'><img src=x onerror=alert(29)>",
    '" autofocus onfocus="alert(30)',
    "' autofocus onfocus='alert(31)",
    "&lt;script&gt;alert(32)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(33)&#62;",
    "<style>@import 'javascript:alert(34)';</style>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(35)'>",
    "<form><button formaction=javascript:alert(36)>go</button></form>",
    "{{ 7|add:7 }}<img src=x onerror=alert(37)>",
    "<noscript><p title='</noscript><img src=x onerror=alert(38)>'>",
]
RAW_HTML_PAYLOADS = [payload for payload in PAYLOADS if "<" in payload]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not HAVE_CHROMIUM, reason="BROWSER TESTS SKIPPED: no Chromium (apt-get install -y chromium)"),
]


def bank_items():
    """Every payload in every field a question bank file can fill."""
    items = []
    for number, payload in enumerate(PAYLOADS):
        items.append(
            ParsedQuestion(
                "single_choice",
                f"Q{number} {payload}",
                0,
                feedback=payload,
                options=[ParsedOption(f"right {payload}", True, payload), ParsedOption(f"wrong {number}", False, "")],
            )
        )
        items.append(
            ParsedScenario(
                f"Case {number} {payload}",
                payload,
                0,
                [ParsedQuestion("short_text", f"Name it {payload}", 0, feedback=payload, accepted=[payload])],
            )
        )
    return items


def imported_quiz(module, slug, file_format):
    writer = {"gift": to_gift, "csv": to_csv}[file_format]
    quiz = build_quiz(module, slug=slug)
    question_bank_import(
        quiz=quiz, data=writer(bank_items()).encode(), file_format=file_format, replace=True, publish=True
    )
    quiz.refresh_from_db()
    return quiz


def lesson_with_payloads(lesson):
    """Lesson rich text and headings set through the page model, as a script or the course import would."""
    body = []
    for payload in PAYLOADS:
        body.append({"type": "paragraph", "value": f"<p>Before</p>{payload}<p>After</p>"})
        body.append({"type": "key_point", "value": {"title": payload[:120], "body": payload}})
    lesson = LessonPage.objects.get(pk=lesson.pk)
    lesson.body = json.dumps(body)
    lesson.save_revision().publish()
    return lesson


def people_with_payloads(course):
    """Learners, organisations and departments named with the payloads, each enrolled on the course."""
    learners = []
    for number, payload in enumerate(PAYLOADS):
        organisation = Organisation.objects.create(name=f"Org {number} {payload}"[:200])
        department = Department.objects.create(organisation=organisation, name=f"Dept {number} {payload}"[:200])
        learner = UserFactory(
            first_name=payload[:150], last_name=payload[:150], job_role=payload[:100],
            organisation=organisation, department=department,
        )  # fmt: skip
        enrolment_create(user=learner, course=course)
        learners.append(learner)
    return learners


def answered_attempt(client, learner, quiz):
    """The learner starts the quiz and answers every short-text question with a payload."""
    client.force_login(learner)
    assert client.post(quiz.url + "start/").status_code == 302
    attempt = QuizAttempt.objects.filter(quiz=quiz).latest("pk")
    answers, payloads = {}, iter(PAYLOADS * 2)
    for item in attempt.questions:
        for question in item["questions"]:
            if question["type"] == "short_text":
                answers[f"q-{question['id']}"] = next(payloads)
            else:
                answers[f"q-{question['id']}"] = question["options"][0]["id"]
    attempt_url = quiz.url + f"attempt/{attempt.pk}/"
    attempt_page = client.get(attempt_url)
    assert client.post(attempt_url + "submit/", answers).status_code == 302
    return attempt_url, attempt_url + "result/", attempt_page


@pytest.fixture
def academy(live_server):
    course = build_course(build_site(), modules=1, lessons=1)
    module = ModulePage.objects.child_of(course).first()
    gift_quiz = imported_quiz(module, "gift-quiz", "gift")
    csv_quiz = imported_quiz(module, "csv-quiz", "csv")
    lesson = lesson_with_payloads(lessons_of(course)[0])
    learners = people_with_payloads(course)
    return course, gift_quiz, csv_quiz, lesson, learners


def served(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    for payload in RAW_HTML_PAYLOADS:
        assert payload not in html, f"{payload!r} is served unescaped at {url}"
    return html


def open_in_chromium(page, live_server, client, urls):
    """Open each URL with the client's session; return the dialogs that opened, with where."""
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append((page.url, dialog.message)), dialog.dismiss()))
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )
    for url in urls:
        page.goto(live_server.url + url)
        page.wait_for_load_state("load")
        page.mouse.move(200, 300)  # any hover handler that slipped through would fire now
        page.wait_for_timeout(150)
    return dialogs


def test_corpus_is_big_enough():
    assert len(PAYLOADS) >= 30 and len(set(PAYLOADS)) == len(PAYLOADS)


def test_learner_pages_open_no_dialog(page, live_server, client, academy):
    course, gift_quiz, csv_quiz, lesson, learners = academy
    learner = learners[0]
    urls = [lesson.url, "/my-learning/", "/accounts/profile/"]
    for quiz in (gift_quiz, csv_quiz):
        attempt_url, result_url, attempt_page = answered_attempt(client, learner, quiz)
        assert attempt_page.status_code == 200
        assert "Q0 " in attempt_page.content.decode()  # the imported questions are the ones shown
        urls += [result_url]
    client.force_login(learner)
    for url in urls:
        served(client, url)
    client.post(gift_quiz.url + "start/")
    open_attempt = QuizAttempt.objects.filter(quiz=gift_quiz, submitted_at__isnull=True).latest("pk")
    urls.append(gift_quiz.url + f"attempt/{open_attempt.pk}/")
    served(client, urls[-1])
    assert open_in_chromium(page, live_server, client, urls) == []


def test_admin_pages_open_no_dialog(page, live_server, client, academy):
    course, gift_quiz, csv_quiz, lesson, learners = academy
    for learner in learners[:3]:
        answered_attempt(client, learner, gift_quiz)
    sign_in_staff(client, staff_user())
    urls = [
        "/admin/academy-reports/learners/",
        "/admin/academy-reports/enrolments/",
        "/admin/academy-reports/organisations/",
        "/admin/academy-reports/departments/",
        "/admin/academy-reports/courses/",
        f"/admin/academy-reports/learners/{learners[0].pk}/",
        f"/admin/academy-reports/learners/{learners[27].pk}/",
        "/admin/snippets/accounts/organisation/",
        "/admin/snippets/accounts/department/",
        "/admin/users/",
        f"/admin/pages/{gift_quiz.pk}/edit/",
        f"/admin/pages/{lesson.pk}/edit/",
        f"/admin/quizzes/{gift_quiz.pk}/questions/",
    ]
    for url in urls:
        served(client, url)
    assert open_in_chromium(page, live_server, client, urls) == []
