"""Turns a quiz's question StreamField into plain snapshots, and draws questions for an attempt."""

import random

from quizzes.question_types import registry


def question_snapshot(block):
    """One question block as a dict the grader and the templates both understand."""
    return {"id": block.id, **registry.get(block.block_type).snapshot(block.value)}


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
                registry.get(question["type"]).shuffle(question, rng)
    return drawn


def flat_questions(items):
    return [question for item in items for question in item["questions"]]
