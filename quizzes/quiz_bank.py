"""Turns a quiz's question StreamField into plain snapshots, and draws questions for an attempt."""

import random


def option_snapshots(options):
    return [
        {
            "id": item.id,
            "text": item.value["text"],
            "correct": bool(item.value["is_correct"]),
            "feedback": item.value["feedback"],
        }
        for item in options.bound_blocks
    ]


def question_snapshot(block):
    """One question block as a dict the grader and the templates both understand."""
    value = block.value
    lesson = value.get("revise_lesson")
    snapshot = {
        "id": block.id,
        "type": block.block_type,
        "prompt": value["prompt"],
        "feedback": value["feedback"],
        "revise_lesson_id": lesson.pk if lesson else None,
    }
    if block.block_type in ("single_choice", "multiple_response"):
        snapshot["options"] = option_snapshots(value["options"])
    elif block.block_type == "true_false":
        snapshot["answer"] = value["correct_answer"] == "true"
    elif block.block_type == "short_text":
        snapshot["accepted"] = list(value["accepted_answers"])
    return snapshot


def item_snapshot(block):
    """A top-level bank item: a question, or a scenario with its stem and questions."""
    if block.block_type == "scenario":
        return {
            "id": block.id,
            "kind": "scenario",
            "title": block.value["title"],
            "stem": block.value["stem"].source,
            "questions": [question_snapshot(child) for child in block.value["questions"]],
        }
    return {"id": block.id, "kind": "question", "questions": [question_snapshot(block)]}


def draw_items(questions_stream, *, count, shuffle_options, rng=random):
    """Draw `count` items at random from the bank, shuffling options if the quiz says so."""
    items = [item_snapshot(block) for block in questions_stream]
    drawn = rng.sample(items, min(count, len(items))) if count < len(items) else items
    if shuffle_options:
        for item in drawn:
            for question in item["questions"]:
                if "options" in question:
                    rng.shuffle(question["options"])
    return drawn


def flat_questions(items):
    return [question for item in items for question in item["questions"]]
