"""Factories for people: organisations, departments, users, and staff signed in with both factors."""

import factory
from allauth.account.models import EmailAddress

from accounts.models import Department, Organisation, User

PASSWORD = "correct-horse-battery-staple"


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")

    class Meta:
        model = Organisation


class DepartmentFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Department {n}")

    class Meta:
        model = Department


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"learner{n}@example.gov.uk")
    first_name = "Pat"
    last_name = factory.Sequence(lambda n: f"Learner{n}")
    organisation = factory.SubFactory(OrganisationFactory)
    department = factory.SubFactory(DepartmentFactory, organisation=factory.SelfAttribute("..organisation"))
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    class Meta:
        model = User
        skip_postgeneration_save = True

    @factory.post_generation
    def verified_email(user, create, extracted, **kwargs):
        user.save()
        if create:
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)


TOTP_SECRET = "JBSWY3DPEHPK3PXP"


def with_totp(user, secret=TOTP_SECRET):
    """Give a staff user the second factor the admin requires."""
    from allauth.mfa.totp.internal.auth import TOTP

    TOTP.activate(user, secret)
    return user


def current_totp_code(secret=TOTP_SECRET):
    import time

    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def sign_in_staff(client, user):
    """Sign a staff user in as allauth would after their password and TOTP code: the admin checks both."""
    import time

    from allauth.account.internal.flows.login import (
        _AUTHENTICATION_METHODS_USER_SESSION_KEY,
        AUTHENTICATION_METHODS_SESSION_KEY,
    )
    from allauth.mfa.models import Authenticator

    client.force_login(user)
    session = client.session
    now = time.time()
    records = [{"method": "password", "at": now, "email": user.email}]
    totp = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if totp:
        records.append({"method": "mfa", "at": now, "id": totp.pk, "type": "totp"})
    session[AUTHENTICATION_METHODS_SESSION_KEY] = records
    session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = str(user.pk)
    session.save()
    return client


def staff_user(**kwargs):
    """A superuser with TOTP: an academy admin as the tests need one."""
    return with_totp(UserFactory(is_staff=True, is_superuser=True, **kwargs))
