"""A message's lead image and its attachments (PDF, ODT, DOCX), kept in Django's storage.

The image is served as renditions made by django-imagekit on Pillow: each width in WebP and in
JPEG, and a 1200×630 card for OpenGraph/Twitter. They are made once, when the image is saved
(imagekit's "optimistic" strategy), and stored beside it; a page only names their addresses,
which imagekit derives from the original's name without touching the storage or the database.
What an upload may be (its content, not its name) is checked in press/uploads.py.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from imagekit.models import ImageSpecField
from imagekit.processors import ResizeToFill, ResizeToFit

from core.choices import KindLabel
from core.text import CleanCharField

from .messages import Message

# The widths the page offers the browser (srcset); the largest is for wide, dense screens.
RENDITION_WIDTHS = (480, 960, 1600)
# WebP for the browsers that take it, JPEG as the fallback (<picture>).
RENDITION_FORMATS = {"webp": ("WEBP", {"quality": 80}), "jpeg": ("JPEG", {"quality": 82})}
CARD_SIZE = (1200, 630)  # what OpenGraph and Twitter cards show best
THUMBNAIL_WIDTH = 240  # as lists show it; the 480 rendition serves it on dense screens too


class LeadImage(models.Model):
    message = models.OneToOneField(
        Message, on_delete=models.CASCADE, primary_key=True, related_name="lead_image",
    )
    image = models.ImageField(
        _("image"), upload_to="press/images/%Y/%m/", width_field="width", height_field="height",
        help_text=_("JPEG, PNG or WebP, at most 20 MB and 40 megapixels."),
    )
    width = models.PositiveIntegerField(null=True, editable=False)
    height = models.PositiveIntegerField(null=True, editable=False)
    alt_text = CleanCharField(
        _("alt text"), max_length=300,
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    caption = CleanCharField(_("caption"), max_length=300, blank=True)
    credit = CleanCharField(
        _("credit"), max_length=200, blank=True, help_text=_("The photographer or agency."),
    )

    class Meta:
        verbose_name = _("lead image")
        verbose_name_plural = _("lead image")

    def __str__(self):
        return self.alt_text

    def rendition(self, format_name, width):
        return getattr(self, f"{format_name}_{width}")

    def srcset(self, format_name):
        """"…480.webp 480w, …960.webp 960w, …": the widths no wider than the original."""
        widths = [w for w in RENDITION_WIDTHS if w <= (self.width or 0)] or RENDITION_WIDTHS[:1]
        return ", ".join(f"{self.rendition(format_name, w).url} {w}w" for w in widths)

    @property
    def webp_srcset(self):
        return self.srcset("webp")

    @property
    def jpeg_srcset(self):
        return self.srcset("jpeg")

    @property
    def fallback(self):
        """The JPEG a browser without srcset or WebP shows (and feeds name)."""
        return self.rendition("jpeg", RENDITION_WIDTHS[1])

    def size_at(self, width):
        """(width, height) of the rendition `width` wide: never wider than the original."""
        if not self.width or not self.height:
            return width, None
        shown = min(width, self.width)
        return shown, round(self.height * shown / self.width)

    @property
    def page_size(self):
        return self.size_at(RENDITION_WIDTHS[1])

    @property
    def thumbnail_size(self):
        return self.size_at(THUMBNAIL_WIDTH)

    @property
    def thumbnail(self):
        return self.rendition("jpeg", RENDITION_WIDTHS[0])

    @property
    def webp_thumbnail(self):
        return self.rendition("webp", RENDITION_WIDTHS[0])


def _add_renditions():
    # Made when the image is saved (Optimistic), so a page never waits for or checks them.
    strategy = "imagekit.cachefiles.strategies.Optimistic"
    for width in RENDITION_WIDTHS:
        for name, (image_format, options) in RENDITION_FORMATS.items():
            LeadImage.add_to_class(f"{name}_{width}", ImageSpecField(
                source="image", processors=[ResizeToFit(width, upscale=False)],
                format=image_format, options=options, cachefile_strategy=strategy,
            ))
    LeadImage.add_to_class("card", ImageSpecField(
        source="image", processors=[ResizeToFill(*CARD_SIZE)], format="JPEG",
        options={"quality": 82}, cachefile_strategy=strategy,
    ))


_add_renditions()


class Attachment(KindLabel, models.Model):
    class Kind(models.TextChoices):
        PDF = "pdf", _("PDF")
        ODT = "odt", _("OpenDocument text")
        DOCX = "docx", _("Word document")

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    title = CleanCharField(_("title"), max_length=300)
    file = models.FileField(
        _("file"), upload_to="press/attachments/%Y/%m/",
        help_text=_("PDF, ODT or DOCX, at most 50 MB."),
    )
    # Read from the content when it is uploaded (press/uploads.py), shown beside the title.
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, editable=False)
    size = models.PositiveBigIntegerField(_("size"), editable=False, default=0)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "id"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.title
