"""Turns a quiz's question StreamField into plain snapshots, and draws questions for an attempt."""

import pickle
import random

from academy.tree_cache import cached
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


def live_bank_items(quiz):
    """Snapshots of every item in a live quiz's bank, for its attempts to draw from.

    Reading the StreamField (a chooser block loads its pages) was most of an attempt's start; the snapshots
    are made once for the tree's version, which every publish replaces, and each caller gets its own copy
    to shuffle."""
    pickled = cached(f"quiz-bank:{quiz.pk}:{quiz.live_revision_id}", lambda: pickle.dumps(bank_items(quiz.questions)))
    return pickle.loads(pickled)


def bank_items(questions_stream):
    """Snapshots of every item in a bank as it is written (a draft's, or one not cached)."""
    return [item_snapshot(block) for block in questions_stream]


def draw_items(items, *, count, shuffle_options, rng=random):
    """Draw `count` of the bank's item snapshots at random, shuffling options if the quiz says so."""
    drawn = rng.sample(items, min(count, len(items))) if count < len(items) else items
    if shuffle_options:
        for item in drawn:
            for question in item["questions"]:
                registry.get(question["type"]).shuffle(question, rng)
    return drawn


def flat_questions(items):
    return [question for item in items for question in item["questions"]]
