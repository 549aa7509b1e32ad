"""The press office's content: one Message table for every kind.

Why one table (see DESIGN.md): the feed, its filters, pagination and indexes stay simple and
fast; press staff still get a section per kind in the admin through the proxy models below.
"""

from datetime import datetime
from typing import NamedTuple

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.choices import KindLabel
from core.named_urls import url_with
from core.text import CleanCharField, CleanTextField
from core.timekeeping import home_zone

from ..markup import render_markdown
from ..slugs import unique_slug
from .states import APPEARED, State, Status, state_filter, state_of
from .taxonomy import Category, Person

# The languages the press office publishes in: the site's languages (settings.LANGUAGES).
LANGUAGES = [("en", _("English")), ("ru", _("Russian"))]


class MessageQuerySet(models.QuerySet):
    def published(self, now=None):
        """The one gate for the public: published, its time has come, not in the recycle bin.

        Every public surface reads messages through this method, so a draft, a submitted, a
        withdrawn, a deleted or a scheduled message is absent from all of them by construction.
        A scheduled message needs no cron job: it passes the gate when `published_at` is reached.
        """
        return self.filter(state_filter(State.PUBLIC, now))

    def scheduled(self):
        """Published with a time still to come (and not in the recycle bin)."""
        return self.filter(state_filter(State.SCHEDULED))

    def viewable(self, now=None):
        """What a message's own page may show: the published ones, and withdrawn ones.

        A withdrawn message keeps its address (it was quoted) and shows a dated withdrawal
        notice there, but it is in no list, feed or sitemap: those read `published()`.
        """
        now = now or timezone.now()
        return self.filter(state_filter(State.PUBLIC, now) | state_filter(State.WITHDRAWN, now))

    def not_deleted(self):
        return self.exclude(state_filter(State.BINNED))

    def deleted(self):
        return self.filter(state_filter(State.BINNED))


class MessageManager(models.Manager.from_queryset(MessageQuerySet)):
    """Message's manager; on a proxy per kind (models/proxies.py) it sees that kind only."""

    def get_queryset(self):
        messages = super().get_queryset()
        kind = self.model.proxy_kind
        return messages if kind is None else messages.filter(kind=kind)


class Stored(NamedTuple):
    """A message's workflow fields as the database holds them."""

    status: str
    published_at: datetime | None
    deleted_at: datetime | None


class StaleVersion(Exception):
    """A save based on a version of the message that is no longer the current one.

    Raised by Message.save(); the workflow turns it into a refusal staff can read
    (workflow.LostRace), in one place.
    """


def _revision_author(instance, **kwargs):
    # Every save through the admin and the workflow sets `updated_by`; the revision's author
    # is that user, so no request middleware is needed.
    return instance.updated_by


# Every save keeps a revision: who, when, and each field's value (see press/revisions.py).
REVISIONS = HistoricalRecords(
    excluded_fields=["body_html", "updated_at", "preview_generation", "search_document"],
    # Categories and people too; the admin has one revision record them with the fields
    # (press/revisions.py: classification_saved).
    m2m_fields=["categories", "people"],
    get_user=_revision_author,
)

# The longest body a message may have: rendering it stays well under a second (a test measures
# it against a typical body), and a page of it is still readable.
BODY_MAX_LENGTH = 200_000


def validate_body_length(body):
    if len(body) > BODY_MAX_LENGTH:
        raise ValidationError(
            _("The body is %(length)s characters long; the limit is %(limit)s. Split it into "
              "several messages, or move long annexes into a PDF attachment.")
            % {"length": f"{len(body):,}", "limit": f"{BODY_MAX_LENGTH:,}"},
            code="body_too_long",
        )


