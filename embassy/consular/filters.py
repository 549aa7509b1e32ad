"""The lookup form: which office deals with my matter, where I live, or by name."""

import django_filters
from django.db.models import Exists, F, FilteredRelation, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from core.filtersets import PreparedFilterSet
from core.kept_forms import KeptRenderingForm
from core.languages import in_every_language
from core.widgets import SearchInput

from .models import ConsularOffice, ServiceContact

# The chosen service's contact, brought along with each office (its note in both languages:
# the page shows the one of its language).
CONTACT_FIELDS = [
    "phone", "email", *in_every_language("hours_note"), "appointment_required",
]


class LookupForm(KeptRenderingForm):
    # Its HTML (every service and region) is kept (core/kept_forms.py).
    kept_name = "consular-lookup-form"


class ConsularLookupFilter(PreparedFilterSet):
    """Choices come from lists the view has already loaded, so validating costs no query."""

    service = django_filters.ChoiceFilter(
        label=_("Service"), method="filter_service", empty_label=_("Any service")
    )
    region = django_filters.ChoiceFilter(
        label=_("Where you live"), method="filter_region", empty_label=_("Anywhere")
    )
    q = django_filters.CharFilter(
        label=_("Office, city or service"), method="filter_text", max_length=100,
        widget=SearchInput,
    )

    class Meta:
        model = ConsularOffice
        fields = []
        form = LookupForm

    def __init__(self, data=None, *, services, regions, **kwargs):
        super().__init__(data, **kwargs)
        self.services_by_slug = {service.slug: service for service in services}
        self.regions_by_slug = {region.slug: region for region in regions}

    def prepare_form(self, form):
        form.fields["service"].choices = [
            (slug, service.name) for slug, service in self.services_by_slug.items()
        ]
        form.fields["region"].choices = [
            (slug, region.name) for slug, region in self.regions_by_slug.items()
        ]

    @property
    def chosen_service(self):
        if not self.is_bound or not self.is_valid():
            return None
        return self.services_by_slug.get(self.form.cleaned_data["service"])

    @property
    def chosen_region(self):
        if not self.is_bound or not self.is_valid():
            return None
        return self.regions_by_slug.get(self.form.cleaned_data["region"])

    @property
    def chosen_text(self):
        if not self.is_bound or not self.is_valid():
            return ""
        return self.form.cleaned_data["q"] or ""

    def filter_service(self, queryset, name, value):
        # One join that both filters and brings the contact's columns: no query per office.
        service = self.services_by_slug[value]
        contact = FilteredRelation(
            "service_contacts", condition=Q(service_contacts__service_id=service.pk)
        )
        columns = {f"contact_{field}": F(f"chosen_contact__{field}") for field in CONTACT_FIELDS}
        return (
            queryset.annotate(chosen_contact=contact)
            .filter(chosen_contact__id__isnull=False)
            .annotate(**columns)
        )

    def filter_region(self, queryset, name, value):
        return queryset.filter(regions__slug=value)

    def filter_text(self, queryset, name, value):
        # Every word must match the office's name, its city or one of its services' names, in
        # either language: "London" finds the office on the Russian page, "Лондон" on both.
        for word in value.split():
            offers_service = ServiceContact.objects.filter(
                _any_contains([f"service__{field}" for field in in_every_language("name")], word),
                office=OuterRef("pk"),
            )
            queryset = queryset.filter(
                _any_contains([*in_every_language("name"), *in_every_language("city")], word)
                | Exists(offers_service)
            )
        return queryset

    def chosen_contact(self, office):
        """The chosen service's contact for an office from the lookup, as an unsaved model."""
        return ServiceContact(
            office=office,
            service=self.chosen_service,
            **{field: getattr(office, f"contact_{field}") for field in CONTACT_FIELDS},
        )


def _any_contains(fields, word):
    condition = Q()
    for field in fields:
        condition |= Q(**{f"{field}__icontains": word})
    return condition
