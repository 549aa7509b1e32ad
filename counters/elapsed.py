"""The arithmetic and the words of a counter: "1423 days have passed since …".

"Today" is always passed in by the caller: it is the current date in the mission's home zone,
which this app does not know about (it imports nothing from the site app).
"""

from django.utils.translation import ngettext


def days_since(occurred_on, today):
    """Whole days from `occurred_on` to `today` (both dates); negative if it lies ahead."""
    return (today - occurred_on).days


def days_passed_sentence(days, name, note=""):
    sentence = ngettext(
        "%(days)d day has passed since %(name)s",
        "%(days)d days have passed since %(name)s",
        days,
    ) % {"days": days, "name": name}
    return f"{sentence} - {note}" if note else sentence
