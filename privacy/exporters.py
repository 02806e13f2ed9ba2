"""What a subject access export holds: one exporter per section, each a list of flat rows about one learner.

Apps add their own section in their AppConfig.ready, for example the certificates app:

    from privacy.exporters import register_exporter
    register_exporter("certificates", lambda user: [{"number": c.number, ...} for c in user.certificates.all()])

Each section becomes `<name>.csv` in the zip and a key of `data.json`. Values must be JSON-serialisable;
nested values (quiz answers) are written to CSV as JSON text.
"""

from accounts.models import MembershipRequest
from courses.models import Enrolment, StepCompletion
from quizzes.models import QuizAttempt
from quizzes.question_types import registry as question_types
from tracking.models import AssignmentReminder

EXPORTERS = {}


def register_exporter(name, exporter):
    """Add a section; `exporter(user)` returns a list of dicts with the same keys in each."""
    EXPORTERS[name] = exporter


def iso(moment):
    return moment.isoformat() if moment else None


def profile(user):
    return [
        {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "job_role": user.job_role,
            "organisation": user.organisation.name if user.organisation else None,
            "department": user.department.name if user.department else None,
            "date_joined": iso(user.date_joined),
            "last_login": iso(user.last_login),
        }
    ]


def enrolments(user):
    return [
        {
            "course": enrolment.course.title,
            "enrolled_at": iso(enrolment.enrolled_at),
            "progress_percent": enrolment.progress_percent,
            "completed_at": iso(enrolment.completed_at),
            "last_activity_at": iso(enrolment.last_activity_at),
            "due_date": enrolment.due_date.isoformat() if enrolment.due_date else None,
        }
        for enrolment in Enrolment.objects.filter(user=user).select_related("course").order_by("enrolled_at", "pk")
    ]


def completions(user):
    rows = StepCompletion.objects.filter(enrolment__user=user).select_related("enrolment__course", "page")
    return [
        {"course": row.enrolment.course.title, "step": row.page.title, "completed_at": iso(row.completed_at)}
        for row in rows.order_by("completed_at", "pk")
    ]


def answers_in_words(attempt):
    """{question prompt: the learner's answer as the result page words it}, from the attempt's own snapshot."""
    words = {}
    for question in (question for item in attempt.questions for question in item["questions"]):
        given = attempt.answers.get(question["id"])
        if given is None:
            continue
        try:
            text = question_types.get(question["type"]).answer_text(question, given)
        except question_types.UnknownQuestionType:
            text = given
        words[question["prompt"]] = text
    return words


def quiz_attempts(user):
    rows = QuizAttempt.objects.filter(enrolment__user=user).select_related("quiz", "enrolment__course")
    return [
        {
            "course": attempt.enrolment.course.title,
            "quiz": attempt.quiz.title,
            "attempt": attempt.number,
            "started_at": iso(attempt.started_at),
            "submitted_at": iso(attempt.submitted_at),
            "score_percent": attempt.score_percent,
            "passed": attempt.passed,
            "answers": attempt.answers,
            "answers_in_words": answers_in_words(attempt),
        }
        for attempt in rows.order_by("started_at", "pk")
    ]


def emails_sent(user):
    """Every email the academy records sending to the learner, oldest first."""
    rows = [
        {"sent_at": iso(enrolment.completion_email_sent_at), "subject": f"You have completed {enrolment.course.title}"}
        for enrolment in Enrolment.objects.filter(user=user, completion_email_sent_at__isnull=False).select_related(
            "course"
        )
    ]
    rows += [
        {
            "sent_at": iso(reminder.sent_at),
            "subject": f"{reminder.get_kind_display()}: {reminder.assignment.course.title}",
        }
        for reminder in AssignmentReminder.objects.filter(user=user).select_related("assignment__course")
    ]
    rows += [
        {
            "sent_at": iso(request.decision_emailed_at),
            "subject": f"Your request to join {request.organisation.name} was {request.get_status_display().lower()}",
        }
        for request in MembershipRequest.objects.filter(user=user, decision_emailed_at__isnull=False).select_related(
            "organisation"
        )
    ]
    return sorted(rows, key=lambda row: row["sent_at"])


def membership_requests(user):
    return [
        {
            "organisation": request.organisation.name,
            "status": request.get_status_display(),
            "created_at": iso(request.created_at),
            "decided_at": iso(request.decided_at),
        }
        for request in MembershipRequest.objects.filter(user=user).select_related("organisation")
    ]


for _name, _exporter in [
    ("profile", profile),
    ("enrolments", enrolments),
    ("completions", completions),
    ("quiz_attempts", quiz_attempts),
    ("emails_sent", emails_sent),
    ("membership_requests", membership_requests),
]:
    register_exporter(_name, _exporter)
