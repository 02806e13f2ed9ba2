"""Moodle's grade fractions: the percentages an answer may carry, spelled as Moodle stores them, read exactly.

Moodle offers a fixed list (question_bank::fraction_options_full): 100%, 90%, 83.33333% ... 5%, 0%
and the same below zero. Moodle stores 1/3 as 0.3333333; this module maps each stored spelling to
its exact value, so three answers worth a third each add up to exactly full marks.
"""

from decimal import Decimal, InvalidOperation
from fractions import Fraction

_POSITIVE = [
    ("1", Fraction(1)),
    ("0.9", Fraction(9, 10)),
    ("0.8333333", Fraction(5, 6)),
    ("0.8", Fraction(4, 5)),
    ("0.75", Fraction(3, 4)),
    ("0.7", Fraction(7, 10)),
    ("0.6666667", Fraction(2, 3)),
    ("0.6", Fraction(3, 5)),
    ("0.5", Fraction(1, 2)),
    ("0.4", Fraction(2, 5)),
    ("0.3333333", Fraction(1, 3)),
    ("0.3", Fraction(3, 10)),
    ("0.25", Fraction(1, 4)),
    ("0.2", Fraction(1, 5)),
    ("0.1666667", Fraction(1, 6)),
    ("0.1428571", Fraction(1, 7)),
    ("0.125", Fraction(1, 8)),
    ("0.1111111", Fraction(1, 9)),
    ("0.1", Fraction(1, 10)),
    ("0.05", Fraction(1, 20)),
]
EXACT = {"0": Fraction(0), **dict(_POSITIVE), **{f"-{key}": -value for key, value in _POSITIVE}}
ORDERED = sorted(EXACT, key=lambda key: EXACT[key], reverse=True)  # 1 ... 0 ... -1


def percent(key):
    """'0.8333333' -> '83.33333', '-0.5' -> '-50': how Moodle writes a weight in GIFT (fraction x 100)."""
    return f"{(Decimal(key) * 100).normalize():f}"


def label(key):
    return f"{percent(key)}%"


CHOICES = [(key, label(key)) for key in ORDERED]
POSITIVE_CHOICES = [(key, label(key)) for key in ORDERED if EXACT[key] >= 0]
FULL = "1"
NONE = "0"


def exact(key):
    """The exact value of a stored fraction; an unknown spelling is read as its nearest allowed one."""
    if key in EXACT:
        return EXACT[key]
    found = nearest(Fraction(str(key)))
    return EXACT[found] if found else Fraction(0)


def nearest(value, *, within=Fraction(1, 200)):
    """The allowed fraction closest to `value` (a Fraction), or None when none is within half a percent."""
    key = min(ORDERED, key=lambda key: abs(EXACT[key] - value))
    return key if abs(EXACT[key] - value) <= within else None


def from_percent(text):
    """'50' or '-33.33333' (a GIFT or CSV weight) -> '0.5', '-0.3333333'; ValueError with the reason."""
    try:
        value = Fraction(Decimal(str(text).strip())) / 100
    except (InvalidOperation, ValueError):
        raise ValueError(f"'{text}' is not a percentage") from None
    key = nearest(value)
    if key is None:
        allowed = ", ".join(percent(key) for key in ORDERED if EXACT[key] > 0)
        raise ValueError(f"{text}% is not a grade Moodle allows; use one of {allowed} (or the same below zero)")
    return key


def legacy_fractions(flags, *, multiple):
    """Grades that score exactly as the right/wrong flags did before fractions.

    Single choice: right 100%, wrong 0%. Multiple response with k right options: each right +1/k,
    each wrong -1/k, so the clamped sum is the old (right chosen - wrong chosen) / k floored at zero.
    """
    right = sum(1 for flag in flags if flag)
    if not multiple or not right:
        return [FULL if flag else NONE for flag in flags]
    share = nearest(Fraction(1, right), within=Fraction(1))
    return [share if flag else f"-{share}" for flag in flags]
