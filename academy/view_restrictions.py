"""View restrictions answered from the tree cache: most pages have none, and need not ask the database so."""

from wagtail.models import Page, PageViewRestriction

from academy.tree_cache import cached


def restricted_paths():
    """Tree paths of the pages with a view restriction, or None when alias pages make a path check unsafe."""

    def build():
        if Page.objects.filter(alias_of__isnull=False).exists():
            return None  # an alias takes its source's restrictions: leave those to Wagtail's own query
        return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))

    return cached("restricted-paths", build)


class CachedViewRestrictionsMixin:
    """Pages that answer "no view restrictions here" from the tree cache instead of a query on every request."""

    def get_view_restrictions(self):
        paths = restricted_paths()
        if paths is not None and not any(self.path.startswith(path) for path in paths):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
