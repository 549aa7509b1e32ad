"""The press office's content: one Message table for every kind, categories and people.

Why one table (see DESIGN.md): the feed, its filters, pagination and indexes stay simple and
fast; press staff still get a section per kind in the admin through the proxy models.
"""

from .events import CHANGE_NOTE_MAX_LENGTH, MessageEvent
from .media import Attachment, LeadImage
from .messages import (
    BODY_MAX_LENGTH,
    Category,
    Message,
    Person,
    StaleVersion,
    Stored,
)
from .proxies import (
    KIND_PROXIES,
    Article,
    Briefing,
    Comment,
    DeletedMessage,
    Interview,
    PressRelease,
    Speech,
    Statement,
)
from .states import APPEARED, PREVIEWABLE, State, Status, state_of

__all__ = [
    "Attachment", "BODY_MAX_LENGTH", "LeadImage",
    "CHANGE_NOTE_MAX_LENGTH", "KIND_PROXIES", "Article", "Briefing", "Category", "Comment",
    "DeletedMessage", "Interview", "Message", "MessageEvent", "Person", "PressRelease", "Speech",
    "StaleVersion", "Statement",
    "APPEARED", "PREVIEWABLE", "State", "Status", "Stored", "state_of",
]
