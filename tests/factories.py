"""Plain factory functions for tests: sensible defaults, any field overridable."""

import itertools
from datetime import timedelta

from django.contrib.auth.models import Group, User
from django.utils import timezone

from press.models import Category, Message, Person

_numbers = itertools.count(1)


def make_category(**fields):
    number = next(_numbers)
    fields.setdefault("name", f"Category {number}")
    fields.setdefault("slug", f"category-{number}")
    return Category.objects.create(**fields)


def make_person(**fields):
    number = next(_numbers)
    fields.setdefault("name", f"Person {number}")
    fields.setdefault("slug", f"person-{number}")
    return Person.objects.create(**fields)


def make_message(categories=(), people=(), **fields):
    """A published message dated an hour ago unless told otherwise."""
    fields.setdefault("title", f"Message {next(_numbers)}")
    fields.setdefault("lead", "A lead paragraph.")
    fields.setdefault("body", "A *body*.")
    fields.setdefault("status", Message.Status.PUBLISHED)
    if fields["status"] == Message.Status.PUBLISHED:
        fields.setdefault("published_at", timezone.now() - timedelta(hours=1))
    message = Message.objects.create(**fields)
    message.categories.set(categories)
    message.people.set(people)
    return message


def make_staff_user(*group_names, username=None):
    user = User.objects.create_user(
        username=username or f"staff{next(_numbers)}", password="pw", is_staff=True
    )
    user.groups.set(Group.objects.filter(name__in=group_names))
    return user
