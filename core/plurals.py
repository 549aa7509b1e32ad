"""Sentence forms for the browser: one per plural category of the page's language.

A script that rewrites a counted sentence ("1424 days have passed …") picks the form with the
browser's Intl.PluralRules, which names CLDR categories (one, few, many, other). gettext picks
a form by its catalogue's own formula instead. To hand the browser every form it can need,
take one whole number of each CLDR category of the language (Babel carries the CLDR rules) and
ask gettext for that number's form, with a slot where the number goes.
"""

from functools import cache
from itertools import chain

from babel import Locale, UnknownLocaleError
from django.utils import translation

# Never typed into a form field (Django refuses NUL characters in text), so it marks the
# number's place in a sentence unambiguously.
SLOT = "\x00"


@cache
def category_samples(language):
    """{CLDR category: a whole number in it} for `language`, e.g. {"one": 1, "other": 0}."""
    try:
        rule = Locale.parse(translation.to_locale(language)).plural_form
    except (UnknownLocaleError, ValueError):
        rule = Locale("en").plural_form
    samples = {}
    # Integer categories depend on the last two or three digits, and in a few languages on
    # exact millions.
    for number in chain(range(1000), (10**6, 10**9)):
        samples.setdefault(rule(number), number)
    return samples


def forms_by_category(words, language=None):
    """{category: [text before the number, text after it]} for the browser.

    `words(count, shown)` is the sentence for `count`, with `shown` written where the number
    goes.
    """
    samples = category_samples(language or translation.get_language() or "en")
    return {
        category: words(count, SLOT).split(SLOT, 1) for category, count in samples.items()
    }
