"""core.languages.active_gettext: a render's gettext and ngettext, the active translation found
once, answer what Django's own answer for any text, in either language."""

import pytest
from django.utils import translation
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import trans_real
from hypothesis import given
from hypothesis import strategies as st

from core.languages import active_gettext

# The catalogue's own texts, so that translated texts are drawn as well as missing ones.
with translation.override("ru"):
    CATALOGUE_TEXTS = sorted(
        key for key in trans_real.catalog()._catalog.keys() if isinstance(key, str)  # noqa: SIM118 (a catalogue, not a dict)
    )

texts = st.one_of(st.sampled_from(CATALOGUE_TEXTS), st.text(alphabet=st.characters(), max_size=40),
                  st.sampled_from(["", "\r\n", "a\rb", "Skip to content\r\n"]))


@pytest.mark.parametrize("language", ["en", "ru"])
@given(text=texts, safe=st.booleans())
def test_gettext_is_django_s(language, text, safe):
    message = mark_safe(text) if safe else text  # noqa: S308 (a test's own text)
    with translation.override(language):
        gettext, _ngettext = active_gettext()
        ours, django_s = gettext(message), translation.gettext(message)
    assert ours == django_s
    assert isinstance(ours, SafeData) == isinstance(django_s, SafeData)


@pytest.mark.parametrize("language", ["en", "ru"])
@given(number=st.integers(min_value=0, max_value=10**6))
def test_ngettext_is_django_s(language, number):
    singular, plural = "%(counter)s message.", "%(counter)s messages."
    with translation.override(language):
        _gettext, ngettext = active_gettext()
        assert ngettext(singular, plural, number) == translation.ngettext(singular, plural, number)


def test_the_translation_is_the_one_active_when_the_render_began():
    with translation.override("ru"):
        gettext, _ngettext = active_gettext()
    assert gettext("All messages") == "Все сообщения" != translation.gettext("All messages")
