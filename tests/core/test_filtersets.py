"""core.filtersets.PreparedFilterSet: filters and form class made once per class, and yet
each request's FilterSet and form are its own."""

import django_filters
import pytest
from django import forms

from core.filtersets import PreparedFilterSet
from press.models import Category


class ColourFilter(PreparedFilterSet):
    colour = django_filters.ChoiceFilter(label="Colour", method="by_colour")
    name = django_filters.CharFilter(label="Name", field_name="name_en")

    class Meta:
        model = Category
        fields = []

    def __init__(self, data=None, *, colours, **kwargs):
        self.colours = colours
        self.filtered_with = []
        super().__init__(data, queryset=Category.objects.all(), **kwargs)

    def prepare_form(self, form):
        form.fields["colour"].choices = [(colour, colour.title()) for colour in self.colours]

    def by_colour(self, queryset, name, value):
        self.filtered_with.append(value)
        return queryset


class ShadeFilter(ColourFilter):
    shade = django_filters.CharFilter(label="Shade", method="by_colour")


def test_the_form_class_is_built_once_per_filterset_class():
    first = ColourFilter({"colour": "red"}, colours=["red"])
    second = ColourFilter({"colour": "red"}, colours=["red"])
    assert type(first.form) is type(second.form)
    assert set(type(first.form).base_fields) == {"colour", "name"}


def test_a_subclass_gets_a_form_class_of_its_own_with_its_own_filters():
    colours = ColourFilter(colours=[]).form  # the parent's is built first
    shades = ShadeFilter({"shade": "dark"}, colours=[]).form
    assert set(shades.fields) == {"colour", "name", "shade"}
    assert set(colours.fields) == {"colour", "name"}


def test_each_request_has_its_own_choices():
    red = ColourFilter({"colour": "red"}, colours=["red"])
    blue = ColourFilter({"colour": "red"}, colours=["blue"])
    assert red.is_valid()
    assert not blue.is_valid()
    assert "colour" in blue.errors
    assert list(red.form.fields["colour"].choices) == [("", "---------"), ("red", "Red")]
    assert list(blue.form.fields["colour"].choices) == [("", "---------"), ("blue", "Blue")]
    # The class's own field keeps no request's choices.
    assert list(type(red.form).base_fields["colour"].choices) == [("", "---------")]


@pytest.mark.django_db
def test_a_method_filter_runs_on_its_own_filterset():
    first = ColourFilter({"colour": "red"}, colours=["red"])
    second = ColourFilter({"colour": "red"}, colours=["red"])
    first.qs, second.qs  # noqa: B018 (filtering is what is tested)
    assert first.filtered_with == ["red"]
    assert second.filtered_with == ["red"]
    assert first.filters["colour"] is not second.filters["colour"]
    assert first.filters["colour"].parent is first


def test_the_class_filters_are_left_as_declared():
    ColourFilter({"colour": "red"}, colours=["red"]).qs  # noqa: B018
    declared = ColourFilter.base_filters["colour"]
    assert not hasattr(declared, "parent")
    assert "choices" not in declared.extra


def test_a_form_field_changed_for_one_request_does_not_reach_the_next():
    first = ColourFilter(colours=["red"])
    first.form.fields["name"].widget = forms.HiddenInput()
    second = ColourFilter(colours=["red"])
    assert not isinstance(second.form.fields["name"].widget, forms.HiddenInput)
