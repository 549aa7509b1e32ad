"""Linked translations: a message in one language and its translation in the other.

Each message has one language. Two messages of different languages may be linked as a pair:
the translation names the message it translates (`translation_of`); the other side sees the
link as `translated_as`. A message belongs to one pair at most, whichever side it is on.
Linking writes nothing to the translated message, so an editor's open form of it never goes
stale because a colleague started a translation.

Each side goes through the workflow on its own: publishing one never publishes the other. The
public pages link the two only while both are public (selectors.py).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from core.languages import language_name, other_language

from . import workflow
from .models import Message
from .slugs import unique_slug


def translated_as(message):
    """The message that names `message` as the one it translates, or None."""
    if message.pk is None:
        return None
    return Message._base_manager.filter(translation_of=message.pk).first()


def partner_of(message):
    """The message linked to `message` (either side of the pair), or None."""
    return message.translation_of or translated_as(message)


def link_errors(message):
    """{field: message} for a link (or a language) that would break the pairs' rules."""
    linked_from = translated_as(message)
    original = message.translation_of
    if original is None:
        if linked_from is not None and linked_from.language == message.language:
            return {"language": _(
                "“%(title)s” is linked to this message as its translation and is in %(language)s "
                "too: a pair needs one message in each language. Unlink it first."
            ) % {"title": linked_from, "language": language_name(message.language)}}
        return {}
    if message.pk is not None and original.pk == message.pk:
        return {"translation_of": _("A message cannot be its own translation.")}
    if original.language == message.language:
        return {"translation_of": _(
            "“%(title)s” is in %(language)s too: a translation is in the other language."
        ) % {"title": original, "language": language_name(original.language)}}
    if linked_from is not None:
        return {"translation_of": _(
            "This message already has a translation, “%(title)s”, so it cannot also be the "
            "translation of another message."
        ) % {"title": linked_from}}
    taken = partner_of(original)  # unless that is this message itself
    if taken is not None and (message.pk is None or taken.pk != message.pk):
        return {"translation_of": _(
            "“%(title)s” already has a translation: “%(translation)s”."
        ) % {"title": original, "translation": taken}}
    return {}


def translation_refusal(message):
    """Why "Add translation" cannot be used on `message`, or None."""
    partner = partner_of(message)
    if partner is not None:
        return _("“%(title)s” already has a translation: “%(translation)s”.") % {
            "title": message, "translation": partner,
        }
    if message.deleted_at is not None:
        return _("“%(title)s” is in the recycle bin.") % {"title": message}
    return None


def add_translation(original, user):
    """A new draft in the other language, linked to `original`, with its categories and people.

    The draft starts with the original's text for the translator to replace, and an address
    of its own ("<original's slug>-ru"); it goes through the workflow like any new message.
    """
    refusal = translation_refusal(original)
    if refusal:
        raise ValidationError(refusal, code="has_translation")
    language = other_language(original.language)
    draft = Message(
        kind=original.kind,
        title=original.title,
        lead=original.lead,
        body=original.body,
        outlet=original.outlet,
        language=language,
        translation_of=original,
        status=Message.Status.DRAFT,
    )
    draft.slug = unique_slug(draft, f"{original.slug}-{language}", max_length=200)
    with transaction.atomic():
        workflow.save(workflow.Change(draft, user))
        draft.categories.set(original.categories.all())
        draft.people.set(original.people.all())
    return draft
