"""Share-preview links: a signed, expiring address that shows a message before it is public.

The token signs the message's id and its `preview_generation`; making a new link bumps the
generation, so every earlier link stops working. Tokens expire after seven days. A bad,
expired or revoked token is a 404, never a hint of what the message is. Only editors make
these links; a writer previews their own draft in the admin ("View on site", which the
admin serves through `render_preview` to the message's authors and to editors).
"""

from datetime import timedelta

from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from core.languages import current_language, other_language

from . import review
from .models import PREVIEWABLE, Message, MessageEvent
from .page_lists import page_lists
from .workflow import may

SALT = "press.preview"
LIFETIME = timedelta(days=7)


def token_for(message):
    return signing.dumps({"id": message.pk, "generation": message.preview_generation}, salt=SALT)


def preview_url(message):
    """The preview's address, in the message's own language (as its page will be)."""
    with translation.override(message.language):
        return reverse("press:message-preview", kwargs={"token": token_for(message)})


def can_preview(message):
    """Drafts, submitted and scheduled messages have previews; public ones have their page."""
    return message.stored_state in PREVIEWABLE


def new_link_generation(message, user):
    """Revoke every share-preview link handed out so far (the next one is a new generation)."""
    if not may(user, "publish_message"):
        raise PermissionDenied
    # A plain UPDATE: a new link is not an edit, so it keeps no revision and bumps no version.
    Message.objects.filter(pk=message.pk).update(
        preview_generation=message.preview_generation + 1
    )
    message.preview_generation += 1
    MessageEvent.objects.create(
        message=message, action=MessageEvent.Action.PREVIEW_LINK, user=user, at=timezone.now()
    )


def previews():
    """Messages as a preview shows them (the lists beside them are `page_lists`)."""
    return Message.objects.not_deleted().select_related("lead_image")


def may_preview(user, message):
    """Staff preview (View on site) of a draft: its authors and the editors (review.py)."""
    return may(user, "publish_message") or user.pk in review.authors_of(message)


def message_for(token):
    try:
        payload = signing.loads(token, salt=SALT, max_age=LIFETIME)
        message = previews().get(pk=payload["id"], preview_generation=payload["generation"])
    except (signing.BadSignature, KeyError, TypeError, Message.DoesNotExist) as error:
        raise Http404("No such preview.") from error
    if not can_preview(message):
        raise Http404("No such preview.")
    return message


def render_preview(request, message):
    """The message's page as it will look, marked "Preview — not published"; never cached."""
    with translation.override(other_language(message.language)):
        # A draft has no translation to show yet: the switcher leads to the other archive.
        elsewhere = reverse("press:message-list")
    response = render(
        request, "press/preview.html",
        {
            "message": message, "preview": True, "other_language_url": elsewhere,
            **page_lists(message),
        },
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    patch_cache_control(response, private=True, no_store=True)
    return response


@never_cache
@require_safe
def message_preview(request, token):
    message = message_for(token)
    if message.language != current_language():
        return HttpResponseRedirect(preview_url(message))
    return render_preview(request, message)


urlpatterns = [
    path("preview/<str:token>/", message_preview, name="message-preview"),
]
