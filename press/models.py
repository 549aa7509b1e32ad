"""The press office's content: one Message table for every kind, categories and people.

Why one table (see DESIGN.md): the feed, its filters, pagination and indexes stay simple and
fast; press staff still get a section per kind in the admin through the proxy models below.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone

from .markup import render_markdown
from .slugs import unique_slug


class Category(models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)
    order = models.PositiveIntegerField(default=0, help_text="Lower numbers come first.")

    class Meta:
        ordering = ["order", "name"]
        verbose_name_plural = "categories"

    def __str__(self):
        return self.name


class Person(models.Model):
    name = models.CharField(max_length=200)
    position = models.CharField(max_length=200, blank=True, help_text="e.g. Foreign Minister")
    slug = models.SlugField(max_length=200, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return f"{self.name}, {self.position}" if self.position else self.name


# The languages the press office publishes in.
LANGUAGES = [("en", "English"), ("ru", "Russian")]


class MessageQuerySet(models.QuerySet):
    def published(self):
        """The one gate for the public: published, and its time has come.

        Every public surface reads messages through this method, so a draft, a withdrawn or
        a scheduled message is absent from all of them by construction. A scheduled message
        needs no cron job: it passes the gate when `published_at` is reached.
        """
        return self.filter(status=Message.Status.PUBLISHED, published_at__lte=timezone.now())


class Message(models.Model):
    class Kind(models.TextChoices):
        STATEMENT = "statement", "Statement"
        COMMENT = "comment", "Comment"
        PRESS_RELEASE = "press_release", "Press release"
        INTERVIEW = "interview", "Interview"
        SPEECH = "speech", "Speech"
        BRIEFING = "briefing", "Briefing"
        ARTICLE = "article", "Article"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"
        WITHDRAWN = "withdrawn", "Withdrawn"

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.STATEMENT)
    title = models.CharField(max_length=300)
    slug = models.SlugField(
        max_length=200,
        unique=True,
        blank=True,
        help_text="Made from the title when left empty. Part of the message's address.",
    )
    lead = models.TextField(blank=True, help_text="The paragraph shown under the title in lists.")
    body = models.TextField(blank=True, help_text="Markdown.")
    body_html = models.TextField(editable=False, blank=True)
    published_at = models.DateTimeField(
        "publication date and time",
        null=True,
        blank=True,
        help_text="In the future, the message appears by itself at that time.",
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    featured = models.BooleanField(
        default=False, help_text="Shown in full at the top of the home page."
    )
    categories = models.ManyToManyField(Category, blank=True, related_name="messages")
    people = models.ManyToManyField(
        Person, blank=True, related_name="messages", help_text="Speakers and interviewees."
    )
    outlet = models.CharField(
        max_length=200, blank=True, help_text="Where an interview or article appeared."
    )
    language = models.CharField(max_length=10, default="en", choices=LANGUAGES)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="+",
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="+",
    )
    # Bumped by every save; the admin uses it to refuse a stale form (optimistic locking).
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = MessageQuerySet.as_manager()

    # Set by the proxy models below: the kind their rows have.
    proxy_kind = None

    class Meta:
        ordering = ["-published_at", "-id"]
        indexes = [
            # The feed: newest published first, with id breaking ties within a second.
            models.Index(fields=["status", "-published_at", "-id"], name="message_feed_idx"),
            models.Index(fields=["kind", "status", "-published_at"], name="message_kind_feed_idx"),
            models.Index(
                fields=["-published_at"],
                condition=models.Q(featured=True),
                name="message_featured_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="published") | models.Q(published_at__isnull=False),
                name="message_published_has_date",
                violation_error_message="A published message needs a publication date and time.",
            ),
        ]
        permissions = [("publish_message", "Can publish, unpublish and feature messages")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.proxy_kind:
            self.kind = self.proxy_kind
        if not self.slug:
            self.slug = unique_slug(self, self.title, max_length=200)
        self.body_html = render_markdown(self.body)
        if self.pk:
            self.version += 1
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        # The date in the address is the date in the home zone (activated per request).
        local = timezone.localtime(self.published_at or timezone.now())
        return reverse(
            "press:message-detail",
            kwargs={
                "year": local.year,
                "month": f"{local.month:02d}",
                "day": f"{local.day:02d}",
                "slug": self.slug,
            },
        )

    def clean(self):
        super().clean()
        if self.status == self.Status.PUBLISHED and not self.published_at:
            raise ValidationError(
                {"published_at": "A published message needs a publication date and time."}
            )

    @property
    def is_public(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )


class KindManager(models.Manager.from_queryset(MessageQuerySet)):
    """A manager that sees only one kind of message (for the proxy models)."""

    def __init__(self, kind):
        super().__init__()
        self.kind = kind

    def get_queryset(self):
        return super().get_queryset().filter(kind=self.kind)


def _kind_proxy(kind, class_name, plural):
    """A proxy model for one kind: its own admin section, manager and permissions."""
    meta = type("Meta", (), {"proxy": True, "verbose_name": kind.label.lower(),
                              "verbose_name_plural": plural})
    return type(
        class_name,
        (Message,),
        {"__module__": __name__, "Meta": meta, "proxy_kind": kind, "objects": KindManager(kind)},
    )


Statement = _kind_proxy(Message.Kind.STATEMENT, "Statement", "statements")
Comment = _kind_proxy(Message.Kind.COMMENT, "Comment", "comments")
PressRelease = _kind_proxy(Message.Kind.PRESS_RELEASE, "PressRelease", "press releases")
Interview = _kind_proxy(Message.Kind.INTERVIEW, "Interview", "interviews")
Speech = _kind_proxy(Message.Kind.SPEECH, "Speech", "speeches")
Briefing = _kind_proxy(Message.Kind.BRIEFING, "Briefing", "briefings")
Article = _kind_proxy(Message.Kind.ARTICLE, "Article", "articles")

KIND_PROXIES = [Statement, Comment, PressRelease, Interview, Speech, Briefing, Article]
