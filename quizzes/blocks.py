"""StreamField blocks a quiz's question bank is written in.

Answers are stored by block id: question ids are stream block ids, option ids are list item ids,
so an attempt can be graded against the revision it was started on. Every option and accepted
answer carries a Moodle grade fraction (quizzes/grades.py), checked here as Moodle's editor checks it.
"""

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from wagtail import blocks

from courses.blocks import LESSON_RICH_TEXT_FEATURES, CleanRichTextBlock
from quizzes import grades

GAP = "_____"  # Moodle's missing-word blank, five underscores in the prompt


def struct_error(field, message):
    return blocks.StructBlockValidationError(block_errors={field: ValidationError(message)})


class FractionBlock(blocks.ChoiceBlock):
    def __init__(self, *, positive_only=False, **kwargs):
        choices = grades.POSITIVE_CHOICES if positive_only else grades.CHOICES
        super().__init__(choices=choices, default=grades.NONE, label="Grade", **kwargs)


class AnswerOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=500)
    fraction = FractionBlock(help_text="The share of the marks for choosing this option (may be negative)")
    feedback = blocks.TextBlock(required=False, help_text="Shown after grading to a learner who chose this option")

    class Meta:
        icon = "radio-full"


class QuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock()
    prompt_format = blocks.ChoiceBlock(
        choices=[("plain", "Plain text"), ("html", "HTML")], default="plain", required=False
    )
    feedback = blocks.TextBlock(required=False, help_text="Explains the right answer; shown after grading")
    revise_lesson = blocks.PageChooserBlock(
        page_type="courses.LessonPage", required=False, help_text="The lesson to revise if this is missed"
    )
    category = blocks.CharBlock(required=False, max_length=255, help_text="A tag (Moodle's question category)")


class ChoiceQuestionBlock(QuestionBlock):
    options = blocks.ListBlock(AnswerOptionBlock(), min_num=2)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A new question opens with the two option slots it needs (set here, not as a block argument,
        # so the stored block definition, and so the migrations, are unchanged).
        option = self.child_blocks["options"].child_block.get_default()
        self.child_blocks["options"].meta.default = [option, option]

    def fraction_error(self, fractions):
        """A message when the options' grades break this question type's rule (Moodle's editor's rule)."""
        return None

    def clean(self, value):
        value = super().clean(value)
        error = self.fraction_error([grades.exact(option["fraction"]) for option in value["options"]])
        if error:
            raise struct_error("options", error)
        return value


class SingleChoiceQuestionBlock(ChoiceQuestionBlock):
    def fraction_error(self, fractions):
        if max(fractions, default=0) != 1:
            return "One of the options must be worth 100%, so full marks are possible."
        return None

    class Meta:
        icon = "radio-full"
        label = "Single choice"


class MultipleResponseQuestionBlock(ChoiceQuestionBlock):
    def fraction_error(self, fractions):
        if sum(fraction for fraction in fractions if fraction > 0) != 1:
            return "The positive grades of the options must add up to 100%."
        return None

    class Meta:
        icon = "tick-inverse"
        label = "Multiple response"


class MissingWordQuestionBlock(SingleChoiceQuestionBlock):
    def clean(self, value):
        value = super().clean(value)
        if value["prompt"].count(GAP) != 1:
            raise struct_error("prompt", f"Mark the missing word's place in the prompt with {GAP} (once).")
        return value

    class Meta:
        icon = "edit"
        label = "Missing word"


class TrueFalseQuestionBlock(QuestionBlock):
    correct_answer = blocks.ChoiceBlock(choices=[("true", "True"), ("false", "False")])
    feedback_true = blocks.TextBlock(required=False, help_text="Shown to a learner who answered True")
    feedback_false = blocks.TextBlock(required=False, help_text="Shown to a learner who answered False")

    class Meta:
        icon = "radio-empty"
        label = "True or false"


class AcceptedAnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200, help_text="* matches any run of characters")
    fraction = FractionBlock(positive_only=True)
    feedback = blocks.TextBlock(required=False)


