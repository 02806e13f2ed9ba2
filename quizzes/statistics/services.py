"""Question statistics kept up to date: calculated from a quiz's graded attempts and stored for the admin pages.

Small cohorts are calculated when a trainer opens the page; above SYNC_ATTEMPT_LIMIT attempts the
calculation runs in a Celery task (queued through the outbox) and the page shows the stored results
until it is done. Stored results are stale once the count or the latest submission of the attempts
they came from has changed.
"""

from datetime import timedelta

from django.db import connection, transaction
from django.db.models import Count, JSONField, Max
from django.db.models.expressions import RawSQL
from django.utils import timezone

from outbox.services import task_enqueue
from quizzes.models import QuizAttempt, QuizPage, QuizStatistics
from quizzes.question_types import registry
from quizzes.quiz_bank import item_snapshot
from quizzes.statistics.calculator import question_statistics

SYNC_ATTEMPT_LIMIT = 2000
REQUEUE_AFTER = timedelta(minutes=10)  # a queued calculation not done by then is asked for again
TYPED_ANSWERS_SHOWN = 10


def analysed_attempts(*, quiz_id, scope):
    attempts = QuizAttempt.objects.filter(quiz_id=quiz_id, submitted_at__isnull=False)
    if scope == QuizStatistics.Scope.FIRST:
        attempts = attempts.filter(number=1)
    return attempts


def scores_and_answers(*, quiz_id, scope):
    """(scores, answers) of each analysed attempt, scores being {question id: fraction} from its results.

    On PostgreSQL the database unpacks the scores, so Python decodes a third of the JSON (10,000 attempts
    in the benchmark); elsewhere Python picks them out of the results.
    """
    attempts = analysed_attempts(quiz_id=quiz_id, scope=scope)
    if connection.vendor == "postgresql":
        scores = RawSQL(
            "SELECT jsonb_object_agg(key, value -> 'score') FROM jsonb_each(quizzes_quizattempt.results)",
            [],
            output_field=JSONField(),
        )
        return attempts.annotate(scores=scores).values_list("scores", "answers")
    return (
        ({qid: outcome.get("score") for qid, outcome in results.items()}, answers)
        for results, answers in attempts.values_list("results", "answers")
    )


def attempts_state(*, quiz_id, scope):
    """(count, latest submission) of the attempts statistics would analyse now."""
    state = analysed_attempts(quiz_id=quiz_id, scope=scope).aggregate(count=Count("pk"), latest=Max("submitted_at"))
    return state["count"], state["latest"]


def bank_questions(quiz):
    """{question id: snapshot} of the quiz's live bank, in bank order: the labels for prompts and options."""
    questions = {}
    for block in quiz.questions:
        for question in item_snapshot(block)["questions"]:
            questions[question["id"]] = question
    return questions


def response_rows(question, stats):
    """How often each option (or typed answer) was chosen, as labelled rows; options listed even if never chosen."""
    n = stats.attempts or 1
    if question and question.get("options"):
        labelled = [(o["text"], stats.responses.get(o["id"], 0), o.get("correct")) for o in question["options"]]
    elif question and question.get("type") == "true_false":
        labelled = [
            (word.title(), stats.responses.get(word, 0), question["answer"] == (word == "true"))
            for word in ("true", "false")
        ]
    else:
        typed = sorted(stats.responses.items(), key=lambda pair: (-pair[1], pair[0]))[:TYPED_ANSWERS_SHOWN]
        labelled = [(text, count, None) for text, count in typed]
    rows = [
        {"label": label, "count": count, "percent": round(100 * count / n, 1), "correct": correct}
        for label, count, correct in labelled
    ]
    rows.append(
        {
            "label": "No answer",
            "count": stats.unanswered,
            "percent": round(100 * stats.unanswered / n, 1),
            "correct": None,
        }
    )
    return rows


def rounded(value):
    return None if value is None else round(value, 2)


def statistics_rows(quiz, stats_by_id):
    """One stored row per question: bank questions first in bank order, then any since removed."""
    bank = bank_questions(quiz)
    order = [qid for qid in bank if qid in stats_by_id] + sorted(set(stats_by_id) - set(bank))
    rows = []
    for number, qid in enumerate(order, start=1):
        stats, question = stats_by_id[qid], bank.get(qid)
        rows.append(
            {
                "id": qid,
                "number": number,
                "prompt": question["prompt"] if question else "(removed from the question bank)",
                "type": registry.get(question["type"]).label if question else "",
                "attempts": stats.attempts,
                "facility": rounded(stats.facility),
                "standard_deviation": rounded(stats.standard_deviation),
                "discrimination_index": rounded(stats.discrimination_index),
                "discriminative_efficiency": rounded(stats.discriminative_efficiency),
                "needs_checking": stats.needs_checking,
                "check_reasons": stats.check_reasons,
                "responses": response_rows(question, stats),
            }
        )
    return rows


def quiz_statistics_calculate(*, quiz_id, scope):
    """Calculate and store a quiz's statistics (an idempotent upsert: running it twice changes nothing)."""
    quiz = QuizPage.objects.get(pk=quiz_id)
    count, latest = attempts_state(quiz_id=quiz_id, scope=scope)
    rows = statistics_rows(quiz, question_statistics(scores_and_answers(quiz_id=quiz_id, scope=scope)))
    record, _ = QuizStatistics.objects.update_or_create(
        quiz_id=quiz_id,
        scope=scope,
        defaults={
            "attempt_count": count,
            "last_submitted_at": latest,
            "questions": rows,
            "calculated_at": timezone.now(),
            "queued_at": None,
        },
    )
    return record


def quiz_statistics_current(*, quiz, scope):
    """(stored statistics or None, whether a background calculation is under way) for the admin page."""
    count, latest = attempts_state(quiz_id=quiz.pk, scope=scope)
    stored = QuizStatistics.objects.filter(quiz_id=quiz.pk, scope=scope).first()
    if stored and stored.calculated_at and (stored.attempt_count, stored.last_submitted_at) == (count, latest):
        return stored, False
    if count <= SYNC_ATTEMPT_LIMIT:
        return quiz_statistics_calculate(quiz_id=quiz.pk, scope=scope), False
    return stored, quiz_statistics_queue(quiz_id=quiz.pk, scope=scope)


def quiz_statistics_queue(*, quiz_id, scope):
    """Ask for a background calculation unless one was asked for recently; True while one is pending."""
    from quizzes.tasks import calculate_question_statistics  # tasks import these services

    now = timezone.now()
    with transaction.atomic():
        record, _ = QuizStatistics.objects.select_for_update().get_or_create(quiz_id=quiz_id, scope=scope)
        if record.queued_at and now - record.queued_at < REQUEUE_AFTER:
            return True
        record.queued_at = now
        record.save(update_fields=["queued_at"])
        task_enqueue(calculate_question_statistics, quiz_id, scope)
    record.refresh_from_db()
    return record.queued_at is not None
