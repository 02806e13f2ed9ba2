"""StreamField blocks that lessons are written in."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from courses.sanitise import RichTextError, clean_rich_text, safe_rich_text

LESSON_RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class CleanRichTextBlock(blocks.RichTextBlock):
    """Rich text that holds only what the editor would write, however it arrived (editor, import, script):
    cleaned when read, so a page renders safely, and when saved, so what is stored is clean too."""

    def to_python(self, value):
        return super().to_python(safe_rich_text(value, features=self.features))

    def get_prep_value(self, value):
        return safe_rich_text(super().get_prep_value(value), features=self.features)

    def clean(self, value):
        try:
            clean_rich_text(value.source, features=self.features)
        except RichTextError as error:
            raise ValidationError(str(error)) from None
        return super().clean(value)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120)

    class Meta:
        icon = "title"
        template = "courses/blocks/heading_block.html"


class KeyPointBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, default="Key point")
    body = CleanRichTextBlock(features=LESSON_RICH_TEXT_FEATURES)

    class Meta:
        icon = "pick"
        template = "courses/blocks/key_point_block.html"


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160)
    organisation = blocks.CharBlock(max_length=160, required=False, help_text="Who the case is about")
    body = CleanRichTextBlock(features=LESSON_RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/case_study_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(max_length=250, help_text="Describe what the image shows for people who cannot see it")
    caption = blocks.CharBlock(max_length=250, required=False)

    class Meta:
        icon = "image"
        template = "courses/blocks/image_block.html"


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160)
    video = EmbedBlock(help_text="A YouTube or Vimeo address")
    transcript = CleanRichTextBlock(
        features=LESSON_RICH_TEXT_FEATURES, help_text="Everything said in the video, for learners who cannot play it"
    )

    class Meta:
        icon = "media"
        template = "courses/blocks/video_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(max_length=160, required=False, help_text="Defaults to the document's title")
    description = blocks.TextBlock(required=False)

    class Meta:
        icon = "doc-full-inverse"
        template = "courses/blocks/document_block.html"


class ReflectionBlock(blocks.StructBlock):
    """A 'check your understanding' prompt: the learner thinks first, then reads the guidance."""

    prompt = blocks.TextBlock()
    guidance = CleanRichTextBlock(
        features=LESSON_RICH_TEXT_FEATURES, required=False, help_text="What a good answer covers"
    )

    class Meta:
        icon = "help"
        label = "Check your understanding"
        template = "courses/blocks/reflection_block.html"


class LessonStreamBlock(blocks.StreamBlock):
    paragraph = CleanRichTextBlock(features=LESSON_RICH_TEXT_FEATURES, template="courses/blocks/paragraph_block.html")
    heading = HeadingBlock()
    key_point = KeyPointBlock()
    case_study = CaseStudyBlock()
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    reflection = ReflectionBlock()


# Quiz questions. Answers are stored by block id: question ids are stream block ids, option ids
# are list item ids, so an attempt can be graded against the revision it was started on.


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
