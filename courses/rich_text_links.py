"""Rich-text link handlers that show a broken link as plain text instead of failing the page.

Wagtail's own handlers pass the stored `id` attribute straight to the database, so a link whose id
is not a number (hand-edited or imported HTML), or is beyond a 64-bit integer, raises a 500 on every
page that shows it; a missing target already renders as a bare `<a>`, and so do these.
"""

from wagtail.admin.rich_text.converters.contentstate import link_entity
from wagtail.admin.rich_text.converters.html_to_contentstate import (
    ExternalLinkElementHandler,
    LinkElementHandler,
    PageLinkElementHandler,
)
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.documents.rich_text.contentstate import ContentstateDocumentLinkConversionRule
from wagtail.rich_text.pages import PageLinkHandler

MAX_ID = 2**63 - 1


def valid_id(value):
    """The stored id as a database id, or None when no row could have it."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if 0 < number <= MAX_ID else None


def with_valid_ids(attrs_list):
    return [{**attrs, "id": valid_id(attrs.get("id"))} for attrs in attrs_list]


class TolerantDocumentLinkHandler(DocumentLinkHandler):
    @classmethod
    def get_many(cls, attrs_list):
        return super().get_many(with_valid_ids(attrs_list))

    @classmethod
    def get_instance(cls, attrs):
        return cls.get_model()._default_manager.get(id=valid_id(attrs.get("id")))


class TolerantPageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list):
        return super().get_many(with_valid_ids(attrs_list))


class TolerantDocumentLinkElementHandler(LinkElementHandler):
    """The editor's reading of a document link: an unknown or impossible id keeps the link text."""

    def get_attribute_data(self, attrs):
        document_id = valid_id(attrs.get("id"))
        if document_id is None:
            return {}
        document = DocumentLinkHandler.get_model().objects.filter(id=document_id).first()
        if document is None:
            return {"id": document_id}
        return {"id": document.id, "url": document.url, "filename": document.filename}


class TolerantPageLinkElementHandler(PageLinkElementHandler):
    """The editor's reading of a page link: an impossible id is a broken link, not a crash."""

    def get_attribute_data(self, attrs):
        page_id = valid_id(attrs.get("id"))
        if page_id is None:
            return {"id": None, "url": None, "parentId": None}
        return super().get_attribute_data({**attrs, "id": page_id})


PAGE_LINK_CONTENTSTATE_RULE = {
    "from_database_format": {
        "a[href]": ExternalLinkElementHandler("LINK"),
        'a[linktype="page"]': TolerantPageLinkElementHandler("LINK"),
    },
    "to_database_format": {"entity_decorators": {"LINK": link_entity}},
}
DOCUMENT_LINK_CONTENTSTATE_RULE = {
    **ContentstateDocumentLinkConversionRule,
    "from_database_format": {'a[linktype="document"]': TolerantDocumentLinkElementHandler("DOCUMENT")},
}
