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
