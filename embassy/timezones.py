"""Time-zone choices and validation.

Conversions use the standard library's zoneinfo, as Django does; pytz only supplies the
curated list of zone names to offer press staff in the admin.
"""

import zoneinfo

import pytz
from django.core.exceptions import ValidationError

ZONE_CHOICES = [(name, name) for name in pytz.common_timezones]


def validate_zone_name(value):
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(
            "“%(value)s” is not a known time zone. Choose one such as Europe/Moscow.",
            params={"value": value},
            code="unknown_zone",
        ) from error
