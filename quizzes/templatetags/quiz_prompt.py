"""`question_prompt`: a question's prompt as HTML, plain or cleaned rich text, its missing-word gap shown as a gap."""

import re

from django import template
from django.template.defaultfilters import linebreaksbr
from django.utils.html import escape
from django.utils.safestring import mark_safe

from courses.templatetags.academy_rich_text import clean_richtext
from quizzes.blocks import GAP

register = template.Library()

GAP_HTML = '<span class="academy-gap">_____<span class="govuk-visually-hidden"> (blank)</span></span>'


def inline_html(source):
    """Rich text made fit for a heading: paragraphs become line breaks (it is cleaned again first)."""
    html = str(clean_richtext(source))
    html = re.sub(r"<p[^>]*>", "", html).replace("</p>", "<br>")
    return html.removesuffix("<br>")


@register.filter
def question_prompt(question):
    """A snapshot's or form question's prompt (a dict with 'prompt' and 'prompt_format')."""
    prompt = question.get("prompt", "")
    html = inline_html(prompt) if question.get("prompt_format") == "html" else str(linebreaksbr(escape(prompt)))
    return mark_safe(html.replace(GAP, GAP_HTML))  # noqa: S308 - escaped or cleaned just above
