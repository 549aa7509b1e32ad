"""Proxy models: a section per kind of message in the admin, and the recycle bin."""

from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _

from .messages import REVISIONS, Message, MessageManager

# A proxy per kind: its own admin section and permissions. Its rows are the messages of its
# `proxy_kind` (Message's manager filters by it; saving sets it).


class Statement(Message):
    proxy_kind = Message.Kind.STATEMENT

    class Meta:
        proxy = True
        verbose_name = _("statement")
        verbose_name_plural = _("statements")


class Comment(Message):
    proxy_kind = Message.Kind.COMMENT

    class Meta:
        proxy = True
        verbose_name = _("comment")
        verbose_name_plural = _("comments")


class PressRelease(Message):
    proxy_kind = Message.Kind.PRESS_RELEASE

    class Meta:
        proxy = True
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")


class Interview(Message):
    proxy_kind = Message.Kind.INTERVIEW

    class Meta:
        proxy = True
        verbose_name = _("interview")
        verbose_name_plural = _("interviews")


class Speech(Message):
    proxy_kind = Message.Kind.SPEECH

    class Meta:
        proxy = True
        verbose_name = _("speech")
        verbose_name_plural = _("speeches")


class Briefing(Message):
    proxy_kind = Message.Kind.BRIEFING

    class Meta:
        proxy = True
        verbose_name = _("briefing")
        verbose_name_plural = _("briefings")


class Article(Message):
    proxy_kind = Message.Kind.ARTICLE

    class Meta:
        proxy = True
        verbose_name = _("article")
        verbose_name_plural = _("articles")


KIND_PROXIES = [Statement, Comment, PressRelease, Interview, Speech, Briefing, Article]


class BinManager(MessageManager):
    def get_queryset(self):
        return super().get_queryset().deleted()


class DeletedMessage(Message):
    """The recycle bin: messages deleted in the admin, kept until an editor purges them."""

    objects = BinManager()

    class Meta:
        proxy = True
        verbose_name = _("deleted message")
        verbose_name_plural = _("recycle bin")


# django-simple-history listens for saves of the model it is declared on; a proxy's save is
# sent with the proxy as sender, so each proxy is connected too, or its edits keep no revision.
for _proxy in [*KIND_PROXIES, DeletedMessage]:
    post_save.connect(REVISIONS.post_save, sender=_proxy, weak=False)
