"""Writes for authoring: moving a course's pages up and down among their siblings."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

UP, DOWN = "up", "down"


@transaction.atomic
def page_move(*, page, direction, user):
    """Swap `page` with its previous (up) or next (down) sibling, as Wagtail's own reorder does."""
    if direction not in (UP, DOWN):
        raise ValidationError("Move a page up or down.")
    parent = page.get_parent()
    if not parent.permissions_for_user(user).can_reorder_children():
        raise PermissionDenied("You cannot reorder the pages here.")
    siblings = list(parent.get_children().order_by("path"))
    index = next(i for i, sibling in enumerate(siblings) if sibling.pk == page.pk)
    target_index = index - 1 if direction == UP else index + 1
    if not 0 <= target_index < len(siblings):
        raise ValidationError(f"'{page.title}' is already {'first' if direction == UP else 'last'}.")
    page.move(siblings[target_index], pos="left" if direction == UP else "right", user=user)
