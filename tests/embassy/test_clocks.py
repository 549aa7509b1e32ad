"""The header's clocks: Moscow and London by default, zoneinfo arithmetic, admin validation."""

from datetime import UTC, datetime

import pytest
import pytz
from django.core.management import call_command
from django.urls import reverse

from core.clocks import Clock, active_clocks

pytestmark = pytest.mark.django_db


def reading(label, instant):
    return f"{Clock.objects.get(label=label).reading(instant):%H:%M}"


def test_moscow_and_london_are_there_from_the_first_migrate():
    assert list(Clock.objects.values_list("label", "time_zone", "is_active")) == [
        ("Moscow", "Europe/Moscow", True),
        ("London", "Europe/London", True),
    ]


def test_the_reference_instant_reads_one_eighteen_in_moscow_and_twenty_two_eighteen_in_london():
    instant = datetime(2022, 1, 24, 22, 18, tzinfo=UTC)
    assert reading("Moscow", instant) == "01:18"
    assert reading("London", instant) == "22:18"


def test_london_summer_time_leaves_a_two_hour_gap():
    instant = datetime(2022, 7, 15, 9, 30, tzinfo=UTC)
    assert reading("London", instant) == "10:30"  # BST, UTC+1
    assert reading("Moscow", instant) == "12:30"  # UTC+3


def test_moscow_was_four_hours_ahead_of_utc_in_2012():
    instant = datetime(2012, 7, 15, 9, 30, tzinfo=UTC)
    assert reading("Moscow", instant) == "13:30"
    assert reading("London", instant) == "10:30"


def test_active_clocks_in_order_cached_until_a_clock_changes(django_assert_num_queries):
    Clock.objects.create(label="Edinburgh", time_zone="Europe/London", order=3, is_active=False)
    with django_assert_num_queries(1):
        assert [clock.label for clock in active_clocks()] == ["Moscow", "London"]
    with django_assert_num_queries(0):
        active_clocks()

    Clock.objects.filter(label="Edinburgh").update(is_active=True)  # bypasses save: still cached
    assert len(active_clocks()) == 2
    london = Clock.objects.get(label="London")
    london.order = 0
    london.save()
    assert [clock.label for clock in active_clocks()] == ["London", "Moscow", "Edinburgh"]
    Clock.objects.filter(label="Moscow").delete()
    assert [clock.label for clock in active_clocks()] == ["London", "Edinburgh"]


def test_load_demo_brings_back_a_deleted_default_clock_once():
    Clock.objects.filter(label="London").delete()
    call_command("load_demo")
    call_command("load_demo")
    assert list(Clock.objects.values_list("label", "time_zone")) == [
        ("Moscow", "Europe/Moscow"),
        ("London", "Europe/London"),
    ]


class TestAdmin:
    def add(self, client, time_zone):
        return client.post(
            reverse("admin:core_clock_add"),
            {"label_en": "Mars base", "time_zone": time_zone, "order": "3", "is_active": "on"},
        )

    def test_the_zones_offered_are_pytz_common_timezones(self, admin_client):
        form = admin_client.get(reverse("admin:core_clock_add")).context["adminform"].form
        offered = [value for value, _ in form.fields["time_zone"].choices if value]
        assert offered == list(pytz.common_timezones)

    def test_a_clock_with_an_unknown_zone_is_refused_and_not_saved(self, admin_client):
        response = self.add(admin_client, "Mars/Olympus_Mons")
        assert response.status_code == 200
        assert response.context["adminform"].form.errors["time_zone"] == [
            "Select a valid choice. Mars/Olympus_Mons is not one of the available choices."
        ]
        assert not Clock.objects.filter(label="Mars base").exists()

    def test_a_clock_with_a_known_zone_is_added(self, admin_client):
        response = self.add(admin_client, "Asia/Vladivostok")
        assert response.status_code == 302
        assert Clock.objects.get(label="Mars base").time_zone == "Asia/Vladivostok"

    def test_the_changelist_shows_the_clocks(self, admin_client):
        page = admin_client.get(reverse("admin:core_clock_changelist")).content.decode()
        assert "Moscow" in page and "Europe/London" in page
