"""A kept form's HTML is filed under the values a visitor sent, so it expires on its own."""

import time

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.http import QueryDict

from core.content_version import kept_prefix
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
