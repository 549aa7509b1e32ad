"""Consular offices, what they do, when they are open and which regions they serve."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse

from core.text import CleanCharField, CleanTextField, CleanURLField
from core.timekeeping import time_zone_field

from ..contact_links import tel_uri


class ConsularOffice(models.Model):
    class Kind(models.TextChoices):
        CONSULAR_SECTION = "consular_section", "Consular section of the embassy"
        CONSULATE_GENERAL = "consulate_general", "Consulate general"
        HONORARY_CONSUL = "honorary_consul", "Honorary consul"

    name = CleanCharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    kind = models.CharField(max_length=32, choices=Kind.choices)
    address_lines = CleanTextField(blank=True, help_text="One line of the address per line.")
    city = CleanCharField(max_length=100)
    postcode = CleanCharField(max_length=20, blank=True)
    country = CleanCharField(max_length=100, default="United Kingdom")
    phone = CleanCharField(
        max_length=50, blank=True,
        help_text="The consular section's phone is also the site header's.",
    )
    email = models.EmailField(blank=True)
    appointments_url = CleanURLField("appointments URL", blank=True)
    time_zone = time_zone_field(
        default="Europe/London",
        help_text="Opening hours are in this zone; the open/closed state is computed in it.",
    )
    order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(
        "active", default=True, help_text="Only active offices are shown to the public."
    )

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("consular:office-detail", args=[self.slug])

    def clean(self):
        # A hidden office would leave its regions with nobody to turn to: the lookup would
        # offer "Scotland" and then find no office for it.
        if not self.is_active and self.pk:
            served = ", ".join(self.regions.values_list("name", flat=True))
            if served:
                raise ValidationError({
                    "is_active": f"This office still serves {served}. Give those regions to "
                    "another office before making it inactive."
                })

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def phone_uri(self):
        return tel_uri(self.phone)

    def address(self):
        lines = [line.strip() for line in self.address_lines.splitlines() if line.strip()]
        return [*lines, " ".join(part for part in [self.city, self.postcode] if part), self.country]


class OpeningHours(models.Model):
    class Weekday(models.IntegerChoices):
        # Python's date.weekday() numbering, so no translation is needed when computing.
        MONDAY = 0, "Monday"
        TUESDAY = 1, "Tuesday"
        WEDNESDAY = 2, "Wednesday"
        THURSDAY = 3, "Thursday"
        FRIDAY = 4, "Friday"
        SATURDAY = 5, "Saturday"
        SUNDAY = 6, "Sunday"

    office = models.ForeignKey(
        ConsularOffice, on_delete=models.CASCADE, related_name="opening_hours"
    )
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    opens = models.TimeField()
    closes = models.TimeField()

    class Meta:
        verbose_name = "opening hours"
        verbose_name_plural = "opening hours"
        ordering = ["weekday", "opens"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes__gt=F("opens")),
                name="opening_hours_close_after_opening",
                violation_error_message="An office must close after it opens.",
            )
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def clean(self):
        if self.opens is not None and self.closes is not None and self.closes <= self.opens:
            raise ValidationError(
                {
                    "closes": (
                        f"Closing time {self.closes:%H:%M} is not after opening time "
                        f"{self.opens:%H:%M}. A range must close after it opens; for a break, "
                        "add a second range on the same day."
                    )
                }
            )


class Closure(models.Model):
    office = models.ForeignKey(ConsularOffice, on_delete=models.CASCADE, related_name="closures")
    date = models.DateField()
    reason = CleanCharField(max_length=200, help_text="For example: Christmas Day.")

    class Meta:
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(
                fields=["office", "date"],
                name="one_closure_per_office_and_day",
                violation_error_message="This office already has a closure on that day.",
            )
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d}: {self.reason}"


class ConsularService(models.Model):
    name = CleanCharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    description = CleanTextField(blank=True)
    is_emergency = models.BooleanField(
        "emergency help",
        default=False,
        help_text="Shown first and prominently on the consular pages, before other services.",
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class ServiceContact(models.Model):
    office = models.ForeignKey(
        ConsularOffice, on_delete=models.CASCADE, related_name="service_contacts"
    )
    service = models.ForeignKey(
        ConsularService, on_delete=models.CASCADE, related_name="contacts"
    )
    phone = CleanCharField(max_length=50, blank=True)
    email = models.EmailField(blank=True)
    hours_note = CleanCharField(
        "note on hours", max_length=200, blank=True, help_text="For example: mornings only."
    )
    appointment_required = models.BooleanField(default=False)

    class Meta:
        ordering = ["service__order", "service__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["office", "service"],
                name="one_contact_per_office_and_service",
                violation_error_message="This office already has a contact for that service.",
            )
        ]

    def __str__(self):
        return f"{self.service} at {self.office}"

    @property
    def phone_uri(self):
        return tel_uri(self.phone)


class Region(models.Model):
    name = CleanCharField(max_length=100)
    slug = models.SlugField(max_length=100, unique=True)
    # PROTECT: deleting an office must not silently leave a region with nobody serving it.
    office = models.ForeignKey(
        ConsularOffice,
        on_delete=models.PROTECT,
        related_name="regions",
        help_text="The office that serves people living in this region.",
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name
