"""Every public page runs a fixed number of SQL queries, whatever the number of messages.

Each page is counted at 5 messages and again at 200, by then with more categories and people
on every message and in every drop-down: the count must stay within the page's budget and
must not grow. The rows every page's header shows (site settings, clocks, counters) are
cached by a first request, as they are on a running site; so are the values kept for a
content version (a list's count, the drop-downs' choices), which the first request after a
change computes: that first request is counted too, and must not grow either.
"""

from datetime import timedelta

import pytest

from tests.press.pages import NOW, archive_cast, link, make_archive, url_of

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine(NOW, tick=False)]

ALL_FILTERS = (
    "kind=statement&kind=comment&kind=speech&category=topic-1&person=speaker-1"
    "&date_from=2021-01-01&date_to=2022-12-31&year=2022&q=archived+message"
)
# What the first request after a change of content may add: the header's cached rows
# (settings, clocks, counters), a list's count and the drop-downs' two lists of choices.
COLD_EXTRA = 6
# (name, address, budget). The message page is the third newest message's, which has
# neighbours on both sides at either size. A category page is budgeted like the archive.
PAGES = [
    ("home", "/", 6),
    ("archive", "/messages/", 5),
    ("archive, every filter", f"/messages/?{ALL_FILTERS}", 5),
    ("message page", None, 6),  # 5, and its attachments since issue 12
    ("categories", "/categories/", 3),
    ("category page", "/categories/topic-1/", 5),
    ("RSS", "/messages/feed/rss/", 4),
    ("Atom", "/messages/feed/atom/", 4),
    ("JSON Feed", "/messages/feed.json", 4),
    ("RSS, every filter", f"/messages/feed/rss/?{ALL_FILTERS}", 4),
    ("sitemap", "/sitemap.xml", 4),
    ("archive, most relevant first", f"/messages/?{ALL_FILTERS}&sort=relevance", 5),
]
# The Russian site, its archive of Russian messages (and an English archive beside it).
RUSSIAN_PAGES = [
    ("home", "/ru/", 6),
    ("archive", "/ru/messages/", 5),
    ("archive, every filter", f"/ru/messages/?{ALL_FILTERS}", 5),
    ("archive, most relevant first", f"/ru/messages/?{ALL_FILTERS}&sort=relevance", 5),
    ("message page", None, 5),
    ("categories", "/ru/categories/", 3),
    ("category page", "/ru/categories/topic-1/", 5),
    ("RSS", "/ru/messages/feed/rss/", 4),
    ("JSON Feed, every filter", f"/ru/messages/feed.json?{ALL_FILTERS}", 4),
]


@pytest.mark.parametrize("url, budget", [page[1:] for page in PAGES], ids=[p[0] for p in PAGES])
def test_queries_stay_within_budget_and_do_not_grow_with_the_archive(
    client, django_assert_max_num_queries, django_assert_num_queries, url, budget
):
    categories, people = archive_cast()
    archive = make_archive(
        5, categories, people, start=NOW - timedelta(minutes=30), featured_every=4
    )
    url = url or url_of(archive[2])
    with django_assert_max_num_queries(budget + COLD_EXTRA) as small_cold:
        client.get(url)  # caches the site settings, clocks and counters, and the version's
    cold = len(small_cold.captured_queries)  # read now: the next request empties the log

    with django_assert_max_num_queries(budget) as small:
        assert client.get(url).status_code == 200
    warm = len(small.captured_queries)
    more_categories, more_people = archive_cast(first=3, count=3)
    link(archive, more_categories, more_people)
    make_archive(
        195, categories + more_categories, people + more_people,
        start=NOW - timedelta(days=2), featured_every=4,
    )
    # The content changed: the first request after it recomputes what the version keeps.
    with django_assert_max_num_queries(cold):
        client.get(url)
    with django_assert_num_queries(warm):
        response = client.get(url)

    assert response.status_code == 200


@pytest.mark.parametrize(
    "url, budget", [page[1:] for page in RUSSIAN_PAGES], ids=[p[0] for p in RUSSIAN_PAGES]
)
def test_russian_pages_keep_the_same_budgets(
    client, django_assert_max_num_queries, django_assert_num_queries, url, budget
):
    categories, people = archive_cast()
    archive = make_archive(
        5, categories, people, start=NOW - timedelta(minutes=30), featured_every=4,
        language="ru",
    )
    url = url or url_of(archive[2])
    client.get(url)

    with django_assert_max_num_queries(budget) as small:
        assert client.get(url).status_code == 200
    warm = len(small.captured_queries)  # read now: the next request empties the log
    make_archive(195, categories, people, start=NOW - timedelta(days=2), featured_every=4,
                 language="ru")
    make_archive(200, categories, people, start=NOW - timedelta(days=30))  # English ones
    client.get(url)  # the first request after the change recomputes what the version keeps
    with django_assert_num_queries(warm):
        assert client.get(url).status_code == 200
