"""GIFT syntax shared by the file reader and the question types: escaping, and one question's answer block as read."""

import re
from dataclasses import dataclass
from functools import cached_property

from quizzes.question_bank.parsed import BankFileError

SPECIAL = "~=#{}:"


def escape(text):
    text = text.replace("\\", "\\\\")
    for char in SPECIAL:
        text = text.replace(char, "\\" + char)
    return text.replace("\n", "\\n")


def unescape(text):
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text).strip()


def split_unescaped(text, separator):
    """Split on `separator` where it is not preceded by a backslash."""
    return re.split(r"(?<!\\)" + re.escape(separator), text)


@dataclass(frozen=True)
class GiftAnswer:
    """One `=` or `~` answer inside the braces, its %weight% (if any) and #feedback read off."""

    marker: str
    weight: float | None
    text: str
    feedback: str

    @property
    def correct(self):
        return self.weight > 0 if self.weight is not None else self.marker == "="


@dataclass
class GiftBlock:
    """A question's answer block ({...}) before a question type claims it.

    `body` is the text between the braces without the general feedback (`####...`), stripped;
    `general` is that general feedback, unescaped. `answers` is read only when a type asks for it,
    so a true/false body is never refused for holding no `=` or `~`.
    """

    line: int
    prompt: str
    body: str
    general: str

    @property
    def word(self):
        """(the body up to its first '#', stripped; the feedback after it, unescaped): TRUE#Well done."""
        word, _, feedback = self.body.partition("#")
        return word.strip(), unescape(feedback)

    @cached_property
    def answers(self):
        found = re.findall(r"(?<!\\)([=~])((?:\\.|[^=~\\])*)", self.body, re.S)
        if not found:
            raise BankFileError([f"Line {self.line}: no answers found between {{ and }}."])
        return [self.answer(marker, raw) for marker, raw in found]

    def answer(self, marker, raw):
        if "->" in raw:
            raise BankFileError([f"Line {self.line}: matching questions are not supported."])
        weight = re.match(r"\s*%(-?\d+(?:\.\d+)?)%", raw)
        if weight:
            raw = raw[weight.end() :]
        text, *feedback_parts = split_unescaped(raw, "#")
        return GiftAnswer(
            marker, float(weight.group(1)) if weight else None, unescape(text), unescape("#".join(feedback_parts))
        )

    @property
    def weighted(self):
        return any(answer.weight is not None for answer in self.answers)
