"""The answer-fractions migration gives every existing bank and attempt the scores it gave before."""

import copy
import importlib
from fractions import Fraction

import pytest

from quizzes.scoring import grade_question

migration = importlib.import_module("quizzes.migrations.0005_answer_fractions")


def old_choice(block_type, flags):
    options = [
        {"type": "item", "id": f"o{n}", "value": {"text": f"O{n}", "is_correct": f, "feedback": ""}}
        for n, f in enumerate(flags)
    ]
    return {"type": block_type, "id": "q", "value": {"prompt": "P", "feedback": "", "options": options}}


def old_score(flags, chosen, *, multiple):
    """The grading before fractions: 0/1 for single choice; (right - wrong) / k floored at 0 for multiple."""
    if not multiple:
        return Fraction(int(flags[chosen[0]]))
    k = sum(flags)
    right = sum(1 for c in chosen if flags[c])
    return max(Fraction(0), Fraction(right - (len(chosen) - right), k))


CASES = [
    ("single_choice", [False, True, False], False),
    ("multiple_response", [True, True, False, False], True),
    ("multiple_response", [True, True, True, False, False], True),
    ("multiple_response", [True, False, False, False, False, False, False], True),
]


@pytest.mark.parametrize("block_type, flags, multiple", CASES)
def test_every_choice_scores_as_before(block_type, flags, multiple):
    block = old_choice(block_type, flags)
    migration.forward_block(block["type"], block["value"])
    snapshot = {
        "id": "q",
        "type": block_type,
        "options": [{"id": o["id"], **o["value"]} for o in block["value"]["options"]],
    }
    choices = [[n] for n in range(len(flags))]
    if multiple:
        choices = [[a, b] for a in range(len(flags)) for b in range(len(flags)) if a < b] + [list(range(len(flags)))]
    for chosen in choices:
        answer = [f"o{n}" for n in chosen] if multiple else f"o{chosen[0]}"
        assert grade_question(snapshot, answer).score == old_score(flags, chosen, multiple=multiple), chosen


def test_attempt_snapshots_and_short_answers_convert_and_convert_back():
    snapshot = {
        "id": "m",
        "type": "multiple_response",
        "options": [{"id": "a", "correct": True}, {"id": "b", "correct": True}, {"id": "c", "correct": False}],
    }
    short = {"id": "x", "type": "short_text", "accepted": ["ZOPA"]}
    before = copy.deepcopy([snapshot, short])
    migration.forward_snapshot(snapshot)
    migration.forward_snapshot(short)
    assert [o["fraction"] for o in snapshot["options"]] == ["0.5", "0.5", "-0.5"]
    assert grade_question(short, " zopa ").score == 1
    migration.backward_snapshot(snapshot)
    migration.backward_snapshot(short)
    short.pop("case_sensitive")
    assert [snapshot, short] == before
