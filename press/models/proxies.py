"""Proxy models: a section per kind of message in the admin, and the recycle bin."""

from django.db import models
from django.db.models.signals import post_save

from .messages import REVISIONS, Message, MessageQuerySet


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


class BinManager(models.Manager.from_queryset(MessageQuerySet)):
    def get_queryset(self):
        return super().get_queryset().deleted()


class DeletedMessage(Message):
    """The recycle bin: messages deleted in the admin, kept until an editor purges them."""

    objects = BinManager()

    class Meta:
        proxy = True
        verbose_name = "deleted message"
        verbose_name_plural = "recycle bin"


# django-simple-history listens for saves of the model it is declared on; a proxy's save is
# sent with the proxy as sender, so each proxy is connected too, or its edits keep no revision.
for _proxy in [*KIND_PROXIES, DeletedMessage]:
    post_save.connect(REVISIONS.post_save, sender=_proxy, weak=False)
