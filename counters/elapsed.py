"""The arithmetic and the words of a counter: "1423 days have passed since …".

"Today" is always passed in by the caller: it is the current date in the mission's home zone,
which this app does not know about (it imports nothing from the site app).

Each sentence takes the number as it is to be written (`shown`, the count itself by default)
apart from the count that picks the plural form (`days`): the header hands the browser each
sentence form with a slot where the number goes, so that its script can turn the counters over
at midnight in the page's own language (see embassy/header.py).
"""

from django.utils.translation import ngettext


def days_since(occurred_on, today):
    """Whole days from `occurred_on` to `today` (both dates); negative if it lies ahead."""
    return (today - occurred_on).days


def days_passed_sentence(days, name, note="", shown=None):
    """The full sentence: "1423 days have passed since the Salisbury incident - note"."""
    sentence = ngettext(
        "%(days)s day has passed since %(name)s",
        "%(days)s days have passed since %(name)s",
        days,
    ) % {"days": days if shown is None else shown, "name": name}
    return f"{sentence} - {note}" if note else sentence


def days_since_phrase(days, name, shown=None):
    """The short form for narrow screens: "1423 days since the Salisbury incident"."""
    return ngettext(
        "%(days)s day since %(name)s",
        "%(days)s days since %(name)s",
        days,
    ) % {"days": days if shown is None else shown, "name": name}
