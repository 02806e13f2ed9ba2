"""Requests that are malformed rather than wrong: answered with a 400 page that says so, never a 500."""

from django.shortcuts import render
from django.utils.datastructures import MultiValueDictKeyError

# Longer search terms help nobody, and SQLite refuses LIKE patterns past ~50 KB with an error.
MAX_SEARCH_LENGTH = 200


def bad_request(request, message):
    return render(request, "400.html", {"message": message}, status=400)


class MalformedRequestMiddleware:
    """Overlong search terms, and forms posted without fields their page always sends.

    Wagtail's editor views read some fields (a StreamField's `-count`, a copy's destination) straight
    from request.POST; a hand-made or truncated POST then raises MultiValueDictKeyError. That is a
    broken submission, so the person gets a 400 asking them to reload, not a server error.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any(len(value) > MAX_SEARCH_LENGTH for value in request.GET.getlist("q")):
            return bad_request(request, f"Search terms must be {MAX_SEARCH_LENGTH} characters or fewer.")
        return self.get_response(request)

    def process_exception(self, request, exception):
        if request.method == "POST" and isinstance(exception, MultiValueDictKeyError):
            return bad_request(request, "The form was sent incomplete. Reload the page and try again.")
        return None
