"""The counters in Russian take the plural form the Unicode CLDR rule for Russian gives.

CLDR (plurals.xml) for whole numbers in Russian:
  one:  i % 10 = 1 and i % 100 != 11                    1, 21, 101, 1001 …   → "день"
  few:  i % 10 = 2..4 and i % 100 != 12..14             2–4, 22–24, 1423 …   → "дня"
  many: i % 10 = 0, or i % 10 = 5..9, or i % 100 = 11..14   0, 5–20, 1415 …  → "дней"
The rule is written out here, and also read from Babel's copy of CLDR; the sentence the site
makes (through its catalogue's gettext formula) must take the matching word for every count.
"""

from babel import Locale
from django.utils import translation

from counters.elapsed import days_passed_sentence

COUNTS = [*range(0, 201), *range(1000, 1201), 1415, 1423]
WORD = {"one": "день", "few": "дня", "many": "дней"}
VERB = {"one": "прошёл", "few": "прошло", "many": "прошло"}


def cldr_category(n):
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


def test_each_count_takes_the_cldr_form():
    wrong = []
    with translation.override("ru"):
        for count in COUNTS:
            category = cldr_category(count)
            assert Locale("ru").plural_form(count) == category  # the rule above is CLDR's
            sentence = days_passed_sentence(count, "инцидента в Солсбери")
            expected = f"{count} {WORD[category]} {VERB[category]} с инцидента в Солсбери"
            if sentence != expected:
                wrong.append((count, sentence))
    assert wrong == []


def test_the_reference_counts():
    with translation.override("ru"):
        assert days_passed_sentence(1423, "инцидента").startswith("1423 дня прошло")
        assert days_passed_sentence(1415, "гибели").startswith("1415 дней прошло")
        assert days_passed_sentence(21, "x").startswith("21 день прошёл")
        assert days_passed_sentence(11, "x").startswith("11 дней прошло")


def test_the_note_follows_a_dash_in_russian_too():
    with translation.override("ru"):
        assert days_passed_sentence(2, "инцидента", "нет ответа") == (
            "2 дня прошло с инцидента - нет ответа"
        )
