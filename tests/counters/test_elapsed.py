"""Days elapsed since an incident, and the sentence the header shows."""

from datetime import date

import pytest

from counters.elapsed import days_passed_sentence, days_since
from counters.models import Incident

SALISBURY = date(2018, 3, 4)
GLUSHKOV = date(2018, 3, 12)
NOTE = "no credible information or response from the British authorities"


@pytest.mark.parametrize(
    ("occurred_on", "today", "days"),
    [
        (SALISBURY, date(2022, 1, 25), 1423),
        (SALISBURY, date(2022, 1, 24), 1422),
        (GLUSHKOV, date(2022, 1, 25), 1415),
        (date(2020, 2, 28), date(2020, 3, 1), 2),  # across a leap day
        (SALISBURY, SALISBURY, 0),
    ],
)
def test_days_since_counts_whole_calendar_days(occurred_on, today, days):
    assert days_since(occurred_on, today) == days


def test_the_sentence_reads_as_on_the_reference_page():
    assert days_passed_sentence(1423, "the Salisbury incident", NOTE) == (
        "1423 days have passed since the Salisbury incident - no credible information or "
        "response from the British authorities"
    )


def test_one_day_is_singular():
    assert days_passed_sentence(1, "the Salisbury incident", NOTE) == (
        f"1 day has passed since the Salisbury incident - {NOTE}"
    )


def test_without_a_note_the_sentence_ends_after_the_name():
    assert days_passed_sentence(2, "the Salisbury incident") == (
        "2 days have passed since the Salisbury incident"
    )


def test_an_incident_counts_from_the_day_it_is_given():
    incident = Incident(name="the Salisbury incident", occurred_on=SALISBURY, note=NOTE)
    assert incident.sentence(date(2018, 3, 5)) == (
        f"1 day has passed since the Salisbury incident - {NOTE}"
    )
    assert incident.sentence(date(2022, 1, 25)).startswith("1423 days have passed since")
