"""The public site under attack: every public URL, every parameter, odd methods.

Hypothesis chooses the method, the parameters (each page's own and others) and their raw
values (NUL bytes, invalid percent-encodings and UTF-8, huge numbers, markup); for the pages
with a slug or a date in their address, the path too. Whatever comes in:
- no 5xx;
- no message that is not public (draft, submitted, scheduled, binned) in any body, and a
  withdrawn one only on its own page;
- nothing that would run, in any page or feed (tests/xss.py), though every text on the site
  carries an XSS vector.
"""

import json
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone
from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.site_settings import SiteSettings
from counters.models import Incident
from press.models import Message
from tests.embassy.factories.consular import make_office, make_service
from tests.factories import make_category, make_message, make_person
from tests.fuzz.strategies import METHODS, NASTY_VALUES, examples, query_strings, values
from tests.press.pages import url_of
from tests.xss import VECTORS, live_markup

pytestmark = pytest.mark.django_db

ARCHIVE_PARAMETERS = {
    "kind", "category", "person", "date_from", "date_to", "year", "q", "sort", "page",
}
CONSULAR_PARAMETERS = {"service", "region", "q"}
# Every public address with the parameters it understands.
SURFACES = {
    "/": set(),
    "/messages/": ARCHIVE_PARAMETERS,
    "/messages/feed/rss/": ARCHIVE_PARAMETERS,
    "/messages/feed/atom/": ARCHIVE_PARAMETERS,
    "/messages/feed.json": ARCHIVE_PARAMETERS,
    "/categories/": {"page"},
    "/categories/secret-topic/": {"page"},
    "/categories/vector-topic/": {"page"},
    "/consular/": CONSULAR_PARAMETERS,
    "/consular/vector-office/": set(),
    # The Russian site (its own messages, searched with Russian stemming; consular texts
    # searched in both languages); its other pages share the English pages' code.
    "/ru/messages/": ARCHIVE_PARAMETERS,
    "/ru/consular/": CONSULAR_PARAMETERS,
    "/sitemap.xml": {"p"},
    "/robots.txt": set(),
    "/healthz": set(),
    "/favicon.ico": set(),
}
# In the title, lead and body of the messages that are not public; none may ever show.
HIDDEN = {
    "draft": "HIDDEN-DRAFT-Q7",
    "submitted": "HIDDEN-SUBMITTED-Q7",
    "scheduled": "HIDDEN-SCHEDULED-Q7",
    "binned": "HIDDEN-BINNED-Q7",
    "withdrawn": "HIDDEN-WITHDRAWN-Q7",  # on its own page only, under the notice
}
ATOM = "{http://www.w3.org/2005/Atom}"


def hidden_message(state, marker, category, person):
    now, hour = timezone.now(), timedelta(hours=1)
    fields = {
        "draft": {"status": Message.Status.DRAFT},
        "submitted": {"status": Message.Status.SUBMITTED},
        "scheduled": {"published_at": now + hour},
        "binned": {"published_at": now - hour, "deleted_at": now},
        "withdrawn": {"status": Message.Status.WITHDRAWN, "published_at": now - hour,
                      "withdrawal_explanation": "Superseded."},
    }[state]
    return make_message(title=f"{marker} title", lead=f"{marker} lead", body=f"{marker} body",
                        slug=f"hidden-{state}", categories=[category], people=[person],
                        featured=True, **fields)


@pytest.fixture
def attacked_site(db):
    """Every text the public sees carries a vector; hidden messages share its categories."""
    site = SiteSettings.load()
    site.site_name = VECTORS[0]
    site.save()
    Incident.objects.create(name=VECTORS[1], note=VECTORS[2], occurred_on=timezone.now().date())
    vector_topic = make_category(name=VECTORS[3], slug="vector-topic", description=VECTORS[4])
    secret_topic = make_category(name="Secret topic", slug="secret-topic")
    speaker = make_person(name=VECTORS[5], position=VECTORS[6], slug="vector-speaker")
    public = [
        make_message(title=vector, lead=vector, body=vector, outlet=vector,
                     categories=[vector_topic, secret_topic], people=[speaker],
                     published_at=timezone.now() - timedelta(hours=2 + number))
        # Every fourth vector: the whole list is tried field by field in tests/press/test_xss.py.
        for number, vector in enumerate(VECTORS[::4])
    ]
    # Russian messages carry vectors too; one is the translation of an English one.
    public += [
        make_message(title=vector, lead=vector, body=vector, language="ru",
                     translation_of=public[0] if number == 0 else None,
                     categories=[vector_topic], people=[speaker],
                     published_at=timezone.now() - timedelta(hours=3 + number))
        for number, vector in enumerate(VECTORS[1::8])
    ]
    hidden = {state: hidden_message(state, marker, secret_topic, speaker)
              for state, marker in HIDDEN.items()}
    service = make_service(name=VECTORS[7], slug="vector-service", description=VECTORS[8])
    office = make_office(name=VECTORS[9], slug="vector-office", address_lines=VECTORS[10],
                         city=VECTORS[11])
    office.service_contacts.create(service=service, hours_note=VECTORS[12])
    return {"public": public, "withdrawn_url": url_of(hidden["withdrawn"])}


