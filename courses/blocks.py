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
    text = blocks.CharBlock(max_length=120, help_text="A short heading for the section that follows")

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


class ChooserStructBlock(blocks.StructBlock):
    """A block built around a chosen file: an empty chooser gets a message saying what to do, not 'required'."""

    chooser_name = ""
    chooser_message = ""

    def clean(self, value):
        if not value.get(self.chooser_name):
            raise blocks.StructBlockValidationError(
                block_errors={self.chooser_name: ValidationError(self.chooser_message)}
            )
        return super().clean(value)


class ImageBlock(ChooserStructBlock):
    chooser_name = "image"
    chooser_message = "Choose an image, or upload one (Upload tab), or delete this block."

    image = ImageChooserBlock(
        help_text="Choose an image from the library or upload one; uploads go to this course's collection"
    )
    alt_text = blocks.CharBlock(
        max_length=250,
        label="Alternative text",
        help_text="Required. Describe what the image shows for people who cannot see it, in a sentence",
    )
    caption = blocks.CharBlock(max_length=250, required=False, help_text="Optional. Shown under the image")

    class Meta:
        icon = "image"
        template = "courses/blocks/image_block.html"
        help_text = "An image with alternative text for screen readers, and an optional caption."


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160)
    video = EmbedBlock(help_text="The address of a YouTube or Vimeo video, such as https://www.youtube.com/watch?v=…")
    transcript = CleanRichTextBlock(
        features=LESSON_RICH_TEXT_FEATURES, help_text="Everything said in the video, for learners who cannot play it"
    )

    class Meta:
        icon = "media"
        template = "courses/blocks/video_block.html"


class DocumentBlock(ChooserStructBlock):
    chooser_name = "document"
    chooser_message = "Choose a document, or upload one (Upload tab), or delete this block."

    document = DocumentChooserBlock(
        help_text="A handout learners download (PDF, Word, Excel); uploads go to this course's collection"
    )
    title = blocks.CharBlock(
        max_length=160, required=False, help_text="Optional. The link text; the document's own title if empty"
    )
    description = blocks.TextBlock(required=False, help_text="Optional. A line about what the document is for")

    class Meta:
        icon = "doc-full-inverse"
        template = "courses/blocks/document_block.html"
        help_text = "A downloadable document with an optional description."


class ReflectionBlock(blocks.StructBlock):
    """A 'check your understanding' prompt: the learner thinks first, then reads the guidance."""

    prompt = blocks.TextBlock(help_text="A question for the learner to think about")
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
