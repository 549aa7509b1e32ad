"""A queryset built only when something uses it.

An unfiltered list page reads its ids by SQL compiled once (press.list_slices: list_ids and
ids_beside) and its count from what is kept per content version, so the queryset a ListView
or a FilterSet expects is needed only for what those do not cover (the count after a change
of content). Building it (the public gate's conditions, the language, a category) was a
twentieth of such a page.
"""

from django.utils.functional import SimpleLazyObject


class LazyQuerySet(SimpleLazyObject):
    """`make()`'s queryset, made on first use. Its `model` is known before, for what only
    asks which model it lists (a FilterSet when it is made)."""

    def __init__(self, make, model):
        super().__init__(make)
        # Past LazyObject's __setattr__, which would make the queryset to set it there.
        self.__dict__["model"] = model
