"""Relevance from what the actor is: an occasion or a medium named as the doer is no party.

"The 2009 Fourth of July Celebration at City Park will offer a weekend of music", "state
television showed tanks rolling in": a festival, a show or a broadcast holds or shows what
others do; whatever the parse made the subject of the verb, the actor's phrase names a thing.
Read from the phrase's own words before its first modifier ("at City Park", "in Kabul"), so a
party named there ("the mayor at the fair") stays a party. relevance.yaml's `generic_senses`
block lists the nouns (coding/relevance.py asks here).
"""

from __future__ import annotations

from dataclasses import replace

from detente.lexicons.relevance import RelevanceLexicon
from detente.records import ActorMention, Event

__all__ = ["head_word", "kind_word", "thing_actor"]

REASON = "thing-actor"


def head_word(lexicon: RelevanceLexicon, mention: ActorMention) -> str:
    """The last word of a party's phrase before its first modifying preposition or comma: its
    head noun ("celebration" in "the Fourth of July Celebration at City Park"; "commission",
    not "fair", in "the Fair Trade Commission")."""
    words = mention.text.lower().replace(",", " , ").split()
    block = lexicon.source.generic_senses
    stops = block.phrase_breaks if block is not None else frozenset()
    cut = next((i for i, w in enumerate(words) if w in stops), len(words))
    return words[cut - 1].strip(".'\"()") if cut else ""


def kind_word(lexicon: RelevanceLexicon, mention: ActorMention) -> str:
    """The head noun of a group named with what it is of: "residents" in "residents of Leeds",
    "fans" in "fans of the club" (senses15); else the head word."""
    words = mention.text.lower().split()
    if "of" in words[1:]:
        cut = words.index("of", 1)
        return head_word(lexicon, replace(mention, text=" ".join(words[:cut])))
    return head_word(lexicon, mention)


def thing_actor(lexicon: RelevanceLexicon, event: Event) -> str | None:
    """The reason an event whose every actor is an occasion (any act) or a medium (a material
    act) is no political event; None when some actor may be a party."""
    block = lexicon.source.generic_senses
    if block is None or not event.actor:
        return None
    things = set(block.occasion_nouns)
    if event.cameo[:2] in block.material_roots:
        things |= block.medium_nouns
    if all(head_word(lexicon, m) in things for m in event.actor):
        return REASON
    return None
