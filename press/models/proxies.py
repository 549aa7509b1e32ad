"""Proxy models: a section per kind of message in the admin, and the recycle bin."""

from django.db.models.signals import post_save

from .messages import REVISIONS, Message, MessageManager

# A proxy per kind: its own admin section and permissions. Its rows are the messages of its
# `proxy_kind` (Message's manager filters by it; saving sets it).


class Statement(Message):
    proxy_kind = Message.Kind.STATEMENT

    class Meta:
        proxy = True


class Comment(Message):
    proxy_kind = Message.Kind.COMMENT

    class Meta:
        proxy = True


class PressRelease(Message):
    proxy_kind = Message.Kind.PRESS_RELEASE

    class Meta:
        proxy = True


class Interview(Message):
    proxy_kind = Message.Kind.INTERVIEW

    class Meta:
        proxy = True


class Speech(Message):
    proxy_kind = Message.Kind.SPEECH

    class Meta:
        proxy = True
        verbose_name_plural = "speeches"


class Briefing(Message):
    proxy_kind = Message.Kind.BRIEFING

    class Meta:
        proxy = True


class Article(Message):
    proxy_kind = Message.Kind.ARTICLE

    class Meta:
        proxy = True


KIND_PROXIES = [Statement, Comment, PressRelease, Interview, Speech, Briefing, Article]


class BinManager(MessageManager):
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
