"""The demo press content: the messages of the reference home page.

The content is stored in the project (demo_content.json beside this file). Loading is
idempotent: what already exists is left as it is, so a second run changes nothing and never
overwrites what press staff have edited.
"""

import json
import zoneinfo
from datetime import datetime
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from .models import Category, Message, Person

CONTENT_FILE = Path(__file__).with_name("demo_content.json")


def read_content():
    with CONTENT_FILE.open(encoding="utf-8") as content:
        return json.load(content)


@transaction.atomic
def load():
    """Create the demo categories, people and messages that are missing. Returns how many."""
    content = read_content()
    zone = zoneinfo.ZoneInfo(content["time_zone"])
    created = 0
    for order, fields in enumerate(content["categories"]):
        _, is_new = Category.objects.get_or_create(
            slug=fields["slug"],
            defaults={"name": fields["name"], "description": fields["description"], "order": order},
        )
        created += is_new
    for fields in content["people"]:
        _, is_new = Person.objects.get_or_create(
            slug=fields["slug"], defaults={"name": fields["name"], "position": fields["position"]}
        )
        created += is_new
    for fields in content["messages"]:
        slug = slugify(fields["title"])[:200].strip("-")
        if Message.objects.filter(slug=slug).exists():
            continue
        message = Message.objects.create(
            slug=slug,
            kind=fields["kind"],
            title=fields["title"],
            lead=fields["lead"],
            body=fields["body"],
            outlet=fields["outlet"],
            featured=fields["featured"],
            status=Message.Status.PUBLISHED,
            published_at=datetime.fromisoformat(fields["published_at"]).replace(tzinfo=zone),
        )
        message.categories.set(Category.objects.filter(slug__in=fields["categories"]))
        message.people.set(Person.objects.filter(slug__in=fields["people"]))
        created += 1
    return created
