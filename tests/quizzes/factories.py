"""Factories for quizzes: a small question bank with known right answers, and a live quiz page."""

import json

from quizzes.models import QuizPage


def option(option_id, text, correct=False, feedback="", fraction=None):
    """An option worth `fraction` (a Moodle grade key), or 100%/0% for right/wrong."""
    fraction = fraction or ("1" if correct else "0")
    return {"type": "item", "id": option_id, "value": {"text": text, "fraction": fraction, "feedback": feedback}}


QUIZ_BANK = [
    {
        "type": "single_choice",
        "id": "q-batna",
        "value": {
            "prompt": "What is a BATNA?",
            "feedback": "EXPLAIN-BATNA",
            "revise_lesson": None,
            "options": [
                option("batna-right", "Best alternative to a negotiated agreement", True, "FEEDBACK-RIGHT"),
                option("batna-wrong", "Bottom acceptable tender", False, "FEEDBACK-WRONG"),
            ],
        },
    },
    {
        "type": "multiple_response",
        "id": "q-kpi",
        "value": {
            "prompt": "Which are service credit triggers?",
            "feedback": "EXPLAIN-KPI",
            "revise_lesson": None,
            "options": [
                option("kpi-missed", "Missed KPI", fraction="0.5"),
                option("kpi-late", "Late invoice", fraction="0.5"),
                option("kpi-weather", "Weather", fraction="-0.5"),
            ],
        },
    },
    {
        "type": "true_false",
        "id": "q-tupe",
        "value": {
            "prompt": "TUPE can apply when a service moves to a new supplier.",
            "feedback": "EXPLAIN-TUPE",
            "revise_lesson": None,
            "correct_answer": "true",
        },
    },
    {
        "type": "short_text",
        "id": "q-zopa",
        "value": {
            "prompt": "Name the overlap between both sides' reservation points.",
            "feedback": "EXPLAIN-ZOPA",
            "revise_lesson": None,
            "accepted_answers": [
                {"type": "item", "id": "acc-1", "value": {"text": "ZOPA", "fraction": "1", "feedback": ""}}
            ],
        },
    },
]
RIGHT_ANSWERS = {
    "q-batna": ["batna-right"],
    "q-kpi": ["kpi-missed", "kpi-late"],
    "q-tupe": ["true"],
    "q-zopa": ["zopa"],
}


def build_quiz(parent, *, slug="quiz", bank=None, **settings):
    """A live quiz under a module or course; lesson links in the bank are resolved by the caller."""
    settings = {"pass_mark": 75, "shuffle_options": False, **settings}
    quiz = QuizPage(title="Module quiz", slug=slug, questions=json.dumps(bank or QUIZ_BANK), **settings)
    parent.add_child(instance=quiz)
    quiz.save_revision().publish()
    quiz.refresh_from_db()
    return quiz
