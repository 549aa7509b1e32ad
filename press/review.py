"""Second pair of eyes: who may publish a message without a written force-publish reason.

Only a submitted message, published by someone other than the person who last submitted it or
changed its text since, goes out without one. The workflow asks these two questions of every
change (workflow.check and workflow.save); nothing else calls them.
"""

from .models import Message

Status = Message.Status


# What a reviewer reads: a change to these after a submission is itself unreviewed.
TEXT_FIELDS = {"title", "lead", "body"}


def submitter_after(change):
    """Who answers for the text as its submitter once `change` is made (a user id, or None).

    Submitting makes you the submitter (kept through a return to draft). Whoever changes the
    text of a submitted message answers for it too: their change has been seen by nobody else,
    so they may not publish it themselves without a force-publish reason.
    """
    if change.new_status == Status.SUBMITTED and change.old_status != Status.SUBMITTED:
        return change.user.pk
    if change.old_status == Status.SUBMITTED and TEXT_FIELDS & change.changed_fields:
        return change.user.pk
    return change.message.submitted_by_id


def unreviewed_publication(change):
    """Why publishing this needs a force-publish reason, or None if a second pair of eyes saw it."""
    if not change.becomes_published:
        return None
    if change.old_status != Status.SUBMITTED:
        return (
            "This message was not submitted for review, so it cannot be published without "
            "a second pair of eyes: submit it for another editor to publish, or give your "
            "reason in “Force-publish reason”; it is kept in the message's history."
        )
    if change.submitter == change.user.pk:
        return (
            "You submitted this message for review, or changed its text since, so another "
            "editor must publish it. "
            "To publish it yourself, give your reason in “Force-publish reason”; it is kept "
            "in the message's history."
        )
    return None
