"""Missing word: a sentence with a gap ('_____'), the options offered in the gap; graded as single choice."""

import html

from django.utils.html import strip_tags

from quizzes.blocks import GAP, MissingWordQuestionBlock
from quizzes.question_types.registry import register
from quizzes.question_types.single_choice import SingleChoice


@register
class MissingWord(SingleChoice):
    name = "missing_word"
    label = "Missing word"
    block = MissingWordQuestionBlock

    def form_fields(self, snapshot):
        prompt = snapshot["prompt"]
        if snapshot.get("prompt_format") == "html":  # the select sits in a sentence: its words, not its markup
            prompt = html.unescape(strip_tags(prompt))
        before, _, after = prompt.partition(GAP)
        return {**super().form_fields(snapshot), "before": before, "after": after}
