"""Time-zone fields, choices and validation.

Conversions use the standard library's zoneinfo, as Django does; pytz only supplies the
curated list of zone names to offer staff in the admin.
"""

import zoneinfo

import pytz
from django.core.exceptions import ValidationError
from django.db import models


def zone_choices():
    # A callable, so that migrations refer to it rather than freeze pytz's list of the day:
    # a pytz update then needs no new migration.
    return [(name, name) for name in pytz.common_timezones]


def validate_zone_name(value):
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(
            "“%(value)s” is not a known time zone. Choose one such as Europe/Moscow.",
            params={"value": value},
            code="unknown_zone",
        ) from error


def time_zone_field(verbose_name=None, **options):
    """An IANA zone name, chosen from pytz's common zones and checked against zoneinfo."""
    return models.CharField(
        verbose_name,
        max_length=64,
        choices=zone_choices,
        validators=[validate_zone_name],
        **options,
    )
