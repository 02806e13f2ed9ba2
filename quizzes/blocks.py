"""StreamField blocks a quiz's question bank is written in.

Answers are stored by block id: question ids are stream block ids, option ids are list item ids,
so an attempt can be graded against the revision it was started on.
"""

from django.core.exceptions import ValidationError
from wagtail import blocks

from courses.blocks import LESSON_RICH_TEXT_FEATURES, CleanRichTextBlock


class AnswerOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=500)
    is_correct = blocks.BooleanBlock(required=False, label="Correct answer")
    feedback = blocks.TextBlock(required=False, help_text="Shown after grading to a learner who chose this option")

    class Meta:
        icon = "radio-full"


class QuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock()
    feedback = blocks.TextBlock(required=False, help_text="Explains the right answer; shown after grading")
    revise_lesson = blocks.PageChooserBlock(
        page_type="courses.LessonPage", required=False, help_text="The lesson to revise if this is missed"
    )


class ChoiceQuestionBlock(QuestionBlock):
    options = blocks.ListBlock(AnswerOptionBlock(), min_num=2)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A new question opens with the two option slots it needs (set here, not as a block argument,
        # so the stored block definition, and so the migrations, are unchanged).
        option = self.child_blocks["options"].child_block.get_default()
        self.child_blocks["options"].meta.default = [option, option]

    def correct_count_error(self, correct_count):
        """A message when the number of correct options breaks this question type's rule."""
        return None

    def clean(self, value):
        value = super().clean(value)
        correct_count = sum(1 for option in value["options"] if option["is_correct"])
        error = self.correct_count_error(correct_count)
        if error:
            raise blocks.StructBlockValidationError(block_errors={"options": ValidationError(error)})
        return value


class SingleChoiceQuestionBlock(ChoiceQuestionBlock):
    def correct_count_error(self, correct_count):
        if correct_count != 1:
            return "A single choice question needs exactly one correct option."
        return None

    class Meta:
        icon = "radio-full"
        label = "Single choice"


class MultipleResponseQuestionBlock(ChoiceQuestionBlock):
    def correct_count_error(self, correct_count):
        if correct_count < 1:
            return "A multiple response question needs at least one correct option."
        return None

    class Meta:
        icon = "tick-inverse"
        label = "Multiple response"


class TrueFalseQuestionBlock(QuestionBlock):
    correct_answer = blocks.ChoiceBlock(choices=[("true", "True"), ("false", "False")])

    class Meta:
        icon = "radio-empty"
        label = "True or false"


class ShortTextQuestionBlock(QuestionBlock):
    accepted_answers = blocks.ListBlock(
        blocks.CharBlock(max_length=200),
        min_num=1,
        help_text="Any of these is marked correct, ignoring case and extra spaces",
    )

    class Meta:
        icon = "edit"
        label = "Short text answer"


class ScenarioQuestionsStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_response = MultipleResponseQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    short_text = ShortTextQuestionBlock()

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
    scenario = ScenarioBlock()
