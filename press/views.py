from django.views.generic import DateDetailView

from .models import Message


class MessageDetailView(DateDetailView):
    """One message at /messages/<yyyy>/<mm>/<dd>/<slug>/; 404 unless public or withdrawn."""

    date_field = "published_at"
    month_format = "%m"
    context_object_name = "message"
    template_name = "press/message_detail.html"

    def get_queryset(self):
        return (
            Message.objects.viewable()
            .with_change_notes()
            .prefetch_related("categories", "people")
        )
