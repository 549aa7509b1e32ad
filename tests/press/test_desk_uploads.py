"""Lead images and attachments (issue 12): uploaded on the message's form, checked by content,
served as renditions made once, shown on the page, in cards, feeds and lists."""

import json
import os
from datetime import UTC, datetime

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given, settings
from hypothesis import strategies as st

from press import uploads
from press.admin.uploads import AttachmentForm, LeadImageForm
from press.models import Attachment, LeadImage, Message, Statement
from tests.factories import make_message
from tests.press.admin_helpers import NO_UPLOADS, admin_url, client_for
from tests.press.uploads import (
    PDF,
    SVG,
    docx_bytes,
    image_bytes,
    image_upload,
    odt_bytes,
    png_header_claiming,
    upload,
)

NOW = datetime(2022, 7, 1, 7, 0, tzinfo=UTC)  # 10:00 in Moscow
pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]


def add_form(image=None, attachment=None, **fields):
    data = {
        "title": "Statement with a photograph", "slug": "", "lead": "The lead.",
        "body": "The body.", "status": "published", "published_at_0": "2022-07-01",
        "published_at_1": "10:00:00", "language": "en",
        "force_publish_reason": "Tested alone.", **NO_UPLOADS, **fields,
    }
    if image is not None:
        data.update({
            "lead_image-TOTAL_FORMS": "1", "lead_image-0-image": image,
            "lead_image-0-alt_text": "The ambassador at the lectern",
            "lead_image-0-caption": "At the press conference",
            "lead_image-0-credit": "A. Photographer",
        })
    if attachment is not None:
        data.update({
            "attachments-TOTAL_FORMS": "1", "attachments-0-title": "Full text of the statement",
            "attachments-0-file": attachment, "attachments-0-order": "0",
        })
    return data


def stored_files(media_root):
    return [os.path.join(root, name) for root, _, names in os.walk(media_root) for name in names]


