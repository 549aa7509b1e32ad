"""A workflow refusal raised while an admin view saves is shown to staff, never a 500.

The change form and the list actions report the workflow's refusals themselves (as form errors,
or per message). What is left is a refusal raised by a save the admin makes after its own
validation: a save that lost a race to a colleague's (workflow.LostRace), in the change form,
the delete view or "delete selected". This mixin reports those for every view of the admin,
in one place.
"""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.urls import URLPattern
from django.utils.translation import gettext_lazy as _

from ..workflow import LostRace

LOST_RACE = _(
    "Someone saved this message at the same moment; your change was not made. "
    "Your browser's Back button returns to your text."
)


class ReportsRefusalsMixin:
    def get_urls(self):
        return [self._reporting_refusals(url) for url in super().get_urls()]

    def _reporting_refusals(self, url):
        if not isinstance(url, URLPattern):
            return url
        view = url.callback

        @wraps(view)
        def reporting_view(request, *args, **kwargs):
            try:
                return view(request, *args, **kwargs)
            except ValidationError as refusal:
                if request.method != "POST":
                    raise  # only a save is refused; reading a page never is
                said = LOST_RACE if isinstance(refusal, LostRace) else " ".join(refusal.messages)
                self.message_user(request, said, messages.ERROR)
                return HttpResponseRedirect(request.get_full_path())

        return URLPattern(url.pattern, reporting_view, url.default_args, url.name)
