"""Moodle's text formats ([html], [markdown], [plain], [moodle]) turned into what a question stores.

A prompt is stored as plain text or as HTML cleaned exactly as the rich-text editor would clean it
(courses/sanitise.py): imported HTML is never trusted as it stands. Markdown becomes that HTML too.
Options and feedback are plain text, so HTML in them is reduced to its words.
"""

import html
import re

import markdown
from django.utils.html import strip_tags

from courses.sanitise import RichTextError, clean_rich_text
from quizzes.question_bank.parsed import BankFileError

FORMATS = ("moodle", "html", "plain", "markdown")
BLOCK_KEY = re.compile(r' data-block-key="[^"]*"')
PROMPT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


def split_format(text, default="moodle"):
    """('[markdown]Who is **here**?') -> ('Who is **here**?', 'markdown'), as Moodle's parse_text_with_format."""
    if text.startswith("["):
        end = text.find("]")
        name = text[1:end] if end > 0 else ""
        if name in FORMATS:
            return text[end + 1 :], name
    return text, default


def stored_prompt(text, text_format, line):
    """(prompt, prompt_format) to store for a prompt written in `text_format`."""
    if text_format == "markdown":
        text, text_format = markdown.markdown(text), "html"
    if text_format != "html":
        return text, "plain"
    if not text.lstrip().startswith("<"):  # HTML that opens with words: the cleaner would read it as plain text
        text = f"<p>{text}</p>"
    try:
        cleaned = clean_rich_text(text, features=PROMPT_FEATURES)
    except RichTextError as error:
        raise BankFileError([f"Line {line}: the question text: {error}"]) from None
    # The editor's paragraph keys are new on every cleaning; a prompt needs none, and without them it round-trips.
    return BLOCK_KEY.sub("", cleaned), "html"


def plain(text, text_format):
    """Option or feedback text as plain words: HTML tags (and Markdown's) dropped, entities read."""
    if text_format == "markdown":
        text = markdown.markdown(text)
    if text_format in ("html", "markdown"):
        return html.unescape(strip_tags(text)).strip()
    return text.strip()
