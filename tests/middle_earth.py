"""Plain helpers for coder tests on hand-built parses of a made-up world (Gondor, Arnor, Mordor).

Places come from a made-up gazetteer of a few entries, so location rules are tested without the
real one. The fixtures that build a coder from these live in tests/coding/conftest.py.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from spacy.tokens import Span

from detente.coding.events import Coder, code_article
from detente.coding.relevance import article_subject, decide
from detente.geo.gazetteer import SCHEMA, Gazetteer
from detente.geo.sources import name_key
from detente.records import ActorMention, Article, Dateline, Event
from detente.records import Span as TextSpan

from support import build_doc

DATE = dt.date(2020, 6, 1)

# (name, country, precision): the only places this world's gazetteer knows.
PLACES = (
    ("Osgiliath", "GND", "city"),
    ("Ithilien", "GND", "admin1"),
    ("Bree", "ARN", "city"),
    ("Fornost", "ARN", "city"),
    ("Tharbad", "ARN", "city"),
    ("Udun", "MDR", "city"),
    ("Gondar", "ARN", "city"),  # a town one letter from Gondor: a place, not a misspelt realm
)


def middle_earth_gazetteer(places: tuple[tuple[str, str, str], ...] = PLACES) -> Gazetteer:
    """An in-memory gazetteer holding only ``places`` (same schema as the compiled index)."""
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.executescript(SCHEMA)
    for i, (name, country, precision) in enumerate(places):
        db.execute(
            "INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (i, None, name, country, None, 0.0, 0.0, 10_000, precision),
        )
        db.execute("INSERT INTO alias VALUES (?, ?, 1)", (name_key(name), i))
    return Gazetteer(path=Path(":memory:"), version="middle-earth", db=db)


def code(
    coder: Coder,
    rows,
    *,
    ents: tuple[tuple[int, int, str], ...] = (),
    tags: dict[int, str] | None = None,
    dateline: str | None = None,
    joined: tuple[int, ...] = (),
) -> tuple[Event, ...]:
    """Code one hand-built sentence; ``ents`` are (start, end, label) token ranges."""
    doc = build_doc(rows, tags=tags, joined=joined)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    line = Dateline(text=f"{dateline.upper()}, June 1 --", place=dateline) if dateline else None
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE, dateline=line)
    return code_article(coder, article, doc)


def code_text(nlp, coder: Coder, text: str) -> tuple[Event, ...]:
    """Code one made-up text parsed by the real model, dated DATE."""
    doc = nlp(text)
    return code_article(coder, Article(doc_id="t", origin="test", text=text, date=DATE), doc)


# A political story for relevance tests: what a party resigning or meeting is set beside.
PARLIAMENT_STORY = (
    "Parliament voted on Tuesday to approve the government's budget after a long debate. The "
    "opposition party rejected the plan and accused the prime minister of cutting schools."
)


def only_typed(nlp, coder: Coder, text: str, event_type: str) -> Event:
    """The one event of ``event_type`` coded from ``text`` (fails unless there is exactly one)."""
    [event] = [e for e in code_text(nlp, coder, text) if e.event_type == event_type]
    return event


def dyad(event: Event) -> tuple[str, str, str]:
    actor = ",".join(sorted({m.country or "?" for m in event.actor}))
    recipient = ",".join(sorted({m.country or "?" for m in event.recipient}))
    return actor, event.event_type, recipient


def parties(mentions: tuple[ActorMention, ...]) -> list[tuple[str | None, str | None, str]]:
    """(country, sector, rule) of each mention: how each party got its code."""
    return [(m.country, m.sector, m.rule) for m in mentions]


def by_pattern(events: tuple[Event, ...], pattern_id: str) -> Event:
    [event] = [e for e in events if e.pattern_id == pattern_id]
    return event


def gave_rows(*gift: tuple, verb: tuple[str, str] = ("gave", "give")) -> list[tuple]:
    """ "Gondor <verb> <gift, whose head is token 2> to Arnor." as parse rows."""
    n = 2 + len(gift)
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (verb[0], verb[1], "VERB", "ROOT", 1),
        *gift,
        ("to", "to", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", n),
        (".", ".", "PUNCT", "punct", 1),
    ]


def blew_themselves_up_rows(*tail: tuple) -> list[tuple]:
    """ "Orcs blew themselves up in Osgiliath[, <tail>]." (rows of build_doc; ``tail``'s heads
    count from the sentence's first word)."""
    return [
        ("Orcs", "Orc", "PROPN", "nsubj", 1),
        ("blew", "blow", "VERB", "ROOT", 1),
        ("themselves", "themselves", "PRON", "dobj", 1),
        ("up", "up", "ADP", "prt", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 4),
        *tail,
        (".", ".", "PUNCT", "punct", 1),
    ]


def troops_sent_rows(verb: tuple[str, str]) -> list[tuple]:
    """ "Gondor <verb> to send troops to Arnor." as parse rows (a promise or threat of forces)."""
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (*verb, "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("send", "send", "VERB", "xcomp", 1),
        ("troops", "troop", "NOUN", "dobj", 3),
        ("to", "to", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]


def home_story(sentence: list[tuple]) -> list[tuple]:
    """ "Rain fell in Osgiliath. Rain fell in Ithilien. <sentence>": a story set in Gondor, its
    three sentences starting at tokens 0, 5 and 10."""
    rows: list[tuple] = []
    for place in ("Osgiliath", "Ithilien"):
        at = len(rows)
        rows += [
            ("Rain", "rain", "NOUN", "nsubj", at + 1),
            ("fell", "fall", "VERB", "ROOT", at + 1),
            ("in", "in", "ADP", "prep", at + 1),
            (place, place, "PROPN", "pobj", at + 2),
            (".", ".", "PUNCT", "punct", at + 1),
        ]
    at = len(rows)
    return rows + [(w, lemma, pos, dep, head + at) for w, lemma, pos, dep, head in sentence]


def party_mention(text: str, country: str, sector: str | None, rule: str = "agent") -> ActorMention:
    """A hand-made coded party, for relevance decisions on hand-built events."""
    return ActorMention(text=text, start=0, end=len(text), country=country, sector=sector,
                        rule=rule)  # type: ignore[arg-type]  # fmt: skip


def relevance_in_story(
    lexicon, story: str, sentence: str, event_type: str, cameo: str, actor: ActorMention,
    recipient: tuple[ActorMention, ...] = (), *, goldstein: float = -2.0, quad_class: int = 3,
    trigger: str = "x",
) -> tuple[bool, str | None]:  # fmt: skip
    """Whether a hand-built event told in ``sentence`` of ``story`` is political, and why not."""
    at = story.index(sentence.rstrip("."))
    event = Event(
        doc_id="d1", event_id="e1", sentence_index=0, sentence=sentence, sentence_start=at,
        date=dt.date(2024, 5, 1), event_type=event_type, mode=None, context=(), cameo=cameo,
        goldstein=goldstein, quad_class=quad_class, actor=(actor,), recipient=recipient,
        trigger=TextSpan(text=trigger, start=at, end=at + len(trigger)), confidence=0.9,
        lexicon_version="test", pattern_id="p",
    )  # fmt: skip
    article = Article(doc_id="d1", origin="test", text=story, date=dt.date(2024, 5, 1))
    decision = decide(lexicon, event, article_subject(lexicon, article))
    return decision.relevant, decision.reason
