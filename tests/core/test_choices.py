"""core.choices.choice_label: a kind's label is what get_kind_display() gives, in each
language, for every kind and for a value that is none of them."""

import pytest
from django.utils import translation

from embassy.consular.models import ConsularOffice
from press.models import Attachment, Message

MODELS = [Message, Attachment, ConsularOffice]
VALUES = [(model, value) for model in MODELS for value in [*model.Kind.values, "no_such_kind"]]


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize(("model", "value"), VALUES)
def test_a_kind_s_label_is_get_kind_display_s(language, model, value):
    instance = model(kind=value)
    with translation.override(language):
        assert instance.kind_label == instance.get_kind_display()
        assert type(instance.kind_label) is str


def test_the_label_is_in_the_active_language():
    message = Message(kind=Message.Kind.PRESS_RELEASE)
    with translation.override("ru"):
        russian = message.kind_label
    assert (message.kind_label, russian) == ("Press release", "Пресс-релиз")
