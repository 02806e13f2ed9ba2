"""Content-Security-Policy: a strict policy for learners' pages, a wider one for the Wagtail admin."""

from csp.middleware import CSPMiddleware
from django.conf import settings


class AcademyCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, sending ACADEMY_ADMIN_CSP_DIRECTIVES under the admin's URL prefixes.

    Wagtail's editor relies on inline scripts and styles, so it cannot live under the learners'
    nonce-only policy; a view's own @csp_override or @csp_replace still wins everywhere.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if parts.config is None and request.path_info.startswith(tuple(settings.ACADEMY_ADMIN_CSP_PREFIXES)):
            parts.config = settings.ACADEMY_ADMIN_CSP_DIRECTIVES
        return parts
