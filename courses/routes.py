"""Page routes that hand a request to a plain view, so a page model declares its URLs but does not act."""

from django.utils.module_loading import import_string


def routed_view(dotted_path):
    """A route method calling the view at `dotted_path` as view(request, page, *args).

    The view is looked up when first called: views import services, and services import the page models
    that declare these routes.
    """

    def route(page, request, *args, **kwargs):
        return import_string(dotted_path)(request, page, *args, **kwargs)

    route.__name__ = dotted_path.rsplit(".", 1)[-1]
    route.__doc__ = f"Serves this page's sub-URL with {dotted_path}."
    return route
