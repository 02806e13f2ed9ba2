"""Rich text that enters from a file, cleaned to exactly what the Wagtail editor would store.

Imported HTML takes the editor's own round trip (HTML -> Draft.js content state -> HTML) for the
block's feature set, so anything the editor cannot hold (scripts, event handlers, `javascript:`
links, SVG, styles) is dropped the same way. Mis-nested tags are first re-nested, since the
converter refuses them with an assertion; HTML it still cannot read is refused with a message.
"""

from html import escape
from html.parser import HTMLParser

from django.utils.html import strip_tags

# Elements that never have content, so never need closing.
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# Elements whose text is code or styling, never words a learner should read.
DROPPED_CONTENT = {"script", "style", "template", "noscript", "iframe", "object", "svg", "math"}


class RichTextError(ValueError):
    """HTML the editor's converter cannot read even after re-nesting."""


class TagBalancer(HTMLParser):
    """Re-emit HTML with every element closed in the order it was opened; stray end tags dropped."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.stack, self.dropping = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in DROPPED_CONTENT:
            self.dropping += 1
            self.stack.append(tag)
            return
        if self.dropping:
            return
        attributes = "".join(f' {name}="{escape(value or "", quote=True)}"' for name, value in attrs)
        if tag in VOID_ELEMENTS:
            self.out.append(f"<{tag}{attributes}/>")
        else:
            self.out.append(f"<{tag}{attributes}>")
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag not in DROPPED_CONTENT and not self.dropping:
            self.handle_starttag(tag, attrs)
            if tag not in VOID_ELEMENTS:
                self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag not in self.stack:
            return  # an end tag with nothing open to close: browsers ignore it too
        while self.stack:
            open_tag = self.stack.pop()
            if open_tag in DROPPED_CONTENT:
                self.dropping -= 1
            elif not self.dropping:
                self.out.append(f"</{open_tag}>")
            if open_tag == tag:
                break

    def handle_data(self, data):
        if not self.dropping:
            self.out.append(escape(data, quote=False))

    def close(self):
        super().close()
        if self.stack:
            self.handle_endtag(self.stack[0])
        return "".join(self.out)


def balanced_html(html):
    parser = TagBalancer()
    parser.feed(html)
    return parser.close()


def plain_text_html(text):
    """Plain text as paragraphs, one per blank-line-separated block, every character escaped."""
    paragraphs = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n") if part.strip()]
    return "".join("<p>{}</p>".format(escape(part, quote=False).replace("\n", "<br/>")) for part in paragraphs)


def clean_rich_text(source, *, features=None):
    """HTML or plain text as the rich-text editor would store it for `features`.

    Text that does not start with a tag is plain text and is escaped; HTML is re-nested, then put
    through the editor's converter. Raises RichTextError for HTML the converter still refuses.
    """
    # Imported here: blocks.py uses this module, and the converter needs the app registry ready.
    from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

    from courses.blocks import LESSON_RICH_TEXT_FEATURES

    source = (source or "").replace("\x00", "")
    html = balanced_html(source) if source.lstrip().startswith("<") else plain_text_html(source)
    converter = ContentstateConverter(features or LESSON_RICH_TEXT_FEATURES)
    try:
        return converter.to_database_format(converter.from_database_format(html))
    except (AssertionError, ValueError, TypeError, OverflowError) as error:
        raise RichTextError(
            "the HTML could not be read as rich text (for example a list item outside a list, or a paragraph "
            "inside bold text); simplify it or paste it into the editor instead."
        ) from error


class EditorShapeCheck(HTMLParser):
    """Whether HTML holds only tags and attributes the lesson editor writes, so it needs no cleaning."""

    TAGS = {"p", "b", "i", "ol", "ul", "li", "a", "br"}
    SAFE_SCHEMES = ("http://", "https://", "mailto:", "tel:", "/", "#")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.editor_shaped = True

    def handle_starttag(self, tag, attrs):
        names = {name for name, _ in attrs} - {"data-block-key"}
        if tag not in self.TAGS:
            self.editor_shaped = False
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            link_ok = names <= {"linktype", "id"} or (names == {"href"} and href.startswith(self.SAFE_SCHEMES))
            self.editor_shaped = self.editor_shaped and link_ok
        elif names:
            self.editor_shaped = False

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if "<" in data:  # a tag the parser could not finish, which a browser might still read
            self.editor_shaped = False

    def handle_comment(self, data):
        self.editor_shaped = False

    def handle_decl(self, decl):
        self.editor_shaped = False

    def handle_pi(self, data):
        self.editor_shaped = False


def is_editor_shaped(source):
    checker = EditorShapeCheck()
    checker.feed(source or "")
    checker.close()
    return checker.editor_shaped


def safe_rich_text(source, *, features=None):
    """Stored rich text made safe to show: unchanged if it is what the editor writes, else cleaned
    (the editor's output costs one parse and no query; anything else, the editor's round trip)."""
    if is_editor_shaped(source):
        return source
    try:
        return clean_rich_text(source, features=features)
    except RichTextError:
        return plain_text_html(strip_tags(source))
