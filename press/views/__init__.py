from .categories import CategoryDetailView, CategoryListView
from .messages import MessageDetailView, MessageListView

__all__ = ["CategoryDetailView", "CategoryListView", "MessageDetailView", "MessageListView"]
