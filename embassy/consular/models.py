"""Consular offices, what they do, when they are open and which regions they serve."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.choices import KindLabel
from core.languages import SavesNamesInEnglish
from core.named_urls import url_with
from core.text import CleanCharField, CleanTextField, CleanURLField
from core.timekeeping import time_zone_field

from ..contact_links import tel_uri


class ConsularOffice(KindLabel, SavesNamesInEnglish, models.Model):
    class Kind(models.TextChoices):
        CONSULAR_SECTION = "consular_section", _("Consular section of the embassy")
        CONSULATE_GENERAL = "consulate_general", _("Consulate general")
        HONORARY_CONSUL = "honorary_consul", _("Honorary consul")

    name = CleanCharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    address_lines = CleanTextField(
        _("address lines"), blank=True, help_text=_("One line of the address per line.")
    )
    city = CleanCharField(_("city"), max_length=100)
    postcode = CleanCharField(_("postcode"), max_length=20, blank=True)
    country = CleanCharField(_("country"), max_length=100, default="United Kingdom")
    phone = CleanCharField(
        _("phone"), max_length=50, blank=True,
        help_text=_("The consular section's phone is also the site header's."),
    )
    email = models.EmailField(_("email"), blank=True)
    appointments_url = CleanURLField(_("appointments URL"), blank=True)
    time_zone = time_zone_field(
        _("time zone"),
        default="Europe/London",
        help_text=_("Opening hours are in this zone; the open/closed state is computed in it."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Only active offices are shown to the public.")
    )

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("consular office")
        verbose_name_plural = _("consular offices")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return url_with("consular:office-detail", (self.slug,))

    def clean(self):
        # A hidden office would leave its regions with nobody to turn to: the lookup would
        # offer "Scotland" and then find no office for it.
        if not self.is_active and self.pk:
            served = ", ".join(self.regions.values_list("name", flat=True))
            if served:
                raise ValidationError({
                    "is_active": gettext(
                        "This office still serves %(regions)s. Give those regions to another "
                        "office before making it inactive."
                    ) % {"regions": served}
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
        MONDAY = 0, _("Monday")
        TUESDAY = 1, _("Tuesday")
        WEDNESDAY = 2, _("Wednesday")
        THURSDAY = 3, _("Thursday")
        FRIDAY = 4, _("Friday")
        SATURDAY = 5, _("Saturday")
        SUNDAY = 6, _("Sunday")

    office = models.ForeignKey(
        ConsularOffice, on_delete=models.CASCADE, related_name="opening_hours",
        verbose_name=_("office"),
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    class Meta:
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        ordering = ["weekday", "opens"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes__gt=F("opens")),
                name="opening_hours_close_after_opening",
                violation_error_message=_("An office must close after it opens."),
            )
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"

    def clean(self):
        if self.opens is not None and self.closes is not None and self.closes <= self.opens:
            raise ValidationError(
                {
                    "closes": gettext(
                        "Closing time %(closes)s is not after opening time %(opens)s. A range "
                        "must close after it opens; for a break, add a second range on the "
                        "same day."
                    ) % {"closes": f"{self.closes:%H:%M}", "opens": f"{self.opens:%H:%M}"}
                }
            )


class Closure(SavesNamesInEnglish, models.Model):
    office = models.ForeignKey(
        ConsularOffice, on_delete=models.CASCADE, related_name="closures",
        verbose_name=_("office"),
    )
    date = models.DateField(_("date"))
    reason = CleanCharField(
        _("reason"), max_length=200, help_text=_("For example: Christmas Day.")
    )

    class Meta:
        ordering = ["date"]
        verbose_name = _("closure")
        verbose_name_plural = _("closures")
        constraints = [
            models.UniqueConstraint(
                fields=["office", "date"],
                name="one_closure_per_office_and_day",
                violation_error_message=_("This office already has a closure on that day."),
            )
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d}: {self.reason}"


class ConsularService(SavesNamesInEnglish, models.Model):
    name = CleanCharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    description = CleanTextField(_("description"), blank=True)
    is_emergency = models.BooleanField(
        _("emergency help"),
        default=False,
        help_text=_("Shown first and prominently on the consular pages, before other services."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("consular service")
        verbose_name_plural = _("consular services")

    def __str__(self):
        return self.name


class ServiceContact(SavesNamesInEnglish, models.Model):
    office = models.ForeignKey(
        ConsularOffice, on_delete=models.CASCADE, related_name="service_contacts",
        verbose_name=_("office"),
    )
    service = models.ForeignKey(
        ConsularService, on_delete=models.CASCADE, related_name="contacts",
        verbose_name=_("service"),
    )
    phone = CleanCharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    hours_note = CleanCharField(
        _("note on hours"), max_length=200, blank=True,
        help_text=_("For example: mornings only."),
    )
    appointment_required = models.BooleanField(_("appointment required"), default=False)

    class Meta:
        ordering = ["service__order", "service__name"]
        verbose_name = _("service contact")
        verbose_name_plural = _("service contacts")
        constraints = [
            models.UniqueConstraint(
                fields=["office", "service"],
                name="one_contact_per_office_and_service",
                violation_error_message=_("This office already has a contact for that service."),
            )
        ]

    def __str__(self):
        return gettext("%(service)s at %(office)s") % {
            "service": self.service, "office": self.office,
        }

    @property
    def phone_uri(self):
        return tel_uri(self.phone)


class Region(SavesNamesInEnglish, models.Model):
    name = CleanCharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    # PROTECT: deleting an office must not silently leave a region with nobody serving it.
    office = models.ForeignKey(
        ConsularOffice,
        on_delete=models.PROTECT,
        related_name="regions",
        verbose_name=_("office"),
        help_text=_("The office that serves people living in this region."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name
