"""A scripted learner and the first admin driving the production stack over HTTP, as .ci/production_stack.sh runs it.

The first admin signs in, sets up TOTP from the secret the activation page shows and adds an organisation; a
learner signs up, confirms by the emailed link, enrols, completes every lesson, passes the quiz and receives the
course-completed email from the Celery worker; the admin then has the worker build an enrolments export and
downloads it. Static files must come brotli-compressed and pages gzip-compressed. Exits non-zero on any failure.
"""

import argparse
import base64
import hashlib
import hmac
import io
import mailbox
import os
import re
import secrets
import struct
import sys
import time
from email.header import decode_header, make_header
from urllib.parse import urljoin, urlsplit

import requests
from bs4 import BeautifulSoup
from openpyxl import load_workbook
from requests.adapters import HTTPAdapter

ANSWERS = {"A Celery worker.", "True"}  # .ci/production-course's quiz, by the option a learner would pick
LEARNER_DOMAIN = "prodcheck.police.uk"
ORGANISATION = "Production Check Police"
WAIT_SECONDS = 60


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


class TlsProxyHop(HTTPAdapter):
    """Stands in for the TLS proxy: the client speaks https://, the request reaches gunicorn over plain HTTP
    with the proxy's X-Forwarded-Proto header, so Secure cookies, CSRF origin checks and redirects behave
    exactly as a browser behind the proxy sees them."""

    def send(self, request, **kwargs):
        original = request.url
        request.url = "http://" + original.removeprefix("https://")
        request.headers["X-Forwarded-Proto"] = "https"
        try:
            response = super().send(request, **kwargs)
        finally:
            request.url = original
        response.url = original
        return response


class Client:
    """One person's browser: cookies, CSRF tokens from the forms it is shown, HTTPS through the proxy hop."""

    def __init__(self, server_url, name):
        self.server_url, self.name = server_url.rstrip("/"), name
        self.origin = "https://" + urlsplit(self.server_url).netloc
        self.session = requests.Session()
        self.session.mount(self.origin + "/", TlsProxyHop())
        self.session.headers["User-Agent"] = "academy-production-ci"

    def url(self, path):
        # Links in pages and emails are absolute https:// URLs or paths; both reach this server.
        parts = urlsplit(urljoin(self.origin + "/", path))
        return self.origin + parts.path + (f"?{parts.query}" if parts.query else "")

    def get(self, path, status=200, **kwargs):
        response = self.session.get(self.url(path), timeout=30, **kwargs)
        check(response.status_code == status, f"{self.name}: GET {path} gave {response.status_code}, expected {status}")
        return response

    def post(self, path, data, **kwargs):
        headers = {"Origin": self.origin, "Referer": self.origin + urlsplit(self.url(path)).path}
        response = self.session.post(self.url(path), data=data, headers=headers, timeout=60, **kwargs)
        check(response.status_code < 400, f"{self.name}: POST {path} gave {response.status_code}")
        return response

    def submit(self, response, form_selector, values=None):
        """Fill the form a page shows (its hidden inputs kept, `values` typed in) and submit it as a browser would."""
        page = soup(response)
        form = page.select_one(form_selector)
        check(form is not None, f"{self.name}: no form {form_selector!r} on {response.url}")
        data = {field["name"]: field.get("value", "") for field in form.select("input[type=hidden][name]")}
        data.update(values or {})
        action = form.get("action") or urlsplit(response.url).path
        return self.post(urljoin(urlsplit(response.url).path, action), data)


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def error_text(response):
    page = soup(response)
    errors = page.select(".govuk-error-summary, .govuk-error-message, .error-message, .help-critical")
    return " | ".join(" ".join(error.get_text(" ").split()) for error in errors) or "(no error shown)"


