"""What press staff may upload: checked by content, never by name alone.

A lead image must be a JPEG, PNG or WebP that Pillow can decode whole, named for what it is, at
most 20 MB and 40 megapixels; an SVG is refused (it can carry script), and so is a
decompression bomb (a small file that would open into billions of pixels). An attachment must
be a PDF, an OpenDocument text or a Word document, as its content shows, at most 50 MB.
Each check raises a ValidationError saying what is wrong and what to do; nothing is stored
until the form is valid.
"""

import warnings
import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image

MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
MAX_FILE_BYTES = 50 * 1024 * 1024

# Pillow's name for each accepted format, and the extensions that name it.
IMAGE_EXTENSIONS = {"JPEG": {".jpg", ".jpeg"}, "PNG": {".png"}, "WEBP": {".webp"}}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def extension_of(upload):
    return PurePath(upload.name or "").suffix.lower()


def _head(upload, size=512):
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return head


def _refuse_over(upload, limit, what):
    if upload.size > limit:
        raise ValidationError(
            _("This %(what)s is %(size)s; the limit is %(limit)s. Make it smaller and try again.")
            % {"what": what, "size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
            code="too_big",
        )


def looks_like_svg(upload):
    head = _head(upload).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return extension_of(upload) in {".svg", ".svgz"} or head.startswith((b"<svg", b"<?xml")) \
        or b"<svg" in head


def check_image(upload):
    """The Pillow format name of an acceptable lead image; ValidationError otherwise."""
    _refuse_over(upload, MAX_FILE_BYTES, _("file"))
    _refuse_over(upload, MAX_IMAGE_BYTES, _("image"))
    if looks_like_svg(upload):
        raise ValidationError(
            _("SVG images are not accepted: they can carry scripts. Export the image as PNG or "
              "JPEG and upload that."),
            code="svg",
        )
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow warns of, then refuses, images too large to open safely.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                image_format, (width, height) = image.format, image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise _too_many_pixels(width, height)
                image.load()  # decode it whole: a damaged image is refused now, not later
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as error:
        raise ValidationError(
            _("This file would open into an image far too large to handle (a “decompression "
              "bomb”). Upload an ordinary photograph of at most 40 megapixels."),
            code="bomb",
        ) from error
    except ValidationError:
        raise
    except Exception as error:  # Pillow raises many kinds for what is not an image it reads
        raise ValidationError(
            _("This file is not an image that can be read (or it is damaged). Upload a JPEG, "
              "PNG or WebP image."),
            code="not_an_image",
        ) from error
    finally:
        upload.seek(0)
    if image_format not in IMAGE_EXTENSIONS:
        raise ValidationError(
            _("%(format)s images are not accepted. Upload a JPEG, PNG or WebP image.")
            % {"format": image_format},
            code="format",
        )
    if extension_of(upload) not in IMAGE_EXTENSIONS[image_format]:
        raise _misnamed(upload, image_format)
    return image_format


def _too_many_pixels(width, height):
    return ValidationError(
        _("This image is %(width)d × %(height)d pixels (%(megapixels).1f megapixels); the limit "
          "is 40 megapixels. Scale it down and try again.")
        % {"width": width, "height": height, "megapixels": width * height / 1_000_000},
        code="too_many_pixels",
    )


def _misnamed(upload, actual):
    return ValidationError(
        _("This file is named “%(name)s”, but its content is %(actual)s. Check that it is the "
          "file you meant, and save it with the right extension.")
        % {"name": PurePath(upload.name).name, "actual": actual},
        code="misnamed",
    )


def check_attachment(upload):
    """The attachment kind ("pdf", "odt", "docx") of an acceptable file; ValidationError if not."""
    _refuse_over(upload, MAX_FILE_BYTES, _("file"))
    actual = _attachment_kind(upload)
    expected = {".pdf": "pdf", ".odt": "odt", ".docx": "docx"}.get(extension_of(upload))
    if expected is None:
        raise ValidationError(
            _("Attachments must be PDF, ODT or DOCX documents; “%(name)s” is not named as one.")
            % {"name": PurePath(upload.name).name},
            code="extension",
        )
    if actual != expected:
        raise _misnamed(upload, {
            "pdf": _("a PDF document"), "odt": _("an OpenDocument text"),
            "docx": _("a Word document"), None: _("not a PDF, ODT or DOCX document"),
        }[actual])
    return actual


def _attachment_kind(upload):
    if _head(upload, 5) == b"%PDF-":
        return "pdf"
    upload.seek(0)
    try:
        # Only the archive's directory and its small "mimetype" entry are read: nothing that
        # could unpack into gigabytes.
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if (
                "mimetype" in names
                and archive.getinfo("mimetype").file_size < 100
                and archive.read("mimetype").strip() == ODT_MIMETYPE
            ):
                return "odt"
            if {"[Content_Types].xml", "word/document.xml"} <= names:
                return "docx"
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, NotImplementedError):
        return None
    finally:
        upload.seek(0)
    return None