def check_response(response, path, site):
    assert response.status_code < 500, path
    body = response.content.decode("utf-8", errors="replace")
    for state, marker in HIDDEN.items():
        if state == "withdrawn" and path == site["withdrawn_url"]:
            continue
        assert marker not in body, f"{state} message shown at {path}"
    content_type = response.get("Content-Type", "")
    if response.status_code != 200 or not body:
        return
    if content_type.startswith("text/html"):
        assert live_markup(body) == [], path
    elif "rss" in content_type or "atom" in content_type:
        check_xml_feed(body)
    elif content_type.startswith("application/feed+json"):
        for item in json.loads(body)["items"]:
            assert live_markup(item["content_html"]) == []


def check_xml_feed(body):
    """The HTML-typed fields hold escaped text or sanitised HTML, nothing that runs."""
    document = ET.fromstring(body)
    html_fields = [
        *(item.findtext("description") or "" for item in document.iter("item")),
        *(summary.text or "" for summary in document.iter(f"{ATOM}summary")),
    ]
    for field in html_fields:
        assert "<" not in field  # the lead, escaped: a reader shows it as text


def request(client, method, path, query=""):
    url = f"{path}?{query}" if query else path
    return client.generic(method, url)


@pytest.mark.parametrize("path", sorted(SURFACES))
def test_every_public_address_with_any_parameters_and_method(client, attacked_site, path):
    @settings(max_examples=examples(200))
    @given(method=st.sampled_from(METHODS) | st.just("GET"),
           query=query_strings(SURFACES[path] | {"utm_source", "format", "callback"}))
    @example(method="GET", query="q=%00&kind=%00&category=secret-topic%00")
    @example(method="GET", query="page=99999999999999999999999&year=9223372036854775808")
    @example(method="GET", query="q=%zz&date_from=%c3%28&person=%ff")
    def check(method, query):
        check_response(request(client, method, path, query), path, attacked_site)

    check()


SLUGS = ["hidden-draft", "hidden-submitted", "hidden-scheduled", "hidden-binned",
         "hidden-withdrawn", "vector-topic", "secret-topic", "vector-office"]
segments = st.one_of(st.sampled_from(SLUGS), st.sampled_from(NASTY_VALUES), values)


@settings(max_examples=examples(200))
@given(
    method=st.sampled_from(["GET", "HEAD", "POST"]),
    # The English site, the Russian one, and prefixes that name no language of ours.
    language=st.sampled_from(["", "/ru", "/en", "/de", "/ru-ru"]),
    year=st.one_of(st.integers(min_value=0, max_value=10**25).map(str), segments),
    month=segments | st.integers(0, 13).map(lambda n: f"{n:02d}"),
    day=segments | st.integers(0, 32).map(lambda n: f"{n:02d}"),
    slug=segments,
)
@example(method="GET", language="", year="99999999999999999999", month="01", day="01",
         slug="hidden-draft")
@example(method="GET", language="/ru", year="2022", month="02", day="30", slug="x")
def test_message_addresses_whatever_their_date_and_slug(
    client, attacked_site, method, language, year, month, day, slug
):
    path = f"{language}/messages/{year}/{month}/{day}/{slug}/"
    check_response(request(client, method, path), path, attacked_site)


@settings(max_examples=examples(200))
@given(
    prefix=st.sampled_from(
        ["/categories/", "/consular/", "/messages/preview/", "/ru/categories/", "/ru/consular/"]
    ),
    segment=segments,
    query=query_strings({"page", "p", "q"}),
)
def test_slugged_and_token_addresses_whatever_their_segment(
    client, attacked_site, prefix, segment, query
):
    path = f"{prefix}{segment}/"
    check_response(request(client, "GET", path, query), path, attacked_site)


def test_the_attacked_site_shows_its_public_messages(client, attacked_site):
    """The fixture is what the suite attacks: public messages are listed, hidden ones not."""
    for message in attacked_site["public"][:3]:
        assert client.get(url_of(message)).status_code == 200
    assert client.get(attacked_site["withdrawn_url"]).status_code == 200
    archive = client.get("/messages/?category=secret-topic").content.decode()
    assert url_of(attacked_site["public"][0]) in archive
    assert not any(marker in archive for marker in HIDDEN.values())
