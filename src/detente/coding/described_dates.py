"""An event noun dated by the relative clause that tells what it did: "the bombings that have
killed 300 people since 1994", "attacks which killed dozens in 1998". The clause's subject is the
relative pronoun, so its act is the noun's own; a date there that sets that act before the story
sets the noun's events there too: the series is background, not the story's news.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from detente.coding.date_expressions import EventDate
from detente.coding.dates import is_background, resolve_event_date
from detente.lexicons.english import english

NOUNS = frozenset({"NOUN", "PROPN"})


def described_background(
    trigger: Token, when: EventDate, published: dt.date | None, *, weekday_style: bool = False
) -> EventDate:
    """The date of the noun's own relative clause when it lies before the story, else ``when``."""
    if trigger.pos_ not in NOUNS or when.rule not in ("publication", "none") or published is None:
        return when
    relative = english().senses.relative_words
    for clause in (c for c in trigger.children if c.dep_ == "relcl"):
        if not any(c.dep_ == "nsubj" and c.lower_ in relative for c in clause.children):
            continue  # "the attack that Gondor blamed on Mordor": another's act on it
        found = resolve_event_date(clause, published, weekday_style=weekday_style)
        inside = found.text is not None and found.text in _words(clause)
        if inside and is_background(found, published):
            return found
    return when


def _words(clause: Token) -> str:
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    return clause.doc[start:end].text
