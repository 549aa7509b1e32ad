"""A realistic generated archive: what `manage.py generate_messages` writes.

Every kind of message, categories and people, dates over 25 years (denser towards today, as a
press office publishes more each year), bodies of real length (a comment runs to a few
paragraphs, a briefing to a dozen), and a few drafts, withdrawn, binned and featured messages
so that every public gate has something to leave out.

Text is drawn from a pool of sentences made once per run from a diplomatic vocabulary: fast
enough for a million messages, and varied enough for full-text search to behave as it would
on real prose (a common word such as "cooperation" is in a large share of the messages, a
rare one such as "fisheries" in a small share). Bodies are plain paragraphs, so their HTML is
their paragraphs in <p> tags: exactly what the Markdown renderer makes of them (a test checks
it), without running the renderer a million times.
"""

import functools
import random
from dataclasses import dataclass
from datetime import timedelta

from django.utils.text import slugify

from ..models import Message

YEARS = 25
LANGUAGE = "en"  # every generated message's
CATEGORIES = [
    "Arms control", "Bilateral relations", "Consular matters", "Culture", "Economy and trade",
    "Energy", "Environment", "Fisheries", "Human rights", "International law", "Science",
    "Security", "Sport", "United Nations",
]
FIRST_NAMES = ["Anna", "Boris", "Dmitry", "Elena", "Igor", "Irina", "Maria", "Nikolai",
               "Olga", "Pavel", "Sergey", "Tatiana", "Viktor", "Yulia"]
SURNAMES = ["Antonova", "Belov", "Fedorov", "Ivanova", "Kozlov", "Morozova", "Orlov", "Petrova",
            "Sokolov", "Volkova"]
POSITIONS = ["Ambassador", "Minister Counsellor", "Press Secretary", "Consul General",
             "Deputy Foreign Minister", "Foreign Minister", "Spokesperson"]
OUTLETS = ["The Times", "The Guardian", "Financial Times", "BBC", "Sky News", "Reuters"]
# (kind, share of messages, paragraphs from, to): comments and statements are short and many.
KINDS = [
    (Message.Kind.COMMENT, 30, 2, 4),
    (Message.Kind.STATEMENT, 25, 3, 6),
    (Message.Kind.PRESS_RELEASE, 15, 3, 8),
    (Message.Kind.ARTICLE, 8, 6, 12),
    (Message.Kind.INTERVIEW, 8, 8, 16),
    (Message.Kind.SPEECH, 7, 8, 16),
    (Message.Kind.BRIEFING, 7, 10, 20),
]
TITLE_OPENINGS = {
    Message.Kind.COMMENT: "Comment by the Embassy on",
    Message.Kind.STATEMENT: "Statement on",
    Message.Kind.PRESS_RELEASE: "Press release:",
    Message.Kind.ARTICLE: "Article by the Ambassador on",
    Message.Kind.INTERVIEW: "Interview on",
    Message.Kind.SPEECH: "Speech on",
    Message.Kind.BRIEFING: "Briefing on",
}
TOPICS = [
    "fisheries in the Barents Sea", "the Open Skies Treaty", "visa facilitation",
    "cultural exchange", "trade between our countries", "Arctic cooperation",
    "the situation in Ukraine", "strategic stability", "climate change",
    "the protection of journalists", "the anniversary of Victory Day", "energy security",
    "the United Nations Security Council", "consular assistance to citizens",
    "cybersecurity", "the new academic year", "the Salisbury incident", "sanctions",
    "space research", "the football championship", "the nuclear non-proliferation regime",
    "humanitarian aid", "the Council of Europe", "the Kazakhstan crisis",
]
# Ranked roughly by how often a press office uses them; drawn with Zipf-like weights.
WORDS = """
the of and to in a on that for is with our by as this we has are it be its at have from an
was which not will all their been Russia Russian British Embassy Government cooperation
Ministry countries international relations security minister foreign side parties
statement process development dialogue partners situation efforts decision support
interests citizens question position policy agreement meeting talks negotiations
bilateral multilateral council sanctions economic trade investment energy culture
science education visa consular assistance information media journalists freedom
rights law principles sovereignty stability peace crisis conflict settlement measures
responsibility obligations commitment treaty convention framework initiative proposal
regional global community organisation united nations europe arctic climate environment
protection heritage anniversary exhibition festival delegation visit ambassador
official spokesperson representatives experts consultations discussions proposals
concerns allegations evidence investigation transparency accountability provocation
unfounded unacceptable constructive pragmatic mutual respect equal basis continue
develop strengthen promote ensure address resolve express regret welcome note stress
call urge reaffirm remain ready open contacts channels mechanisms working group
fisheries quotas vessels waters shelf resources shipping route navigation airspace
inspection verification monitoring missiles weapons nuclear chemical biological
disarmament arms control strategic offensive reduction limitation deployment
humanitarian corridor evacuation refugees displaced aid supplies medicines vaccine
pandemic health cooperation research laboratory satellite launch station orbit
football championship athletes tournament olympic games cultural season theatre
ballet orchestra museum library archive students universities scholarships exchange
"""
VOCABULARY = WORDS.split()


@dataclass(frozen=True)
class Cast:
    """The categories and people a generated archive's messages belong to, as ids."""

    category_ids: list
    person_ids: list


