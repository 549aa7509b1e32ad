"""The admin site: every ModelAdmin answers a bad query string with a 4xx, never a 500.

A crafted link can put anything into an editor's admin URL. Django's changelist refuses some
invalid lookups (it redirects to `?e=1`), but not those that fail only when the query runs: an
invalid regular expression (`?title__regex=(`), a NUL byte on PostgreSQL (`?status__exact=%00`),
a year past what a date can hold (`?published_at__year=9223372036854775808`); and the add form
renders any `?field=value` as the form's initial value, which a widget may not survive
(`?categories=x`), nor can an autocomplete widget re-render a posted key of the wrong type.
This site mixes `QueryStringGuard` into every ModelAdmin registered with it,
Django's own (users, groups) included, so none can be forgotten.
"""

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import SEARCH_VAR
from django.contrib.admin.widgets import AutocompleteSelect, AutocompleteSelectMultiple
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import DataError, OperationalError, connections, router, transaction
from django.forms import ModelMultipleChoiceField

from .text import without_control_characters


def _is_bad_lookup(error, using):
    if isinstance(error, ValueError | OverflowError | TypeError | IndexError | DataError):
        # ValueError: psycopg2 refuses a NUL; OverflowError: a number a column cannot hold;
        # TypeError, IndexError: a value of the wrong shape (`?published_at__range=1`);
        # DataError: PostgreSQL refused the value (an invalid regular expression, a range).
        # Django's changelist itself treats any error from the query string's lookups so.
        return True
    # SQLite reports a failing REGEXP (an invalid pattern) as an OperationalError.
    return isinstance(error, OperationalError) and connections[using].vendor == "sqlite"


def _refused_value(query):
    """What no database should be asked: a reason, or None."""
    for name, values in query.lists():
        for value in values:
            # PostgreSQL cannot compare text with a NUL, SQLite could: refused on both alike.
            # The search term is cleaned instead (get_search_results), like the text it searches.
            if "\x00" in value and name != SEARCH_VAR:
                return f"{name} holds a NUL character."
            # Django splits a range at commas; another count of values is not a range (and
            # SQLite would be handed the wrong number of parameters).
            if name.endswith("__range") and len(value.split(",")) != 2:
                return f"{name} is not two values separated by a comma."
    return None


def usable_key(field, key):
    """Whether `key` is a value `field`'s column can hold (a database would fail otherwise)."""
    try:
        value = field.to_python(key)
    except ValidationError:
        return False
    if isinstance(value, int):
        low, high = connections[router.db_for_read(field.model)].ops.integer_field_range(
            field.get_internal_type()
        )
        return (low is None or value >= low) and (high is None or value <= high)
    return True


class KeysCheckedMixin:
    """An autocomplete widget that looks up only keys its column can hold.

    Re-rendering a refused form, Django looks the chosen keys up as they were posted; a key of
    the wrong type (a word for a number) fails in the database, a 500. Those keys are dropped
    here; the form's own validation has already refused them with a message.
    """

    def optgroups(self, name, value, attr=None):
        target = self.field.target_field
        return super().optgroups(name, [key for key in value if usable_key(target, key)], attr)


class KeysCheckedMultipleChoiceField(ModelMultipleChoiceField):
    """Refuses a key its column cannot hold before asking the database (SQLite would fail on
    a number past its integers rather than find nothing)."""

    def _check_values(self, value):
        meta = self.queryset.model._meta
        field = meta.get_field(self.to_field_name) if self.to_field_name else meta.pk
        for key in value:
            if not usable_key(field, key):
                raise ValidationError(
                    self.error_messages["invalid_pk_value"], code="invalid_pk_value",
                    params={"pk": key},
                )
        return super()._check_values(value)


class KeysCheckedSelect(KeysCheckedMixin, AutocompleteSelect):
    pass


class KeysCheckedSelectMultiple(KeysCheckedMixin, AutocompleteSelectMultiple):
    pass


class QueryStringGuard:
    """Bad values in a changelist's, add form's or autocomplete's query string are refused as
    Django refuses other invalid lookups; nothing else about the admin changes."""

    def get_changelist_instance(self, request):
        # The changelist counts its rows while it is built, so a value the database refuses
        # fails here, inside a savepoint that keeps the request's transaction usable.
        using = router.db_for_read(self.model)
        refused = _refused_value(request.GET)
        if refused:
            raise IncorrectLookupParameters(refused)
        try:
            with transaction.atomic(using=using):
                return super().get_changelist_instance(request)
        except Exception as error:  # IncorrectLookupParameters too: not a bad value, raised
            if _is_bad_lookup(error, using):
                raise IncorrectLookupParameters(error) from error
            raise

    def get_search_results(self, request, queryset, search_term):
        # Stored text holds no control character (core/text.py), so a term is cleaned the same
        # way; a NUL would otherwise reach PostgreSQL, which refuses it (changelist `q`, the
        # autocomplete's `term`).
        term = without_control_characters(search_term, single_line=True)
        return super().get_search_results(request, queryset, term)

    def _keys_checked_autocomplete(self, widget, db_field, request, kwargs):
        if "widget" not in kwargs and db_field.name in self.get_autocomplete_fields(request):
            kwargs["widget"] = widget(db_field, self.admin_site, using=kwargs.get("using"))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        self._keys_checked_autocomplete(KeysCheckedSelect, db_field, request, kwargs)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        self._keys_checked_autocomplete(KeysCheckedSelectMultiple, db_field, request, kwargs)
        kwargs.setdefault("form_class", KeysCheckedMultipleChoiceField)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_changeform_initial_data(self, request):
        """`?field=value` prefills the add form only with values the field accepts."""
        initial = super().get_changeform_initial_data(request)
        usable = {}
        for name, value in initial.items():
            try:
                usable[name] = self._initial_value(name, value)
            except ValidationError:
                continue  # a value the field refuses is left out, as if not given
        return usable

    def _initial_value(self, name, value):
        try:
            field = self.model._meta.get_field(name)
        except FieldDoesNotExist:
            return value  # not a model field: the form ignores it, or shows it as text
        if field.many_to_many:
            # Django has split "1,2" into a list; each must be a key the related table can hold.
            target = field.target_field
            return [target.clean(each, None) for each in value]
        if field.many_to_one or field.one_to_one:
            return field.target_field.clean(value, None)
        return field.clean(value, None)


class AdminSite(admin.AdminSite):
    def register(self, model_or_iterable, admin_class=None, **options):
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, QueryStringGuard):
            admin_class = type(
                admin_class.__name__,
                (QueryStringGuard, admin_class),
                {"__module__": admin_class.__module__, "__doc__": admin_class.__doc__},
            )
        return super().register(model_or_iterable, admin_class, **options)


class AdminConfig(DjangoAdminConfig):
    """Django's admin app with this site as `admin.site` (INSTALLED_APPS names it)."""

    default_site = "core.admin_site.AdminSite"
