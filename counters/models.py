from django.core.exceptions import ValidationError
from django.db import models

from core.text import CleanCharField
from core.timekeeping import home_date

from .elapsed import days_passed_sentence, days_since, days_since_phrase


class Incident(models.Model):
    """A fixed past event whose elapsed days the site header counts."""

    name = CleanCharField(
        max_length=300,
        help_text="As it reads after “days have passed since”, e.g. “the Salisbury incident”.",
    )
    occurred_on = models.DateField("occurred on")
    note = CleanCharField(
        max_length=500,
        blank=True,
        help_text="Shown after the name and a dash; leave empty to end the sentence at the name.",
    )
    is_active = models.BooleanField("shown in the header", default=True)
    order = models.PositiveIntegerField(default=0, help_text="Lower numbers come first.")

    class Meta:
        ordering = ["order", "occurred_on", "pk"]

    def __str__(self):
        return self.name

    def clean(self):
        # The header's today: the date in the home zone.
        today = home_date()
        if self.occurred_on and self.occurred_on > today:
            raise ValidationError(
                {
                    "occurred_on": (
                        f"An incident cannot be dated in the future: {self.occurred_on:%d %B %Y} "
                        f"is after today ({today:%d %B %Y}). Days can only be counted since "
                        "something that has happened."
                    )
                }
            )

    def days_since(self, today):
        return days_since(self.occurred_on, today)

    def sentence(self, today):
        return days_passed_sentence(self.days_since(today), self.name, self.note)

    def short_sentence(self, today):
        return days_since_phrase(self.days_since(today), self.name)