def full_marks_error(answers):
    if max((grades.exact(answer["fraction"]) for answer in answers), default=0) != 1:
        return "One of the answers must be worth 100%, so full marks are possible."
    return None


class ShortTextQuestionBlock(QuestionBlock):
    accepted_answers = blocks.ListBlock(
        AcceptedAnswerBlock(), min_num=1, help_text="The first answer that matches, in this order, gives its grade"
    )
    case_sensitive = blocks.BooleanBlock(required=False, help_text="Otherwise 'ZOPA' and 'zopa' are the same")

    def clean(self, value):
        value = super().clean(value)
        error = full_marks_error(value["accepted_answers"])
        if error:
            raise struct_error("accepted_answers", error)
        return value

    class Meta:
        icon = "edit"
        label = "Short text answer"


def is_number(text):
    try:
        return Decimal(str(text)).is_finite()
    except InvalidOperation:
        return False


class NumericalAnswerBlock(blocks.StructBlock):
    answer = blocks.CharBlock(max_length=40, help_text="A number, or * for any other answer")
    tolerance = blocks.CharBlock(max_length=40, required=False, default="0", help_text="Accepted error either side")
    fraction = FractionBlock(positive_only=True)
    feedback = blocks.TextBlock(required=False)

    def clean(self, value):
        value = super().clean(value)
        if value["answer"] != "*" and not is_number(value["answer"]):
            raise struct_error("answer", f"'{value['answer']}' is not a number (or *).")
        if not is_number(value["tolerance"] or "0"):
            raise struct_error("tolerance", f"'{value['tolerance']}' is not a number.")
        return value


class NumericalQuestionBlock(QuestionBlock):
    answers = blocks.ListBlock(NumericalAnswerBlock(), min_num=1, help_text="The first answer in range is graded")

    def clean(self, value):
        value = super().clean(value)
        error = full_marks_error(value["answers"])
        if error:
            raise struct_error("answers", error)
        return value

    class Meta:
        icon = "order"
        label = "Numerical"


class MatchPairBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=500, required=False, help_text="Leave empty for an extra wrong answer")
    answer = blocks.CharBlock(max_length=500)


class MatchingQuestionBlock(QuestionBlock):
    pairs = blocks.ListBlock(MatchPairBlock(), min_num=2)

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for pair in value["pairs"] if pair["question"].strip()) < 2:
            raise struct_error("pairs", "A matching question needs at least two pairs with a question.")
        return value

    class Meta:
        icon = "list-ul"
        label = "Matching"


class EssayQuestionBlock(QuestionBlock):
    rubric = blocks.TextBlock(required=False, help_text="Marking guidance, shown to the trainer who marks it")

    class Meta:
        icon = "doc-full"
        label = "Essay (marked by a trainer)"


class DescriptionBlock(QuestionBlock):
    """Text between questions; it carries no marks (Moodle's 'description')."""

    class Meta:
        icon = "info-circle"
        label = "Description (no grade)"


class ScenarioQuestionsStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_response = MultipleResponseQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    short_text = ShortTextQuestionBlock()
    numerical = NumericalQuestionBlock()
    matching = MatchingQuestionBlock()
    missing_word = MissingWordQuestionBlock()
    essay = EssayQuestionBlock()
    description = DescriptionBlock()

    class Meta:
        min_num = 1


class ScenarioBlock(blocks.StructBlock):
    """A case study followed by questions about it; drawn as one item."""

    title = blocks.CharBlock(max_length=160)
    stem = CleanRichTextBlock(features=LESSON_RICH_TEXT_FEATURES, help_text="The case the questions are about")
    questions = ScenarioQuestionsStreamBlock()

    class Meta:
        icon = "doc-full"
        label = "Scenario"


class QuizQuestionStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_response = MultipleResponseQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    short_text = ShortTextQuestionBlock()
    numerical = NumericalQuestionBlock()
    matching = MatchingQuestionBlock()
    missing_word = MissingWordQuestionBlock()
    essay = EssayQuestionBlock()
    description = DescriptionBlock()
    scenario = ScenarioBlock()
