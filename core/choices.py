"""A field's choice label, as `get_FOO_display()` gives it, translating that label alone."""


def choice_label(choices, value):
    """The label of `value` among `choices` (a TextChoices class) in the active language, or
    the value itself if it is none of them: what `get_FOO_display()` answers.

    Django's `get_FOO_display()` builds a dictionary of every choice on each call, translating
    each label to hash it: the consular lookup asked it of every office, and a message's kind
    cost seven translations.
    """
    try:
        return str(choices(value).label)
    except ValueError:
        return value


class KindLabel:
    """For a model whose `kind` field takes its choices from its `Kind` class: `kind_label`,
    what `get_kind_display()` answers, translating only this kind's label."""

    @property
    def kind_label(self):
        return choice_label(self.Kind, self.kind)
