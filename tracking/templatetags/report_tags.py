"""Template filters for report tables whose columns are named by the view."""

from django import template
from wagtail.coreutils import multigetattr

register = template.Library()


@register.filter
def get_cell(row, field):
    try:
        return multigetattr(row, str(field))
    except (AttributeError, KeyError, TypeError):
        return ""


@register.filter
def get_heading(headings, field):
    return headings.get(field, field)
