"""Confirming an email address at an organisation's verified domain grants the request to join it."""

from allauth.account.signals import email_confirmed
from django.dispatch import receiver


@receiver(email_confirmed)
def join_organisation_on_confirmed_domain(sender, request, email_address, **kwargs):
    from .services import membership_confirm_by_email

    membership_confirm_by_email(email_address=email_address)
