import pytest
from django.core.exceptions import ValidationError

from press.models import (
    KIND_PROXIES,
    Interview,
    Message,
    Statement,
)
from tests.factories import make_message

pytestmark = pytest.mark.django_db


def test_slug_is_made_from_the_title_and_made_unique():
    first = make_message(title="Foreign Ministry Statement")
    second = make_message(title="Foreign Ministry Statement")
    third = make_message(title="Foreign Ministry Statement")

    assert first.slug == "foreign-ministry-statement"
    assert second.slug == "foreign-ministry-statement-2"
    assert third.slug == "foreign-ministry-statement-3"


def test_a_title_made_only_of_punctuation_still_gets_a_slug():
    assert make_message(title="«…»").slug == "item"


def test_a_very_long_title_gives_a_slug_that_fits_its_column():
    slug = make_message(title="word " * 60).slug
    assert len(slug) <= 200
    assert len(make_message(title="word " * 60).slug) <= 200


def test_each_proxy_sees_only_its_own_kind():
    statement = make_message(kind=Message.Kind.STATEMENT)
    interview = make_message(kind=Message.Kind.INTERVIEW)

    assert list(Statement.objects.all()) == [statement]
    assert list(Interview.objects.all()) == [interview]
    assert len(KIND_PROXIES) == len(Message.Kind.choices)
    for proxy in KIND_PROXIES:
        assert set(proxy.objects.values_list("kind", flat=True)) <= {proxy.proxy_kind}


def test_saving_through_a_proxy_sets_its_kind():
    interview = Interview.objects.create(title="An interview", outlet="Interfax")
    assert Message.objects.get(pk=interview.pk).kind == Message.Kind.INTERVIEW


def test_published_gate_is_available_on_each_proxy():
    make_message(kind=Message.Kind.STATEMENT)
    make_message(kind=Message.Kind.STATEMENT, status=Message.Status.DRAFT)
    assert Statement.objects.published().count() == 1


def test_every_save_bumps_the_version():
    message = make_message()
    assert message.version == 1
    message.title = "Changed"
    message.save()
    message.refresh_from_db()
    assert message.version == 2


def test_a_published_message_without_a_date_is_refused():
    message = Message(title="Undated", status=Message.Status.PUBLISHED)
    with pytest.raises(ValidationError) as error:
        message.full_clean()
    assert error.value.message_dict == {
        "published_at": ["A published message needs a publication date and time."]
    }


def test_a_draft_needs_no_date():
    Message(title="Draft", slug="draft").full_clean()


def test_an_over_long_title_is_refused():
    with pytest.raises(ValidationError) as error:
        Message(title="x" * 301, slug="long").full_clean()
    assert "title" in error.value.message_dict
