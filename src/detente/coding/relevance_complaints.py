"""Relevance of a complaint: a private person blaming a thing or a neighbour accuses no party.

"A refugee blamed the conditions in the camp for her son's illness", "a patient blamed the
hospital's food", "residents complained about the noise from the factory", "villagers accused
a neighbour of stealing their goats": CAMEO 11 (disapprove, criticize, accuse) is one party's
accusation of another. A complaint by people named by their situation in everyday life, about a
thing or another private party, with no public body named in its sentence, is private life: no
political party accuses or is accused. A complaint about the authorities ("the refugees blamed
the government", "residents complained about police brutality") stays. relevance.yaml's
`private_complaints` block holds the codes and the complainants' nouns (coding/relevance.py
asks here among the private-party decisions).
"""

from __future__ import annotations

import functools
import re

from detente.coding.private_parties import public_party
from detente.coding.thing_parties import kind_word
from detente.lexicons.relevance import RelevanceLexicon, term_pattern
from detente.records import ActorMention, Event

__all__ = ["private_complaint"]

REASON = "private-complaint"
# The names of the private-parties word lists (relevance.yaml) of public bodies and of groups
# acting politically, compiled in RelevanceLexicon.private_terms.
PUBLIC = "public"
CIVIC = "civic"


def _flat(text: str) -> str:
    return " ".join(text.lower().split())


def _complainant(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    """A private person named by their situation ("a Syrian refugee in the camp", "residents"),
    not a political party."""
    src = lexicon.source
    block = src.private_complaints
    if block is None or mention.sector in src.political_sectors:
        return False
    if mention.country in src.political_kinds or mention.country in src.civic_kinds:
        return False
    return kind_word(lexicon, mention) in block.complainant_nouns


def _private(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    """A party complained about that is no political party: a private sector, no public word."""
    src = lexicon.source
    block = src.private_parties
    if block is None or mention.sector not in block.sectors:
        return False
    return not public_party(lexicon, mention)


def _public_words(lexicon: RelevanceLexicon, sentence: str) -> bool:
    """Whether the sentence names a public body, an organised group or a state's act ("police
    brutality", "the council", "protesters", "the blockade"): the complaint may be about it."""
    flat = _flat(sentence)
    public, civic = lexicon.private_terms.get(PUBLIC), lexicon.private_terms.get(CIVIC)
    if any(p is not None and p.search(flat) is not None for p in (public, civic)):
        return True
    block = lexicon.source.private_complaints
    acts = tuple(block.state_act_words) if block is not None else ()
    return bool(acts) and _acts(acts).search(flat) is not None


@functools.cache
def _acts(terms: tuple[str, ...]) -> re.Pattern[str]:
    """The state-act words compiled once."""
    return term_pattern(terms)


def private_complaint(lexicon: RelevanceLexicon, event: Event) -> str | None:
    """The reason a private person's complaint about a thing or a private party is no political
    event; None when a political party may be accused."""
    block = lexicon.source.private_complaints
    if block is None or event.cameo[:3] not in block.codes or not event.actor:
        return None
    if not all(_complainant(lexicon, m) for m in event.actor):
        return None
    if not all(_private(lexicon, m) for m in event.recipient):
        return None
    if _public_words(lexicon, event.sentence):
        return None
    return REASON