def totp_code(secret, at=None):
    """RFC 6238, as an authenticator app computes it: HMAC-SHA1 over the 30 s counter, six digits."""
    counter = int(at if at is not None else time.time()) // 30
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(struct.unpack('>I', digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


class Mailroom:
    """The Maildir the local SMTP server (aiosmtpd) writes every message it receives to."""

    def __init__(self, path):
        self.path = path

    def wait_for(self, to, subject_contains, seconds=WAIT_SECONDS):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if os.path.isdir(os.path.join(self.path, "new")):
                for message in mailbox.Maildir(self.path, create=False):
                    subject = str(make_header(decode_header(message["Subject"] or "")))
                    if to in (message["To"] or "") and subject_contains in subject:
                        return subject, message_body(message)
            time.sleep(0.5)
        raise Failure(f"no email to {to} with {subject_contains!r} in its subject within {seconds}s")


def message_body(message):
    part = next((p for p in message.walk() if p.get_content_type() == "text/plain"), message)
    return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")


def admin_sign_in_with_totp(admin, email, password):
    """The README's first sign-in: password, then /admin/ asks for an authenticator app to be set up."""
    login = admin.submit(admin.get("/accounts/login/"), "form[method=post]", {"login": email, "password": password})
    check("/accounts/login/" not in login.url, f"admin sign-in refused: {error_text(login)}")
    activation = admin.get("/admin/")
    if "/accounts/reauthenticate/" in activation.url:
        # allauth asks for the password again before a second factor is added to an account.
        activation = admin.submit(activation, "form[method=post]", {"password": password})
    check("/2fa/totp/activate" in activation.url, f"/admin/ did not ask the new admin for TOTP: {activation.url}")
    secret = soup(activation).select_one("#authenticator_secret")["value"]
    done = admin.submit(activation, "form[method=post]", {"code": totp_code(secret)})
    check("/2fa/totp/activate" not in done.url, f"TOTP activation refused: {error_text(done)}")
    home = admin.get("/admin/")
    if "/2fa/reauthenticate" in home.url:
        home = enter_code_when_fresh(admin, home, secret)
    check(urlsplit(home.url).path == "/admin/", f"the admin did not open after TOTP: {home.url}")
    print("admin: signed in, TOTP set up from the activation page, admin open")
    return secret


def enter_code_when_fresh(admin, page, secret):
    # allauth accepts each code once: wait for the next 30 s window rather than replay the activation's code.
    time.sleep(30 - time.time() % 30 + 1)
    return admin.submit(page, "form[method=post]", {"code": totp_code(secret)})


def admin_add_organisation(admin):
    form = admin.get("/admin/snippets/accounts/organisation/add/")
    saved = admin.submit(form, "form[method=post]", {"name": ORGANISATION, "email_domains": LEARNER_DOMAIN})
    check("/add/" not in saved.url, f"the organisation was not saved: {error_text(saved)}")
    print(f"admin: organisation {ORGANISATION!r} added with its verified domain")


def learner_sign_up_and_confirm(learner, mailroom, email, password):
    signup = learner.get("/accounts/signup/")
    options = soup(signup).select("select[name=organisation] option")
    organisation = next((o["value"] for o in options if o.get_text(strip=True) == ORGANISATION), None)
    check(organisation is not None, f"sign-up does not offer {ORGANISATION}")
    values = {"first_name": "Lee", "last_name": "Learner", "email": email, "organisation": organisation}
    done = learner.submit(signup, "form[method=post]", {**values, "password1": password, "password2": password})
    check("/accounts/signup/" not in done.url, f"sign-up refused: {error_text(done)}")
    _, body = mailroom.wait_for(email, "onfirm")
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", body)
    check(link is not None, f"no confirmation link in the email:\n{body}")
    confirmed = learner.submit(learner.get(link.group(0)), "form[method=post]")
    check("/accounts/login/" not in confirmed.url, f"confirming did not sign the learner in: {confirmed.url}")
    print(f"learner: signed up as {email}, confirmed by the emailed link, signed in")


def learner_complete_course(learner, course_path):
    course = learner.get(course_path)
    learner.submit(course, f"form[action$='{course_path}enrol/']")
    steps = [a["href"] for a in soup(learner.get(course_path)).select("a[href]") if a["href"].startswith(course_path)]
    lessons = [path for path in dict.fromkeys(steps) if path.count("/") == course_path.count("/") + 2]
    check(lessons, f"no steps listed on {course_path}")
    for path in lessons:
        page = learner.get(path)
        if soup(page).select_one("form[action$='complete/']"):
            learner.submit(page, "form[action$='complete/']")
            print(f"learner: completed {path}")
        elif soup(page).select_one("form[action$='start/']"):
            learner_pass_quiz(learner, page)
            print(f"learner: passed the quiz at {path}")
        else:
            raise Failure(f"{path} offers the learner neither 'complete' nor 'start'")
    completed = soup(learner.get("/my-learning/")).find("caption", string="Courses you have completed")
    check(
        completed is not None and course_path in str(completed.find_parent("table")),
        "My learning does not list the course as completed",
    )


def learner_pass_quiz(learner, quiz_page):
    attempt = learner.submit(quiz_page, "form[action$='start/']")
    form = soup(attempt).select_one("form[action*='submit']")
    check(form is not None, f"no attempt form after starting the quiz: {attempt.url}")
    answers = {}
    for radio in form.select("input[type=radio]"):
        label = form.select_one(f"label[for='{radio['id']}']").get_text(strip=True)
        if label in ANSWERS:
            answers[radio["name"]] = radio["value"]
    check(len(answers) == 2, f"the answer key matched {len(answers)} of 2 questions")
    result = learner.submit(attempt, "form[action*='submit']", answers)
    check("pass" in result.text.lower(), f"the quiz was not passed: {result.url}")


def admin_export_built_by_worker(admin, secret, learner_email):
    """The enrolments export, queued as the confirmation's button does it, built by the worker, downloaded."""
    report = admin.get("/admin/academy-reports/enrolments/")
    if "/2fa/reauthenticate" in report.url:
        report = enter_code_when_fresh(admin, report, secret)
    check(learner_email in report.text, "the enrolments report does not list the learner")
    csrf = admin.session.cookies.get("csrftoken")
    queued = admin.post("/admin/academy-reports/enrolments/?export=xlsx", {"csrfmiddlewaretoken": csrf})
    check("/academy-reports/exports/" in queued.url, f"the export was not queued: {queued.url}")
    status_path = urlsplit(queued.url).path
    deadline = time.monotonic() + WAIT_SECONDS
    while "/download/" not in admin.get(status_path).text:
        check(time.monotonic() < deadline, f"the export at {status_path} was not built within {WAIT_SECONDS}s")
        time.sleep(1)
    download = admin.get(status_path + "download/")
    sheet = load_workbook(io.BytesIO(download.content), read_only=True).active
    emails = {cell for row in sheet.iter_rows(values_only=True) for cell in row}
    check(learner_email in emails, "the export does not include the learner")
    print(f"admin: export {status_path} built by the worker and downloaded, the learner's row in it")


def compression_checks(client):
    """Static files come brotli-compressed (WhiteNoise's .br files); pages come gzip-compressed by the app."""
    home = client.get("/", headers={"Accept-Encoding": "gzip"})
    check(home.headers.get("Content-Encoding") == "gzip", f"the home page is not gzipped: {home.headers}")
    stylesheet = soup(home).select_one("link[rel=stylesheet]")["href"]
    css = client.get(stylesheet, headers={"Accept-Encoding": "br, gzip"}, stream=True)
    check(css.headers.get("Content-Encoding") == "br", f"{stylesheet} is not served with brotli: {css.headers}")
    plain = requests.get(client.server_url + "/", timeout=30, allow_redirects=False)
    check(plain.status_code == 301 and plain.headers["Location"].startswith("https://"), "plain HTTP is not redirected")
    print(f"static: {stylesheet} served with Content-Encoding: br; pages gzip; plain HTTP redirected to HTTPS")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--admin-email", required=True)
    parser.add_argument("--course-slug", required=True)
    args = parser.parse_args()
    mailroom = Mailroom(args.maildir)
    admin, learner = Client(args.base_url, "admin"), Client(args.base_url, "learner")
    learner_email = f"lee.learner.{secrets.token_hex(3)}@{LEARNER_DOMAIN}"
    compression_checks(learner)
    secret = admin_sign_in_with_totp(admin, args.admin_email, os.environ["DJANGO_ADMIN_PASSWORD"])
    admin_add_organisation(admin)
    learner_sign_up_and_confirm(learner, mailroom, learner_email, secrets.token_urlsafe(16))
    course_path = f"/courses/{args.course_slug}/"
    learner_complete_course(learner, course_path)
    subject, _ = mailroom.wait_for(learner_email, "You have completed")
    print(f"learner: received '{subject}'")
    admin_export_built_by_worker(admin, secret, learner_email)


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
