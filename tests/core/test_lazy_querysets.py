"""core.lazy_querysets: a queryset made only when used, whose model is known before."""

import pytest
from django.contrib.auth.models import Group

from core.lazy_querysets import LazyQuerySet


@pytest.mark.django_db
def test_the_model_is_known_without_making_the_queryset_which_is_made_once_when_used():
    Group.objects.create(name="lazy-test")
    made = []

    def make():
        made.append(1)
        return Group.objects.filter(name__startswith="lazy")

    lazy = LazyQuerySet(make, Group)
    assert lazy.model is Group
    assert made == []

    assert [group.name for group in lazy] == ["lazy-test"]
    assert lazy.count() == 1
    assert made == [1]
