"""Relevance of a court's act in a civil suit: private law between private parties.

"A jury awarded $4 million in damages to a woman who sued the hospital", "the jury found the
drug maker liable for the death", "a federal jury ordered the oil company to pay the
landowners": a court or a jury decides a suit between private parties (dictionary: civil law
"the system of law concerned with private relations between members of a community"). The
court is a state body, but no political party is judged or favoured: the event is private law,
no political act. A criminal trial ("a jury convicted the former senator", "found the bomber
guilty") is the state's prosecution and stays, and so does a suit with a state or a political
party among its parties ("the court ordered the government of Argentina to pay"). relevance.yaml's
`civil_suits` block holds the words (coding/relevance.py asks here before the parties decide).
"""

from __future__ import annotations

import functools
import re

from detente.coding.private_parties import public_party
from detente.lexicons.relevance import RelevanceLexicon, term_pattern
from detente.records import ActorMention, Event

__all__ = ["civil_suit"]

REASON = "civil-suit"


def flat_text(text: str) -> str:
    """Lowercase text with its spacing made single, as word lists are matched."""
    return " ".join(text.lower().split())


@functools.cache
def words_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """A word list compiled once."""
    return term_pattern(terms)


def _private(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    """A party judged or favoured that is no state and no political party."""
    src = lexicon.source
    if mention.sector in src.political_sectors or mention.country in src.political_kinds:
        return False
    if mention.sector is None and mention.rule in src.state_rules:
        return False  # "Argentina": a state
    return not public_party(lexicon, mention)


def without_actor(event: Event) -> str:
    """The sentence without the actor's own words ("the court", "a jury in the county court",
    a claimant's "a Springfield man"), flattened."""
    text = event.sentence
    for mention in sorted(event.actor, key=lambda m: m.start, reverse=True):
        at = mention.start - event.sentence_start
        if 0 <= at <= len(text):
            text = text[:at] + " " + text[at + len(mention.text):]
    return flat_text(text)


def civil_suit(lexicon: RelevanceLexicon, event: Event) -> str | None:
    """The reason a court's or jury's act in a civil suit between private parties is no
    political event; None when it may be a trial or a suit of the state."""
    block = lexicon.source.civil_suits
    if block is None or not event.actor:
        return None
    if not all(m.sector in block.court_sectors for m in event.actor):
        return None
    if not all(_private(lexicon, m) for m in event.recipient):
        return None
    rest = without_actor(event)
    if words_pattern(block.civil_words).search(rest) is None:
        return None
    crime = words_pattern(block.criminal_words) if block.criminal_words else None
    if crime is not None and crime.search(flat_text(event.sentence)) is not None:
        return None  # a criminal trial ("charged with negligent homicide"): the state's
    public = lexicon.private_terms.get("public")
    if public is not None and public.search(rest) is not None:
        return None  # "sued the city": a suit against a public body
    return REASON
