"""Registers organisation and department management in the Wagtail admin."""

from wagtail.snippets.models import register_snippet

from .viewsets import OrganisationsGroup

register_snippet(OrganisationsGroup)
