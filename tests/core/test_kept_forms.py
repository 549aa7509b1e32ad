"""A kept form's HTML is filed under the values a visitor sent, so it expires on its own."""

import time

import django_filters
import pytest
from django import forms
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.http import QueryDict

from core.content_version import kept_prefix
from core.filtersets import PreparedFilterSet
from core.kept_forms import KeptRenderingForm


class WordForm(KeptRenderingForm):
    kept_name = "test-word-form"
    word = forms.CharField(required=False)


def kept_entries():
    return {key: expiry for key, expiry in cache._expire_info.items() if kept_prefix() in key}


def test_a_form_is_rendered_once_per_set_of_values_and_each_expires_like_a_page():
    cache.clear()
    first = str(WordForm(QueryDict("word=first")))
    assert str(WordForm(QueryDict("word=first"))) == first
    str(WordForm(QueryDict("word=second")))

    entries = kept_entries()
    assert len(entries) == 2
    for expiry in entries.values():
        assert expiry is not None
        assert expiry - time.time() <= settings.CACHE_MIDDLEWARE_SECONDS


class WordFilter(PreparedFilterSet):
    word = django_filters.CharFilter(field_name="name", label="Word")

    class Meta:
        model = Group
        fields = []
        form = WordForm


@pytest.mark.django_db
def test_a_filtersets_form_with_nothing_sent_is_kept_and_then_not_made_at_all(monkeypatch):
    cache.clear()
    # Kept under the same entry as the form's own rendering with nothing sent.
    first = WordFilter(queryset=Group.objects.all()).rendered_form()
    assert first == str(WordForm())
    assert 'name="word"' in first
    assert len(kept_entries()) == 1

    made = []
    monkeypatch.setattr(WordForm, "__init__", lambda *args, **kwargs: made.append(args))
    assert WordFilter(queryset=Group.objects.all()).rendered_form() == first
    assert made == []


@pytest.mark.django_db
def test_a_filtersets_form_with_values_sent_is_rendered_with_them():
    cache.clear()
    sent = WordFilter(QueryDict("word=peace"), queryset=Group.objects.all())
    assert 'value="peace"' in sent.rendered_form()
    assert 'value="peace"' not in WordFilter(queryset=Group.objects.all()).rendered_form()
