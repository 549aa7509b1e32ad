"""Second pair of eyes: who may publish a message without a written force-publish reason.

The rule is about who *wrote* the text, not who last touched it. A submitted message goes out
without a reason only when published by someone who neither wrote any of its text nor
submitted it. Its authors are whoever created it, changed its title, lead or body, or restored
an earlier text onto it (recorded in its timeline by workflow.save). So an editor reviewing a
colleague's submission may correct a typo and publish in the same save (they were not an author
before that save; the timeline records their change with a link to the differences), while a
message nobody else has seen, or one that A wrote and B only submitted, still needs A's reason.

The workflow asks these questions of every change (workflow.check and workflow.save); nothing
else calls them.
"""

from django.utils.translation import gettext_lazy as _

from .models import Message, MessageEvent

Status = Message.Status
Action = MessageEvent.Action

# What a reviewer reads: whoever changes these has written part of the message.
TEXT_FIELDS = frozenset({"title", "lead", "body"})
# The timeline entries that make their user an author of the text.
AUTHORING = [Action.CREATED, Action.TEXT_CHANGED, Action.REVISION_RESTORED]

NOT_SUBMITTED = _(
    "This message was not submitted for review, so it cannot be published without a second "
    "pair of eyes: submit it for another editor to publish, or give your reason in "
    "“Force-publish reason”; it is kept in the message's history."
)
OWN_TEXT = _(
    "You wrote part of this message's text, or submitted it for review, so another editor "
    "must publish it. To publish it yourself, give your reason in “Force-publish reason”; it "
    "is kept in the message's history."
)


def changes_text(change):
    """Whether `change` rewrites the text of a message that already exists."""
    return not change.is_new and bool(TEXT_FIELDS & change.changed_fields)


def authors_of(message):
    """The ids of everyone who wrote part of `message`'s text, as its timeline records."""
    if message.pk is None:
        return frozenset()
    return frozenset(
        message.events.filter(action__in=AUTHORING, user__isnull=False)
        .values_list("user_id", flat=True)
    )


def submitter_after(change):
    """Who last submitted the message for review once `change` is made (a user id, or None).

    Submitting makes you the submitter, kept through a return to draft.
    """
    if change.new_status == Status.SUBMITTED and change.old_status != Status.SUBMITTED:
        return change.user.pk
    return change.message.submitted_by_id


def unreviewed_publication(change):
    """Why publishing this needs a force-publish reason, or None if a second pair of eyes saw it.

    Judged against the authors *before* the change: the reviewer's own correction, made in the
    save that publishes, is part of the review.
    """
    if not change.becomes_published:
        return None
    if change.old_status != Status.SUBMITTED:
        return NOT_SUBMITTED
    user = change.user.pk
    if user in change.authors_before or user == change.message.submitted_by_id:
        return OWN_TEXT
    return None
