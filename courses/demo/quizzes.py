"""Turns the demo content's quiz dicts into QuizPage question StreamField data."""

import json
import uuid

MODULE_QUIZ_SETTINGS = {
    "pass_mark": 70,
    "max_attempts": 3,
    "shuffle_options": True,
    "reveal_answers": "after_each_attempt",
}
FINAL_ASSESSMENT_SETTINGS = {
    "pass_mark": 75,
    "max_attempts": 3,
    "time_limit_minutes": 30,
    "questions_per_attempt": 8,
    "shuffle_options": True,
    "reveal_answers": "after_last_attempt",
}


def block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def question_value(question, lesson_ids):
    value = {
        "prompt": question["prompt"],
        "feedback": question.get("feedback", ""),
        "revise_lesson": lesson_ids.get(question.get("lesson")),
    }
    kind = question["type"]
    if kind in ("single_choice", "multiple_response"):
        value["options"] = [
            {
                "type": "item",
                "id": str(uuid.uuid4()),
                "value": {
                    "text": option["text"],
                    "is_correct": bool(option.get("correct")),
                    "feedback": option.get("feedback", ""),
                },
            }
            for option in question["options"]
        ]
    elif kind == "true_false":
        value["correct_answer"] = "true" if question["answer"] else "false"
    elif kind == "short_text":
        value["accepted_answers"] = [
            {"type": "item", "id": str(uuid.uuid4()), "value": text} for text in question["accepted"]
        ]
    return value


def question_stream(questions, lesson_ids):
    """Raw StreamField JSON for a list of demo questions (scenarios included)."""
    stream = []
    for question in questions:
        if question["type"] == "scenario":
            stream.append(
                block(
                    "scenario",
                    {
                        "title": question["title"],
                        "stem": question["stem"],
                        "questions": [
                            block(sub["type"], question_value(sub, lesson_ids)) for sub in question["questions"]
                        ],
                    },
                )
            )
        else:
            stream.append(block(question["type"], question_value(question, lesson_ids)))
    return json.dumps(stream)
