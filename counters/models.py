from django.core.exceptions import ValidationError
from django.db import models
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.languages import SavesNamesInEnglish
from core.text import CleanCharField
from core.timekeeping import home_date

from .elapsed import days_passed_sentence, days_since, days_since_phrase


class Incident(SavesNamesInEnglish, models.Model):
    """A fixed past event whose elapsed days the site header counts."""

    name = CleanCharField(
        _("name"),
        max_length=300,
        help_text=_(
            "As it reads after “days have passed since”, e.g. “the Salisbury incident”; in "
            "Russian, as it reads after “прошло 5 дней с”, e.g. “инцидента в Солсбери”."
        ),
    )
    occurred_on = models.DateField(_("occurred on"))
    note = CleanCharField(
        _("note"),
        max_length=500,
        blank=True,
        help_text=_(
            "Shown after the name and a dash; leave empty to end the sentence at the name."
        ),
    )
    is_active = models.BooleanField(_("shown in the header"), default=True)
    order = models.PositiveIntegerField(
        _("order"), default=0, help_text=_("Lower numbers come first.")
    )

    class Meta:
        ordering = ["order", "occurred_on", "pk"]
        verbose_name = _("incident")
        verbose_name_plural = _("incidents")

    def __str__(self):
        return self.name

    def clean(self):
        # The header's today: the date in the home zone.
        today = home_date()
        if self.occurred_on and self.occurred_on > today:
            raise ValidationError(
                {
                    "occurred_on": gettext(
                        "An incident cannot be dated in the future: %(date)s is after today "
                        "(%(today)s). Days can only be counted since something that has happened."
                    )
                    % {
                        "date": formats.date_format(self.occurred_on, "j E Y"),
                        "today": formats.date_format(today, "j E Y"),
                    }
                }
            )

    def days_since(self, today):
        return days_since(self.occurred_on, today)

    def sentence(self, today):
        return days_passed_sentence(self.days_since(today), self.name, self.note)

    def short_sentence(self, today):
        return days_since_phrase(self.days_since(today), self.name)
