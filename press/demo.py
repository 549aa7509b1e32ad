"""The demo press content: the messages of the reference home page, and Russian translations.

The content is stored in the project (demo_content.json beside this file): each category,
person and some of the messages carry their Russian text under "ru". Loading is idempotent:
what already exists is left as it is, so a second run changes nothing and never overwrites
what press staff have edited (a Russian name is filled in only where there is none).
"""

import json
import zoneinfo
from datetime import datetime
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from .models import Category, Message, Person

CONTENT_FILE = Path(__file__).with_name("demo_content.json")


def _fill_russian(item, russian):
    """Give `item` the Russian of each field that has none yet. Returns whether it changed."""
    missing = {field: text for field, text in russian.items() if not getattr(item, f"{field}_ru")}
    for field, text in missing.items():
        setattr(item, f"{field}_ru", text)
    if missing:
        item.save()
    return bool(missing)


@transaction.atomic
def load():
    """Create the demo categories, people and messages that are missing. Returns how many."""
    content = json.loads(CONTENT_FILE.read_text(encoding="utf-8"))
    zone = zoneinfo.ZoneInfo(content["time_zone"])
    created = 0
    for order, fields in enumerate(content["categories"]):
        category, is_new = Category.objects.get_or_create(
            slug=fields["slug"],
            defaults={"name": fields["name"], "description": fields["description"], "order": order},
        )
        _fill_russian(category, fields["ru"])
        created += is_new
    for fields in content["people"]:
        person, is_new = Person.objects.get_or_create(
            slug=fields["slug"], defaults={"name": fields["name"], "position": fields["position"]}
        )
        _fill_russian(person, fields["ru"])
        created += is_new
    for fields in content["messages"]:
        slug = slugify(fields["title"])[:200].strip("-")
        original = Message.objects.filter(slug=slug).first()
        if original is None:
            original = _create(
                fields, slug, zone, language="en", featured=fields["featured"], **_texts(fields)
            )
            created += 1
        if "ru" in fields and not Message.objects.filter(slug=f"{slug[:197]}-ru").exists():
            _create(
                fields, f"{slug[:197]}-ru", zone, language="ru", translation_of=original,
                featured=fields["ru"].get("featured", False), **_texts(fields["ru"]),
            )
            created += 1
    return created


def _texts(fields):
    return {"title": fields["title"], "lead": fields["lead"], "body": fields["body"]}


def _create(fields, slug, zone, *, featured, **values):
    message = Message.objects.create(
        slug=slug,
        kind=fields["kind"],
        outlet=fields["outlet"],
        featured=featured,
        status=Message.Status.PUBLISHED,
        published_at=datetime.fromisoformat(fields["published_at"]).replace(tzinfo=zone),
        **values,
    )
    message.categories.set(Category.objects.filter(slug__in=fields["categories"]))
    message.people.set(Person.objects.filter(slug__in=fields["people"]))
    return message