class TextPool:
    """Sentences and paragraphs made once, drawn from for every message."""

    def __init__(self, rng, sentences=4000, paragraphs=6000):
        weights = [1 / rank for rank in range(1, len(VOCABULARY) + 1)]
        self.rng = rng
        self.sentences = [self._sentence(weights) for _ in range(sentences)]
        self.paragraphs = [
            " ".join(rng.choices(self.sentences, k=rng.randint(3, 6))) for _ in range(paragraphs)
        ]

    def _sentence(self, weights):
        words = self.rng.choices(VOCABULARY, weights=weights, k=self.rng.randint(10, 28))
        return " ".join(words).capitalize() + "."

    def lead_sentences(self):
        """The indexes in `sentences` of a lead's two sentences."""
        return self.rng.choices(range(len(self.sentences)), k=2)

    def body_paragraphs(self, paragraphs):
        """The indexes in `paragraphs` of a body of `paragraphs` plain paragraphs."""
        return self.rng.choices(range(len(self.paragraphs)), k=paragraphs)

    def lead(self, sentences):
        return LEAD_JOINER.join(self.sentences[index] for index in sentences)

    def body(self, paragraphs):
        """(Markdown, HTML) of the body made of these paragraphs."""
        chosen = [self.paragraphs[index] for index in paragraphs]
        return BODY_JOINER.join(chosen), HTML_JOINER.join(f"<p>{text}</p>" for text in chosen)


# How a message's text is put together from the pool's pieces; PostgreSQL's load joins the
# same pieces the same way (generate_messages).
LEAD_JOINER = " "
BODY_JOINER = "\n\n"
HTML_JOINER = "\n"


def text_pool(seed=0):
    return TextPool(random.Random(seed))  # noqa: S311 - made-up text, not a secret


def message_rows(count, first_id, cast, now, pool):
    """`count` dicts of Message field values, ids from `first_id`, in no particular order.

    Besides the fields, a row names the pool's pieces its lead and body are made of
    (`lead_sentences`, `body_paragraphs`), for a load that joins them itself.
    """
    rng = pool.rng
    kinds = [kind for kind, *_ in KINDS]
    shares = [share for _, share, *_ in KINDS]
    lengths = {kind: (low, high) for kind, _, low, high in KINDS}
    span = timedelta(days=365 * YEARS).total_seconds()
    for message_id in range(first_id, first_id + count):
        kind = rng.choices(kinds, weights=shares)[0]
        topic = rng.choice(TOPICS)
        title = f"{TITLE_OPENINGS[kind]} {topic}"
        # sqrt: more messages in recent years than in early ones.
        published_at = now - timedelta(seconds=span * (1 - rng.random() ** 0.5) + 60)
        lead_sentences = pool.lead_sentences()
        body_paragraphs = pool.body_paragraphs(rng.randint(*lengths[kind]))
        body, body_html = pool.body(body_paragraphs)
        row = {
            "id": message_id,
            "kind": kind,
            "title": title,
            "slug": f"{_title_slug(title)}-{message_id}",
            "lead": pool.lead(lead_sentences),
            "lead_sentences": lead_sentences,
            "body_paragraphs": body_paragraphs,
            "body": body,
            "body_html": body_html,
            "published_at": published_at,
            "status": Message.Status.PUBLISHED,
            "featured": rng.random() < 0.001,
            "outlet": rng.choice(OUTLETS) if kind == Message.Kind.INTERVIEW else "",
            "language": LANGUAGE,
            "created_at": published_at,
            "updated_at": published_at,
            "version": 1,
            "deleted_at": None,
            "preview_generation": 0,
            "withdrawal_explanation": "",
            "withdrawn_at": None,
            "categories": rng.sample(cast.category_ids, k=rng.choice((1, 1, 2))),
            "people": _speakers(rng, kind, cast.person_ids),
        }
        _give_a_fate(rng, row, now)
        yield row


@functools.cache
def _title_slug(title):
    # A few hundred titles among a million messages: slugify each once.
    return slugify(title)[:180]


def _speakers(rng, kind, person_ids):
    speaking = kind in (Message.Kind.INTERVIEW, Message.Kind.SPEECH, Message.Kind.BRIEFING)
    return rng.sample(person_ids, k=rng.choice((1, 2)) if speaking else rng.choice((0, 0, 1)))


def _give_a_fate(rng, row, now):
    """A few messages that the public must not see, or sees differently."""
    fate = rng.random()
    if fate < 0.01:  # a draft, never published
        row.update(status=Message.Status.DRAFT, published_at=None)
    elif fate < 0.015:  # waiting for review
        row.update(status=Message.Status.SUBMITTED, published_at=None)
    elif fate < 0.03:  # withdrawn: its page stays, with a notice; no list shows it
        row.update(
            status=Message.Status.WITHDRAWN,
            withdrawn_at=row["published_at"] + timedelta(days=1),
            withdrawal_explanation="Withdrawn: superseded by a corrected statement.",
        )
    elif fate < 0.04:  # in the recycle bin
        row.update(deleted_at=min(now, row["published_at"] + timedelta(days=2)))
    elif fate < 0.0401:  # scheduled for the coming days
        row.update(published_at=now + timedelta(hours=rng.randint(1, 240)))


def person_names(count):
    """`count` fictional (name, position) pairs, in a stable order."""
    pairs = [(f"{first} {last}", POSITIONS[index % len(POSITIONS)])
             for index, (first, last) in enumerate(
                 (first, last) for last in SURNAMES for first in FIRST_NAMES)]
    return pairs[:count]
