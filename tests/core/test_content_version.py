"""What `recall` and `recall_all` keep lasts until the content changes, per language."""

import pytest
from django.utils import translation

from core import content_version

# bump() also moves the version again at commit, which asks the database.
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


class Counter:
    """A computation that says how many times it ran."""

    def __init__(self):
        self.runs = 0

    def __call__(self, *args):
        self.runs += 1
        return f"value {self.runs} in {translation.get_language()}"


def test_a_recalled_value_is_kept_until_the_content_version_moves():
    compute = Counter()
    assert content_version.recall("thing", compute) == "value 1 in en"
    assert content_version.recall("thing", compute) == "value 1 in en"
    content_version.bump()
    assert content_version.recall("thing", compute) == "value 2 in en"
    assert content_version.recall("thing", compute) == "value 2 in en"


def test_each_language_keeps_its_own_value():
    compute = Counter()
    with translation.override("en"):
        english = content_version.recall("thing", compute)
    with translation.override("ru"):
        russian = content_version.recall("thing", compute)
    with translation.override("en"):
        assert content_version.recall("thing", compute) == english
    assert english == "value 1 in en"
    assert russian == "value 2 in ru"


def test_nothing_is_a_value_too_and_a_timeout_of_zero_keeps_nothing():
    runs = Counter()

    def nothing():
        runs()

    assert content_version.recall("nothing", nothing) is None
    assert content_version.recall("nothing", nothing) is None
    assert runs.runs == 1
    expired = Counter()
    content_version.recall("expired", expired, timeout=lambda value: 0)
    content_version.recall("expired", expired, timeout=lambda value: 0)
    assert expired.runs == 2


def test_each_item_is_kept_on_its_own_and_read_together():
    compute = Counter()

    def compute_missed(missed):
        return [compute(item) for item in missed]

    first = content_version.recall_all("items", [1, 2], str, compute_missed)
    assert first == ["value 1 in en", "value 2 in en"]
    # Item 3 is new: only it is computed; 1 and 2 are read back.
    assert content_version.recall_all("items", [2, 3, 1], str, compute_missed) == [
        "value 2 in en", "value 3 in en", "value 1 in en",
    ]
    content_version.bump()
    assert content_version.recall_all("items", [1], str, compute_missed) == ["value 4 in en"]


def test_recall_all_computes_the_items_not_kept_in_one_call():
    calls = []

    def compute_missed(missed):
        calls.append(list(missed))
        return [f"value of {item}" for item in missed]

    assert content_version.recall_all("batch", [1, 2], str, compute_missed) == [
        "value of 1", "value of 2",
    ]
    # In the asked order, only 3 computed, and in one call.
    assert content_version.recall_all("batch", [3, 1, 2], str, compute_missed) == [
        "value of 3", "value of 1", "value of 2",
    ]
    assert calls == [[1, 2], [3]]
    content_version.bump()
    content_version.recall_all("batch", [2, 1], str, compute_missed)
    assert calls[-1] == [2, 1]
