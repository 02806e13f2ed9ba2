"""Any change to the page tree, a site or a view restriction makes every cached reading of the tree out of date."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from academy.tree_cache import bump_version


@receiver(post_save)
@receiver(post_delete)
def page_or_site_changed(sender, **kwargs):
    # A page's own save covers edits, publishing, unpublishing and deleting; its subclasses send their own signal.
    if issubclass(sender, (Page, Site, PageViewRestriction)):
        bump_version()


@receiver(post_page_move)
@receiver(page_published)
@receiver(page_unpublished)
def page_moved_or_published(sender, **kwargs):
    # A move rewrites its descendants' paths in one UPDATE, with no save signal for them.
    bump_version()
