"""Lesson bodies as HTML: one <section data-block="type"> per StreamField block, written and read losslessly.

A block's rich-text field is the section's content; its other fields are data- attributes (underscores
become hyphens); an image or document field holds the media file's path in the package. For example:

    <section data-block="case_study" data-title="A renewal stuck on price" data-organisation="Northshire Police">
    <p>The supplier asked for 6% ...</p>
    </section>
"""

import html
from html.parser import HTMLParser

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from courses.sanitise import RichTextError, clean_rich_text

MEDIA_KINDS = ((ImageChooserBlock, "image"), (DocumentChooserBlock, "document"))


def field_kind(block):
    if isinstance(block, blocks.RichTextBlock):
        return "rich"
    for block_class, kind in MEDIA_KINDS:
        if isinstance(block, block_class):
            return kind
    if isinstance(block, EmbedBlock):
        return "embed"
    return "text"


def fields_of(block):
    """{field name: child block} for a struct block; a plain block is one field called 'value'."""
    if isinstance(block, blocks.StructBlock):
        return dict(block.child_blocks)
    return {"value": block}


def attribute_name(field):
    return "data-" + field.replace("_", "-")


# Writing


def section_html(block_type, block, value, media_path):
    """One block as a section; `media_path(kind, pk)` names the media file a chooser points at."""
    values = value if isinstance(block, blocks.StructBlock) else {"value": value}
    attributes, content = [f'data-block="{block_type}"'], None
    for field, child in fields_of(block).items():
        kind, field_value = field_kind(child), values.get(field)
        if kind == "rich":
            content = field_value or ""
        elif kind in ("image", "document"):
            attributes.append(f'{attribute_name(field)}="{html.escape(media_path(kind, field_value) or "")}"')
        else:
            attributes.append(f'{attribute_name(field)}="{html.escape(str(field_value or ""))}"')
    opening = f"<section {' '.join(attributes)}>"
    return f"{opening}\n{content}\n</section>" if content else f"{opening}</section>"


def body_html(raw_items, stream_block, media_path):
    sections = [
        section_html(item["type"], stream_block.child_blocks[item["type"]], item["value"], media_path)
        for item in raw_items
    ]
    return "\n\n".join(sections) + "\n"


# Reading


class SectionReader(HTMLParser):
    """Finds the top-level sections of a lesson body: their line, attributes and inner HTML, untouched."""

    def __init__(self, source):
        super().__init__(convert_charrefs=True)
        self.source = source
        self.line_starts = [0]
        for index, char in enumerate(source):
            if char == "\n":
                self.line_starts.append(index + 1)
        self.sections, self.strays, self.depth, self.current = [], [], 0, None

    def source_index(self):
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if tag == "section":
            if self.depth == 0:
                start = self.source_index() + len(self.get_starttag_text())
                self.current = {"line": self.getpos()[0], "attrs": dict(attrs), "start": start}
            self.depth += 1
        elif self.depth == 0:
            self.strays.append((self.getpos()[0], f"<{tag}> outside a <section data-block> is not part of any block."))

    def handle_endtag(self, tag):
        if tag != "section" or self.depth == 0:
            return
        self.depth -= 1
        if self.depth == 0:
            self.current["content"] = self.source[self.current["start"] : self.source_index()].strip()
            self.sections.append(self.current)
            self.current = None

    def handle_data(self, data):
        if self.depth == 0 and data.strip():
            self.strays.append((self.getpos()[0], "text outside a <section data-block> is not part of any block."))

    def read(self):
        self.feed(self.source)
        self.close()
        if self.current is not None:
            self.strays.append((self.current["line"], "this <section> is never closed."))
        return self.sections


def block_errors(error):
    if isinstance(error, blocks.StructBlockValidationError):
        return [f"{name}: {m}" for name, child in error.block_errors.items() for m in block_errors(child)]
    return list(getattr(error, "messages", [str(error)]))


class LessonBodyReader:
    """Turns a lesson body into raw stream items, recording each problem at its file and line.

    Media fields hold the package path until the media exist; `media_refs` lists them to fill in.
    """

    def __init__(self, stream_block, path, problems, line_offset):
        self.stream_block, self.path, self.problems, self.offset = stream_block, path, problems, line_offset
        self.media_refs = []  # (raw value dict, field, kind, package path, line)

    def read(self, body):
        reader = SectionReader(body)
        sections = reader.read()
        for line, message in reader.strays:
            self.problems.add(self.path, line + self.offset, message)
        raws = []
        for section in sections:
            raw = self.section_raw(section, section["line"] + self.offset)
            if raw is not None:
                raws.append(raw)
        return raws

    def section_raw(self, section, line):
        attrs = dict(section["attrs"])
        block_type = attrs.pop("data-block", None)
        if block_type not in self.stream_block.child_blocks:
            known = ", ".join(self.stream_block.child_blocks)
            self.problems.add(self.path, line, f"unknown block type '{block_type}' (known: {known}).")
            return None
        block = self.stream_block.child_blocks[block_type]
        fields = fields_of(block)
        known_attributes = {attribute_name(field) for field, child in fields.items() if field_kind(child) != "rich"}
        for name in attrs:
            if name not in known_attributes:
                self.problems.add(self.path, line, f"'{block_type}' has no field '{name}'.")
        value, ok = {}, True
        for field, child in fields.items():
            ok &= self.read_field(value, field, child, attrs.get(attribute_name(field), ""), section, line)
        if not ok:
            return None
        raw_value = value if isinstance(block, blocks.StructBlock) else value["value"]
        return {"type": block_type, "value": raw_value}

    def read_field(self, value, field, child, text, section, line):
        kind = field_kind(child)
        try:
            if kind == "rich":
                value[field] = clean_rich_text(section["content"], features=child.features)
            elif kind in ("image", "document"):
                value[field] = None
                if text:
                    self.media_refs.append((value, field, kind, text, line))
                elif child.required:
                    raise ValidationError(f"a {kind} file is required.")
                return True
            elif kind == "embed":
                value[field] = text
                if text or child.required:
                    URLValidator(schemes=["https", "http"])(text)
                return True
            else:
                value[field] = text
            child.clean(child.to_python(value[field]))
        except RichTextError as error:
            self.problems.add(self.path, line, f"{field}: {error}")
            return False
        except ValidationError as error:
            for message in block_errors(error):
                self.problems.add(self.path, line, f"{field}: {message}")
            return False
        return True
