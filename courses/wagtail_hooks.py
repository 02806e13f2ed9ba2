"""Admin hooks: rich-text link handlers that tolerate broken links."""

from wagtail import hooks

from courses.rich_text_links import (
    DOCUMENT_LINK_CONTENTSTATE_RULE,
    PAGE_LINK_CONTENTSTATE_RULE,
    TolerantDocumentLinkHandler,
    TolerantPageLinkHandler,
)


@hooks.register("register_rich_text_features", order=100)  # after Wagtail's own, which these replace
def tolerant_rich_text_links(features):
    features.register_link_type(TolerantDocumentLinkHandler)
    features.register_link_type(TolerantPageLinkHandler)
    features.register_converter_rule("contentstate", "document-link", DOCUMENT_LINK_CONTENTSTATE_RULE)
    features.register_converter_rule("contentstate", "link", PAGE_LINK_CONTENTSTATE_RULE)