class Message(KindLabel, models.Model):
    class Kind(models.TextChoices):
        STATEMENT = "statement", _("Statement")
        COMMENT = "comment", _("Comment")
        PRESS_RELEASE = "press_release", _("Press release")
        INTERVIEW = "interview", _("Interview")
        SPEECH = "speech", _("Speech")
        BRIEFING = "briefing", _("Briefing")
        ARTICLE = "article", _("Article")

    Status = Status
    State = State

    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.STATEMENT
    )
    title = CleanCharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        blank=True,
        help_text=_("Made from the title when left empty. Part of the message's address."),
    )
    lead = CleanTextField(
        _("lead"), blank=True, help_text=_("The paragraph shown under the title in lists.")
    )
    body = CleanTextField(
        _("body"), blank=True, help_text=_("Markdown."), validators=[validate_body_length]
    )
    body_html = CleanTextField(editable=False, blank=True)
    published_at = models.DateTimeField(
        _("publication date and time"),
        null=True,
        blank=True,
        help_text=_("In the future, the message appears by itself at that time."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    featured = models.BooleanField(
        _("featured"), default=False, help_text=_("Shown in full at the top of the home page.")
    )
    categories = models.ManyToManyField(
        Category, blank=True, related_name="messages", verbose_name=_("categories")
    )
    people = models.ManyToManyField(
        Person, blank=True, related_name="messages", verbose_name=_("people"),
        help_text=_("Speakers and interviewees."),
    )
    outlet = CleanCharField(
        _("outlet"), max_length=200, blank=True,
        help_text=_("Where an interview or article appeared."),
    )
    language = models.CharField(
        _("language"), max_length=10, default="en", choices=LANGUAGES,
        help_text=_("English messages are on the English site, Russian ones under /ru/."),
    )
    # Where this message is the translation of another (in the other language), that one. A
    # pair is linked from the translation's side only; press/translations.py keeps each
    # message in one pair at most, and reads the link both ways.
    translation_of = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="translated_as",
        verbose_name=_("translation of"),
        help_text=_(
            "The message in the other language that this one translates. Each is published "
            "on its own; the language switcher and search engines link the two."
        ),
    )

    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="+", verbose_name=_("created by"),
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="+", verbose_name=_("updated by"),
    )
    # Bumped by every save; the admin uses it to refuse a stale form (optimistic locking).
    version = models.PositiveIntegerField(default=1, editable=False)

    # Second pair of eyes: who last submitted it for review (a return to draft keeps it);
    # they may not publish it without a force-publish reason (press/workflow.py).
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="+", verbose_name=_("submitted by"),
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True, editable=False)
    withdrawal_explanation = CleanTextField(
        _("withdrawal explanation"),
        blank=True, help_text=_("Shown on the message's page under the withdrawal notice."),
    )
    # Set when the message is moved to the recycle bin (soft delete).
    deleted_at = models.DateTimeField(_("deleted at"), null=True, blank=True, editable=False)
    # Part of every share-preview token: bumping it revokes the links handed out before.
    preview_generation = models.PositiveIntegerField(default=0, editable=False)
    # The archive search's words in the message's own language (press/search.py), computed by
    # the database's trigger on every write, whatever this instance holds; NULL on SQLite.
    # Its GIN index is made by a migration, on PostgreSQL only: a GinIndex in Meta.indexes
    # would be made on SQLite too, which has no GIN.
    search_document = SearchVectorField(null=True, editable=False)

    history = REVISIONS

    objects = MessageManager()

    # The workflow fields as loaded from (or last saved to) the database; None until then.
    stored = None

    # Set by the proxy models (models/proxies.py): the kind their rows have.
    proxy_kind = None

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")
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
                violation_error_message=_(
                    "A published message needs a publication date and time."
                ),
            ),
        ]
        permissions = [
            ("submit_message", _("Can submit messages for review")),
            ("publish_message", _("Can publish, schedule, unpublish and feature messages")),
            ("withdraw_message", _("Can withdraw published messages")),
            ("restore_message", _("Can restore messages from the recycle bin and old revisions")),
            ("purge_message", _("Can purge messages from the recycle bin for good")),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.proxy_kind:
            self.kind = self.proxy_kind
        if not self.slug:
            self.slug = unique_slug(self, self.title, max_length=200)
        self.body_html = render_markdown(self.body)
        if self._state.adding:
            super().save(*args, **kwargs)
        else:
            with transaction.atomic(using=kwargs.get("using")):
                self.claim_version()
                super().save(*args, **kwargs)
        self._remember_stored(vars(self))

    def get_absolute_url(self):
        # The date in the address is the date in the home zone, whatever zone is active; the
        # language is the message's own (/ru/… for a Russian one), whatever language is active.
        local = timezone.localtime(self.published_at or timezone.now(), home_zone())
        return url_with(
            "press:message-detail",
            kwargs={
                "year": local.year,
                "month": f"{local.month:02d}",
                "day": f"{local.day:02d}",
                "slug": self.slug,
            },
            language=self.language,
        )

    def clean(self):
        from ..translations import link_errors

        super().clean()
        errors = link_errors(self)
        if self.status == self.Status.PUBLISHED and not self.published_at:
            errors["published_at"] = _("A published message needs a publication date and time.")
        if errors:
            raise ValidationError(errors)

    def claim_version(self):
        """Compare-and-set: move the stored row from this instance's version to the next.

        Of two saves based on the same version, the second finds no row at that version and
        is refused (StaleVersion), on any database, even if it slipped past the admin form's
        check. The UPDATE also locks the row until the save that follows it commits.
        """
        claimed = Message.objects.filter(pk=self.pk, version=self.version).update(
            version=self.version + 1
        )
        if not claimed:
            raise StaleVersion(f"Message {self.pk} was changed since version {self.version}.")
        self.version += 1

    def refresh_from_db(self, *args, **kwargs):
        super().refresh_from_db(*args, **kwargs)
        self._remember_stored(vars(self))

    @classmethod
    def from_db(cls, db, field_names, values):
        message = super().from_db(db, field_names, values)
        message._remember_stored(dict(zip(field_names, values, strict=True)))
        return message

    def _remember_stored(self, row):
        # What the database holds, kept before a form or the workflow changes the instance: a
        # change is judged against it (has the message appeared? what was its status?).
        self.stored = (
            Stored(row["status"], row["published_at"], row["deleted_at"])
            if {"status", "published_at", "deleted_at"} <= row.keys()
            else None
        )

    @property
    def state(self):
        """Its state now, as the instance says (a form may have changed it)."""
        return state_of(self.status, self.published_at, self.deleted_at)

    @property
    def stored_state(self):
        """Its state now, as the database holds it: None for a message not yet saved."""
        return self.stored and state_of(*self.stored)

    @property
    def has_appeared(self):
        """Whether its address may have been quoted: its stored row is public or withdrawn."""
        return self.stored_state in APPEARED


# The revisions' model, made by django-simple-history; named here so it can be imported.
HistoricalMessage = Message.history.model
