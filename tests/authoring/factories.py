"""Staff in the academy's roles, signed in past the second factor."""

from django.contrib.auth.models import Group

from accounts.roles import ACADEMY_REVIEWERS, TRAINERS
from tests.accounts.factories import UserFactory, with_totp


def staff_in(group_name, **kwargs):
    user = with_totp(UserFactory(is_staff=True, **kwargs))
    user.groups.add(Group.objects.get(name=group_name))
    return user


def trainer(**kwargs):
    return staff_in(TRAINERS, **kwargs)


def reviewer(**kwargs):
    return staff_in(ACADEMY_REVIEWERS, **kwargs)
