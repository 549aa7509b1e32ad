"""A message's place in the feed's order (newest first: `published_at`, then `id`), as a row
value the database compares as a whole: what a message's neighbours and a page by cursor are
found from (press/selectors.py, press/list_slices.py)."""

from django.db.models import F, Field, Func, Subquery, Value

from .models import Message


class RowValue(Func):
    """`(a, b)` as an SQL row value, which compares as a whole: (published_at, id) < (x, y).

    Unlike `a < x OR (a = x AND b < y)`, a row comparison is an index condition, so the
    database starts reading at that position instead of walking to it.
    """

    template = "(%(expressions)s)"
    output_field = Field()


def feed_position():
    """A message's place in the feed's order, to compare with another's (`RowValue`)."""
    return RowValue(F("published_at"), F("id"))


def place_of(message_id):
    """The message's (published_at, id), to compare with `feed_position()`."""
    instant = Message.objects.filter(pk=message_id).values("published_at")
    return RowValue(Subquery(instant), Value(message_id))


def beside(messages, message_id, older):
    """`messages` (in the feed's order) just older than the message `message_id`'s place, or
    just newer if not `older`, nearest first: slice it for a page by cursor, and put a newer
    page back in the feed's order."""
    messages = messages.alias(position=feed_position())
    if older:
        return messages.filter(position__lt=place_of(message_id))
    return messages.filter(position__gt=place_of(message_id)).reverse()
