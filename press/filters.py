"""The archive's filters: one FilterSet behind /messages/, the category pages and every feed.

Every value a visitor sends is validated by a form field before it reaches the database: an
impossible date, an unknown kind or category, a NUL byte or an over-long search each give the
form a clear error instead of a query (PostgreSQL would refuse a NUL in a string with an error).
"""

from datetime import date, timedelta

import django_filters
from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from core.filtersets import PreparedFilterSet
from core.kept_forms import KeptRenderingForm
from core.languages import current_language
from core.timekeeping import start_of_day
from core.widgets import SearchInput

from . import search, selectors
from .models import Message

MAX_SEARCH_LENGTH = 200
NEWEST, RELEVANCE = "newest", "relevance"
# Outside these the database cannot turn a year into a range of home-zone instants.
FIRST_YEAR, LAST_YEAR = 1900, 2999


class OnceChoices:
    """Choices read from the database only when a form needs them, and then only once.

    A choice field reads its choices to validate a submitted value and again to render its
    <select>, and its widget holds them too. Sharing one loader between the two keeps that to
    one query per form, and to none for a feed that does not filter by the field. Each
    request's form gets new loaders (`prepare_form`, after the form has copied its fields), so
    nothing goes stale.
    """

    def __init__(self, load):
        self.load = load
        self.loaded = None

    def __call__(self):
        if self.loaded is None:
            self.loaded = self.load()
        return self.loaded


class YearFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


class DateInput(forms.DateInput):
    """The browser's date picker, which sends and expects ISO dates."""

    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")

    def format_value(self, value):
        # An impossible date from the address (30 February) is not a valid value for a date
        # picker, which could not show it anyway: the field comes back empty, and the form's
        # error says what was wrong.
        value = super().format_value(value)
        try:
            date.fromisoformat(value)
        except (TypeError, ValueError):
            return None
        return value


class HomeDayFilter(django_filters.DateFilter):
    """A day in the home zone, within the years the database can turn into instants."""

    def __init__(self, **kwargs):
        super().__init__(
            widget=DateInput(),
            validators=[
                MinValueValidator(date(FIRST_YEAR, 1, 1)),
                MaxValueValidator(date(LAST_YEAR, 12, 31)),
            ],
            **kwargs,
        )


class MessageFilterForm(KeptRenderingForm):
    # Its HTML (the kinds' boxes, every category and person) is kept (core/kept_forms.py).
    kept_name = "filter-form"

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(_("The “from” date is after the “to” date."))
        return cleaned


class MessageFilter(PreparedFilterSet):
    q = django_filters.CharFilter(
        label=_("Search"), method="search", max_length=MAX_SEARCH_LENGTH, widget=SearchInput,
        help_text=_(
            'Words in the title, lead or text. "Quotes" for a phrase, -word to leave one out.'
        ),
    )
    kind = django_filters.MultipleChoiceFilter(
        label=_("Kind"), choices=Message.Kind.choices, widget=forms.CheckboxSelectMultiple,
        # A column, not a join: no duplicate rows to remove.
        distinct=False,
    )
    category = django_filters.ChoiceFilter(
        field_name="categories__slug", label=_("Category"), empty_label=_("Any category")
    )
    person = django_filters.ChoiceFilter(
        field_name="people__slug", label=_("Person"), empty_label=_("Anyone")
    )
    date_from = HomeDayFilter(method="published_from", label=_("Published from"))
    date_to = HomeDayFilter(method="published_to", label=_("Published to"))
    year = YearFilter(
        field_name="published_at", lookup_expr="year", label=_("Year"),
        min_value=FIRST_YEAR, max_value=LAST_YEAR,
    )
    # How a search's results are ordered; read by `search` (a list is newest first otherwise).
    sort = django_filters.ChoiceFilter(
        label=_("Sort"), method="ordered", empty_label=None,
        choices=[(NEWEST, _("newest")), (RELEVANCE, _("most relevant"))],
    )

    class Meta:
        form = MessageFilterForm

    def prepare_form(self, form):
        form.fields["category"].choices = OnceChoices(selectors.category_choices)
        form.fields["person"].choices = OnceChoices(selectors.person_choices)

    # Instant ranges rather than `published_at__date`, so that the feed's index can serve them.
    def published_from(self, queryset, name, day):
        return queryset.filter(published_at__gte=start_of_day(day))

    def published_to(self, queryset, name, day):
        return queryset.filter(published_at__lt=start_of_day(day + timedelta(days=1)))

    def search(self, queryset, name, value):
        """Messages matching the words of `value` in their title, lead or text, in the page's
        language: newest first, or most relevant first if the visitor asked so."""
        return search.matching(queryset, value, current_language())

    def filter_queryset(self, queryset):
        # Ranked once every filter has narrowed the list (search.by_relevance).
        messages = super().filter_queryset(queryset)
        text = self.form.cleaned_data.get("q")
        if text and self.form.cleaned_data.get("sort") == RELEVANCE:
            messages = search.by_relevance(messages, text, current_language())
        return messages

    def ordered(self, queryset, name, value):
        return queryset  # the order is the search's (see `search`)

    @property
    def searched_for(self):
        """The valid search text sent, or ""."""
        return (self.form.cleaned_data.get("q") or "") if self.is_valid() else ""

    @property
    def found_nothing_to_search_for(self):
        """A search of only words too common to look for ("и в на", "the of")."""
        text = self.searched_for
        return bool(text) and not search.has_search_words(text, current_language())

    def error_text(self):
        """The form's errors as plain lines, for a feed reader or a log."""
        return "\n".join(
            f"{name}: {message}" if name != "__all__" else message
            for name, messages in self.errors.items()
            for message in messages
        )


# The query parameters the filters read, in the order links write them (the search text,
# the longest, last); the kinds combine (repeated).
FILTER_PARAMETERS = (*(name for name in MessageFilter.base_filters if name != "q"), "q")
LIST_PARAMETERS = tuple(
    name for name, field in MessageFilter.base_filters.items()
    if isinstance(field, django_filters.MultipleChoiceFilter)
)
