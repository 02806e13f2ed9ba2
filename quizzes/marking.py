"""Essay marking: the queue of attempts waiting for a trainer, a trainer's marks, and the learner's email.

An attempt with an answered essay is submitted with `awaiting_marking` set and no pass or fail.
When a trainer has marked every essay in it, the attempt is scored again with those marks; a
pass completes the course step through the same completion record as any pass, and the learner
is emailed through the outbox.
"""

from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.permission_policies.pages import PagePermissionPolicy

from courses.services import step_complete
from outbox.services import task_enqueue
from quizzes import grades
from quizzes.models import QuizAttempt
from quizzes.quiz_bank import flat_questions
from quizzes.scoring import QuestionResult, attempt_outcome, grade_attempt


def markable_attempts(*, user):
    """Attempts waiting for a mark at quizzes this user may edit, oldest first."""
    quizzes = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return (
        QuizAttempt.objects.filter(awaiting_marking=True, quiz__in=quizzes.values("pk"))
        .select_related("quiz", "enrolment__user", "enrolment__course")
        .order_by("submitted_at")
    )


def essays(attempt):
    """(question snapshot, the learner's answer, its result) for each essay in the attempt."""
    return [
        (question, attempt.answers.get(question["id"], ""), attempt.results.get(question["id"], {}))
        for question in flat_questions(attempt.questions)
        if question["type"] == "essay"
    ]


def attempt_mark(*, attempt, marks, marker):
    """Record a trainer's marks ({question id: (grade key, comment)}) for every essay waiting in the attempt."""
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().select_related("enrolment", "quiz").get(pk=attempt.pk)
        if not attempt.awaiting_marking:
            raise ValidationError("This attempt has already been marked.")
        waiting = [q["id"] for q, _, result in essays(attempt) if result.get("pending")]
        missing = [question_id for question_id in waiting if question_id not in marks]
        if missing:
            raise ValidationError("Give a mark for every essay answer.")
        results = dict(attempt.results)
        now = timezone.now()
        for question_id in waiting:
            key, comment = marks[question_id]
            if key not in dict(grades.POSITIVE_CHOICES):
                raise ValidationError("Choose a mark from the list.")
            results[question_id] = {
                "score": float(grades.exact(key)),
                "answered": True,
                "fraction": key,
                "comment": comment.strip(),
                "marked_by": marker.get_full_name() or marker.email,
                "marked_at": now.isoformat(),
            }
        outcome = regraded(attempt, results)
        attempt.results, attempt.score_percent, attempt.passed = results, *outcome
        attempt.awaiting_marking, attempt.marked_at = False, now
        attempt.save(update_fields=["results", "score_percent", "passed", "awaiting_marking", "marked_at"])
        if attempt.passed:
            step_complete(enrolment=attempt.enrolment, page=attempt.quiz, activity_at=now)
        from quizzes.tasks import send_attempt_marked_email  # tasks import this module

        task_enqueue(send_attempt_marked_email, attempt.pk)
    return attempt


def regraded(attempt, results):
    """(score percent, passed) with the trainer's marks in place of the pending essays."""
    graded = grade_attempt(flat_questions(attempt.questions), attempt.answers, attempt.pass_mark).results
    marked = [
        QuestionResult(r.question_id, grades.exact(results[r.question_id]["fraction"]), answered=True)
        if "fraction" in results.get(r.question_id, {})
        else r
        for r in graded
    ]
    return attempt_outcome(marked, attempt.pass_mark)


def attempt_marked_email_send(*, attempt_id):
    """Tell the learner their attempt is marked, once; a retried task finds it sent and stops."""
    claimed = QuizAttempt.objects.filter(
        pk=attempt_id, marked_at__isnull=False, marked_email_sent_at__isnull=True
    ).update(marked_email_sent_at=timezone.now())
    if not claimed:
        return False
    attempt = QuizAttempt.objects.select_related("enrolment__user", "quiz").get(pk=attempt_id)
    url = (
        attempt.quiz.full_url + attempt.quiz.reverse_subpage("result", args=[attempt.pk])
        if attempt.quiz.full_url
        else ""
    )
    send_mail(
        subject=f"Your answers to {attempt.quiz.title} have been marked",
        message=render_to_string("quizzes/email/attempt_marked.txt", {"attempt": attempt, "result_url": url}),
        from_email=None,
        recipient_list=[attempt.enrolment.user.email],
    )
    return True
