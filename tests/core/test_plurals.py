"""Sentence forms for the browser: one per plural category, with a slot for the number."""

from core.plurals import category_samples, forms_by_category
from counters.elapsed import days_passed_sentence


def test_each_cldr_category_of_a_language_gets_a_whole_number_in_it():
    assert category_samples("en-gb") == {"other": 0, "one": 1}
    # Russian: 1, 21 → one; 2–4, 22 → few; 0, 5–20 → many.
    assert category_samples("ru") == {"many": 0, "one": 1, "few": 2}


def test_an_unknown_language_falls_back_to_english_rules():
    assert category_samples("xx-unknown") == {"other": 0, "one": 1}


def test_forms_split_each_sentence_where_the_number_goes():
    def words(days, shown):
        return days_passed_sentence(days, "the {days} incident", "a note", shown)

    assert forms_by_category(words, "en") == {
        "one": ["", " day has passed since the {days} incident - a note"],
        "other": ["", " days have passed since the {days} incident - a note"],
    }
