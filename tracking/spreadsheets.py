"""Spreadsheet safety: cells are neutralised so Excel or Sheets never run them as formulas."""

from django.utils import timezone

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """Prefix a text cell that a spreadsheet would read as a formula with an apostrophe (OWASP)."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def spreadsheet_value(value):
    """A cell value: formula-safe text, and times in local time without a zone (openpyxl accepts no other)."""
    if getattr(value, "tzinfo", None) is not None:
        value = timezone.make_naive(value)
    return neutralise_formula(value)
