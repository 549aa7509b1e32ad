"""Driving the message admin as press staff do: URLs and complete change-form posts."""

from zoneinfo import ZoneInfo

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from press.models import Message

# The demo's home zone (SiteSettings' default), which the admin activates per request.
HOME = ZoneInfo("Europe/Moscow")


def admin_url(model, view, *args):
    return reverse(f"admin:press_{model._meta.model_name}_{view}", args=args)


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


# The change form's inlines (lead image, attachments), posted empty: their files untouched.
NO_UPLOADS = {
    f"{prefix}-{count}": "0"
    for prefix in ("lead_image", "attachments")
    for count in ("TOTAL_FORMS", "INITIAL_FORMS")
}


def change_form_data(message, **fields):
    """What the change form posts for `message` as it is now, with `fields` changed.

    Times are given in the home zone, as the form shows them.
    """
    local = timezone.localtime(message.published_at, HOME) if message.published_at else None
    data = {
        "version": message.version,
        "title": message.title,
        "slug": message.slug,
        "kind": message.kind,
        "lead": message.lead,
        "body": message.body,
        "outlet": message.outlet,
        "status": message.status,
        "published_at_0": local.strftime("%Y-%m-%d") if local else "",
        "published_at_1": local.strftime("%H:%M:%S") if local else "",
        "language": message.language,
        "translation_of": message.translation_of_id or "",
        "withdrawal_explanation": message.withdrawal_explanation,
        "change_kind": "minor",
        "change_note": "",
        "force_publish_reason": "",
        "remark": "",
        **NO_UPLOADS,
    }
    if message.featured:
        data["featured"] = "on"
    data.update(fields)
    return data


def post_change(client, message, **fields):
    url = admin_url(Message, "change", message.pk)
    return client.post(url, change_form_data(message, **fields))


def errors_of(response):
    """The form's error messages, flattened, from a re-rendered change form."""
    return [error for errors in response.context["adminform"].form.errors.values()
            for error in errors]