@pytest.fixture
def published(editor):
    response = client_for(editor).post(
        admin_url(Statement, "add"),
        add_form(image=image_upload("podium.jpg"), attachment=upload("statement.pdf", PDF)),
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    return Message.objects.get()


def test_the_page_shows_the_image_with_srcset_alt_caption_and_the_attachment(published, client):
    page = client.get(published.get_absolute_url()).content.decode()
    image = published.lead_image
    assert '<source type="image/webp" srcset="' in page
    assert f'{image.webp_480.url} 480w, {image.webp_960.url} 960w, {image.webp_1600.url} 1600w' \
        in page
    assert f'srcset="{image.jpeg_480.url} 480w' in page
    assert f'src="{image.jpeg_960.url}"' in page
    assert 'alt="The ambassador at the lectern"' in page
    assert 'width="960" height="540"' in page
    assert "At the press conference" in page and "Photo: A. Photographer" in page
    attachment = published.attachments.get()
    assert f'<a href="{attachment.file.url}">Full text of the statement</a>' in page
    assert f"(PDF, {len(PDF)}\xa0bytes)" in page


def test_renditions_are_made_once_when_saved_and_never_by_a_page(
    published, client, media_root, monkeypatch
):
    names = {os.path.basename(path) for path in stored_files(media_root)}
    image = published.lead_image
    for rendition in ("webp_480", "jpeg_960", "webp_1600", "card"):
        assert os.path.basename(getattr(image, rendition).name) in names

    def refuse(*args, **kwargs):
        raise AssertionError("a page request touched the image storage")

    monkeypatch.setattr("imagekit.cachefiles.ImageCacheFile.generate", refuse)
    monkeypatch.setattr("django.core.files.storage.FileSystemStorage.exists", refuse)
    monkeypatch.setattr("django.core.files.storage.FileSystemStorage.open", refuse)
    for url in (published.get_absolute_url(), "/", "/messages/", "/messages/feed.json"):
        assert client.get(url).status_code == 200


def test_the_renditions_are_webp_and_jpeg_no_wider_than_asked(published):
    from PIL import Image

    image = published.lead_image
    for name, expected_format, width in (("webp_480", "WEBP", 480), ("jpeg_960", "JPEG", 960),
                                         ("card", "JPEG", 1200)):
        with Image.open(getattr(image, name).path) as rendition:
            assert (rendition.format, rendition.width) == (expected_format, width)


def test_cards_feeds_and_lists_carry_the_image(published, client):
    card = published.lead_image.card.url
    page = client.get(published.get_absolute_url()).content.decode()
    assert f'<meta property="og:image" content="http://testserver{card}">' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    feed = json.loads(client.get("/messages/feed.json").content)
    assert feed["items"][0]["image"] == f"http://testserver{published.lead_image.jpeg_960.url}"
    for url in ("/", "/messages/"):
        listing = client.get(url).content.decode()
        assert f'<img src="{published.lead_image.jpeg_480.url}" alt="" loading="lazy"' in listing


def test_a_message_without_an_image_has_none_of_it(client):
    message = make_message()
    page = client.get(message.get_absolute_url()).content.decode()
    assert "<picture" not in page and "og:image" not in page and "Documents" not in page
    assert "image" not in json.loads(client.get("/messages/feed.json").content)["items"][0]


def test_odt_and_docx_are_accepted_with_their_kind(editor):
    message = make_message(status=Message.Status.DRAFT)
    for name, content, kind in (("a.odt", odt_bytes(), "odt"), ("b.docx", docx_bytes(), "docx")):
        form = AttachmentForm(data={"title": name, "order": 0},
                              files={"file": upload(name, content)},
                              instance=Attachment(message=message))
        assert form.is_valid(), form.errors
        assert form.save().kind == kind


# Each bad upload, through the admin's form: a clear message, nothing stored, no message made.
BAD_UPLOADS = {
    "an image that is a PDF": (
        {"image": upload("photo.jpg", PDF)},
        "This file is not an image that can be read (or it is damaged)."),
    "a PNG named .jpg": (
        {"image": upload("photo.jpg", image_bytes(image_format="PNG"))},
        "This file is named “photo.jpg”, but its content is PNG."),
    "an SVG": (
        {"image": upload("logo.svg", SVG)},
        "SVG images are not accepted: they can carry scripts."),
    "an SVG named .png": (
        {"image": upload("logo.png", SVG)},
        "SVG images are not accepted: they can carry scripts."),
    "a decompression bomb": (
        {"image": upload("bomb.png", png_header_claiming(30_000, 30_000))},
        "This file would open into an image far too large to handle"),
    "an image over 40 megapixels": (
        {"image": upload("huge.png", png_header_claiming(8_000, 6_000))},
        "This image is 8000 × 6000 pixels (48.0 megapixels); the limit is 40 megapixels."),
    "a damaged image": (
        {"image": upload("cut.jpg", image_bytes()[:2000])},
        "This file is not an image that can be read (or it is damaged)."),
    "an attachment that is an image": (
        {"attachment": upload("report.pdf", image_bytes())},
        "This file is named “report.pdf”, but its content is not a PDF, ODT or DOCX document."),
    "a Word file named .pdf": (
        {"attachment": upload("report.pdf", docx_bytes())},
        "This file is named “report.pdf”, but its content is a Word document."),
    "an executable": (
        {"attachment": upload("setup.exe", b"MZ\x90\x00")},
        "Attachments must be PDF, ODT or DOCX documents; “setup.exe” is not named as one."),
}


@pytest.mark.parametrize("files, refusal", BAD_UPLOADS.values(), ids=BAD_UPLOADS.keys())
def test_a_bad_upload_gets_a_clear_message_and_nothing_is_stored(
    editor, media_root, files, refusal
):
    response = client_for(editor).post(admin_url(Statement, "add"), add_form(**files))
    assert response.status_code == 200
    assert refusal in response.content.decode().replace("&#x27;", "'").replace("&quot;", '"')
    assert not Message.objects.exists()
    assert not LeadImage.objects.exists() and not Attachment.objects.exists()
    assert stored_files(media_root) == []


def test_an_image_over_20_mb_is_refused_before_it_is_read(editor):
    big = upload("big.jpg", image_bytes()[:100] + b"\0" * (20 * 1024 * 1024 + 1))
    form = LeadImageForm(data={"alt_text": "x"}, files={"image": big})
    assert not form.is_valid()
    assert form.errors["image"] == [
        "This image is 20.0\xa0MB; the limit is 20.0\xa0MB. Make it smaller and try again."
    ]


def test_a_file_over_50_mb_is_refused(editor):
    big = upload("annex.pdf", PDF + b"\0" * (50 * 1024 * 1024))
    form = AttachmentForm(data={"title": "Annex", "order": 0}, files={"file": big})
    assert not form.is_valid()
    assert form.errors["file"] == [
        "This file is 50.0\xa0MB; the limit is 50.0\xa0MB. Make it smaller and try again."
    ]


def test_the_alt_text_is_required(editor):
    data = add_form(image=image_upload())
    data["lead_image-0-alt_text"] = ""
    response = client_for(editor).post(admin_url(Statement, "add"), data)
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not LeadImage.objects.exists()


@settings(max_examples=60, deadline=None)
@given(
    content=st.one_of(
        st.binary(max_size=512),
        st.builds(lambda head, tail: head + tail,
                  st.sampled_from([b"%PDF-", b"PK\x03\x04", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff",
                                   b"RIFF\x00\x00\x00\x00WEBP", b"<svg", b"GIF89a"]),
                  st.binary(max_size=256)),
    ),
    name=st.sampled_from(["a.jpg", "a.jpeg", "a.png", "a.webp", "a.pdf", "a.odt", "a.docx",
                          "a.svg", "a", "a.JPG", "a.tar.gz", ".pdf"]),
)
def test_any_bytes_under_any_name_are_accepted_or_refused_clearly(content, name):
    for check in (uploads.check_image, uploads.check_attachment):
        try:
            check(upload(name, content))
        except ValidationError as refusal:
            assert refusal.messages and all(refusal.messages)
