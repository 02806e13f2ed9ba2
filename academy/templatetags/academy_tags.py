"""Template helpers for GOV.UK Frontend form fields and readable durations."""

from django import template

register = template.Library()

WIDGET_CLASSES = {
    "select": "govuk-select",
    "textarea": "govuk-textarea",
    "checkbox": "govuk-checkboxes__input",
    "radio": "govuk-radios__input",
}


@register.simple_tag
def govuk_widget(bound_field):
    """Render a field's widget with GOV.UK classes and its hint and error linked for screen readers."""
    input_type = widget_type(bound_field)
    css_class = WIDGET_CLASSES.get(input_type, "govuk-input")
    if bound_field.errors:
        css_class += f" {css_class}--error"
    described_by = []
    if bound_field.help_text:
        described_by.append(f"{bound_field.auto_id}-hint")
    if bound_field.errors:
        described_by.append(f"{bound_field.auto_id}-error")
    attrs = {"class": css_class}
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return bound_field.as_widget(attrs=attrs)


@register.filter
def widget_type(bound_field):
    widget = bound_field.field.widget
    if widget.__class__.__name__ in ("Select", "SelectMultiple"):
        return "select"
    if widget.__class__.__name__ == "Textarea":
        return "textarea"
    if widget.__class__.__name__ == "CheckboxInput":
        return "checkbox"
    return getattr(widget, "input_type", "text")


@register.filter
def duration(minutes):
    """75 -> '1 hour 15 minutes'."""
    try:
        minutes = int(minutes)
    except (TypeError, ValueError):
        return ""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(f"{hours} hour{'s' if hours != 1 else ''}")
    if rest or not hours:
        parts.append(f"{rest} minute{'s' if rest != 1 else ''}")
    return " ".join(parts)


@register.filter(is_safe=True)
def sentence_case(text):
    """allauth's 'Verify Your Email Address' becomes GOV.UK's 'Verify your email address'.

    Words in capitals (TOTP) keep them; only the first word keeps its capital letter.
    """
    words = str(text).strip().split(" ")
    return " ".join(word if index == 0 or word.isupper() else word.lower() for index, word in enumerate(words))


# allauth titles that are not its headings in other words: its signup page's title is "Signup", its heading "Sign Up".
ALLAUTH_TITLES = {"Signup": "Sign up"}


@register.filter
def allauth_title(text):
    """An allauth page's title as its h1 shows it: spaces tidied, known differences mapped, sentence case."""
    text = " ".join(str(text).split())
    return sentence_case(ALLAUTH_TITLES.get(text, text))
