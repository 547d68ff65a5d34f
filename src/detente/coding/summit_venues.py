"""A meeting's venue is no party to it: "the Beirut summit", "Arab leaders gather in Beirut".

A place's name before a meeting noun (CAMEO 040-046, codes.venue_codes) names the meeting by its
venue, as "the Geneva talks" or "the Camp David summit" do; the parties are those who attend it,
not the host city, and a capital read as its government ("Beirut" as LBN GOV, seat-of-power) is
no party to it. Only a city or a place is read so (rules seat-of-power and place): a country's
name before "talks" ("the Iran talks") may name a party, and two places joined ("the
Washington-Moscow talks") name the two sides and stay.

Nor does the place where a meeting is held tell its actor's country: "Arab leaders gather in
Beirut for a summit", "delegates met in Geneva" are no Lebanese or Swiss party (CAMEO 044 "meet
at third location" is a kind of meeting of its own). A meeting's actor is placed by its own
words or the article, never by the event's location (placement stage).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.match import Match
from detente.lexicons.english import english
from detente.records import ActorMention, Place

__all__ = ["placing_location", "without_venue_owner"]

# Rules that read a party off a city's or a place's name (not a country's).
CITY_RULES = frozenset({"seat-of-power", "place"})
# A user lexicon's entries all carry the rule "user"; of a country's names only its seat is
# read with this sector ("Annuminas": ARN GOV), its name and adjective with none.
USER_RULE, SEAT_SECTOR = "user", "GOV"
# Labels of a noun's modifiers that name it ("the *Beirut* summit").
NAMING_DEPS = frozenset({"compound", "amod"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Fine tag of the hyphen that joins two names into the sides of one meeting
# ("Washington-Moscow").
HYPHEN_TAG = "HYPH"


def without_venue_owner(
    match: Match, actor: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The actor, less a city named as the venue of the meeting noun it modifies."""
    owner = match.actor
    if owner is None or not actor or not _names_venue(match, owner):
        return actor
    start, end = owner.left_edge.idx, owner.idx + len(owner.text)
    return tuple(m for m in actor if not (_city(m) and start <= m.start < end))


def _city(mention: ActorMention) -> bool:
    """Whether the mention was read off a city's or a place's name."""
    return mention.rule in CITY_RULES or (
        mention.rule == USER_RULE and mention.sector == SEAT_SECTOR and mention.org is None
    )


def _names_venue(match: Match, owner: Token) -> bool:
    """Whether the owner is the one place's name before a meeting noun."""
    head = match.head
    if match.cameo not in english().codes.venue_codes or head.pos_ not in NOUN_POS:
        return False
    if owner.head != head or owner.dep_ not in NAMING_DEPS or owner.conjuncts:
        return False
    # "the Washington-Moscow talks", "the Arnor and Gondor talks": the phrase joins two sides
    phrase = owner.doc[owner.left_edge.i : owner.i]
    return not any(t.dep_ == "cc" or t.tag_ == HYPHEN_TAG for t in phrase)


def placing_location(code: str, location: Place | None) -> Place | None:
    """The event's location as evidence of where its actor is from: none for a meeting."""
    return None if code in english().codes.venue_codes else location
