"""Admin forms: the image form asks for alternative text, which every upload must have."""

from wagtail.images.forms import BaseImageForm

ALT_TEXT_HELP = (
    "Required. Describe what the image shows for people who cannot see it, in a sentence "
    "(for example 'A buyer and a supplier shaking hands across a table')."
)


class AltTextImageForm(BaseImageForm):
    """Wagtail's image form with its description (used as alt text) required and named for what it is."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            field = self.fields["description"]
            field.required = True
            field.label = "Alternative text"
            field.help_text = ALT_TEXT_HELP
