"""ContentPage: a page of rich text with the date its content was last reviewed (statements, notices)."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

CONTENT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class ContentPage(Page):
    """A page of prose an editor maintains, such as the accessibility statement or the privacy notice."""

    summary = models.TextField(max_length=400, blank=True, help_text="Shown under the title")
    body = RichTextField(features=CONTENT_FEATURES)
    last_reviewed = models.DateField(help_text="When someone last checked this page is still true")

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body"), FieldPanel("last_reviewed")]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["courses.HomePage", "content.ContentPage"]
    subpage_types = ["content.ContentPage"]

    template = "content/content_page.html"
