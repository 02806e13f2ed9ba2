"""`clean_richtext`: rich text kept outside a page (an attempt's snapshot), cleaned again as it is shown."""

from django import template
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

from courses.sanitise import safe_rich_text

register = template.Library()


@register.filter
def clean_richtext(source):
    """Like `|richtext`, but a snapshot taken before imports were cleaned cannot carry a script."""
    return mark_safe(expand_db_html(safe_rich_text(source)))  # noqa: S308 - editor-shaped HTML only
