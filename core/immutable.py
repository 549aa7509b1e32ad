"""Whether a value may be handed to every request as it is: nothing a request does can change it.

A worker keeps the values it kept per content version in its own memory (core/content_version.py)
and gives each request its own copy, unpickled from the bytes it keeps, so that a request that
changes a kept list or a model instance changes nothing for the next. Most kept values are text
(a summary's HTML, a feed's written items, the header), and a copy of text is the same text:
unpickling the 51 values of an RSS feed was a tenth of its instructions.
"""

import dataclasses
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.utils.safestring import SafeString
from markupsafe import Markup

# Exact types only: a subclass may carry attributes of its own (these all have __slots__ = ()
# or none at all).
ATOMS = frozenset({
    str, SafeString, Markup, bytes, int, float, bool, type(None),
    date, datetime, time, timedelta, Decimal,
})


def immutable(value):
    """Whether `value` is an atom, a tuple (or named tuple) of immutable values, or a frozen
    dataclass whose fields all are."""
    kind = type(value)
    if kind in ATOMS:
        return True
    if isinstance(value, tuple):
        # A named tuple's class has __slots__ = (): its instances have no attributes to set.
        return not hasattr(value, "__dict__") and all(immutable(item) for item in value)
    if dataclasses.is_dataclass(kind) and kind.__dataclass_params__.frozen:
        return all(immutable(getattr(value, field.name)) for field in dataclasses.fields(kind))
    return False
