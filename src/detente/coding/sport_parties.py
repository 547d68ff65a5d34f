"""Relevance from who acts: players, teams and sports officials are no political party.

"South Africa's pacemen attacked the stumps", "Zimbabwe's coach accused the umpires", "the
Wallabies defeated the All Blacks": the country in a sports party's phrase names whom the team
plays for, not a state acting. An event whose every actor is headed by a noun of an athlete, a
sports official or a national team's name is sport, unless a political party is among its
parties (coding/relevance.py asks after that). relevance.yaml's `sport_party_nouns` lists the
nouns.
"""

from __future__ import annotations

from detente.coding.thing_parties import head_word
from detente.lexicons.relevance import RelevanceLexicon
from detente.records import ActorMention, Event

__all__ = ["sport_actor"]

REASON = "sport-party"


def _sport(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    nouns = lexicon.source.sport_party_nouns
    if head_word(lexicon, mention) in nouns:
        return True
    flat = " ".join(mention.text.lower().split())
    return any(" " in noun and flat.endswith(noun) for noun in nouns)  # "the All Blacks"


def sport_actor(lexicon: RelevanceLexicon, event: Event) -> str | None:
    """The reason an event whose every actor is a player, a team or a sports official is no
    political event; None when some actor may be a party."""
    if not event.actor or not lexicon.source.sport_party_nouns:
        return None
    if all(_sport(lexicon, m) for m in event.actor):
        return REASON
    return None
