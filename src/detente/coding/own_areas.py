"""Areas of a state's own land under its measure: "lifted the state of emergency in four of the
country's states", "imposed a curfew in three northern districts".

A curfew, a state of emergency or siege, or the easing of one (CAMEO 0813, 0814, 1723, 1724)
acts on the people of the area where it holds. A named area is read through the gazetteer
(placement.area_measured); an area told with a common noun ("districts", "parts of the
province") names no country of its own, but a state lays such measures on its own land, so the
area is taken in the country of the state that lays or lifts the measure. A proper name in the
phrase is left to the gazetteer (it may be a town abroad, or one too small to be sure of), and
land said to be occupied or held by others is no state's own.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.syntax import phrase_bounds
from detente.lexicons.english import english
from detente.records import ActorMention

# The preposition of a partitive area phrase ("four *of* the country's states").
OF = "of"


def _area_head(head: Token) -> Token | None:
    """The area noun of the phrase: its head ("districts"), or the noun a number or partitive
    head counts ("four of the country's states", "parts of the province")."""
    words = english().words
    areas = words.settlement_nouns | words.area_nouns
    if head.lemma_.lower() in areas:
        return head
    counted = head.like_num or head.lower_ in words.partitives
    if not counted:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == OF):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.lemma_.lower() in areas:
                return obj
    return None


def _not_own(start: int, end: int, head: Token) -> bool:
    """Whether the phrase holds a proper name (a place or a party of its own), or says the land
    is held by another ("the occupied territories", "rebel-held districts")."""
    held = english().words.held_area_words
    return any(t.pos_ == "PROPN" or t.lower_ in held for t in head.doc[start:end])


def own_areas(
    cameo: str, recipient: Token | None, actor: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The areas a state's measure holds in, told with a common noun, as its own people (the
    actor's country, no sector; rule "place")."""
    codes, words = english().codes, english().words
    if cameo not in codes.area_codes or recipient is None or recipient.dep_ != "pobj":
        return ()
    if recipient.head.lower_ not in words.locative_preps:
        return ()  # "a curfew *for* the festival": not where it holds
    if _area_head(recipient) is None:
        return ()
    countries = {m.country for m in actor}
    if len(countries) != 1:
        return ()
    [country] = countries
    if country is None or country in codes.org_kinds or len(country) != 3:
        return ()  # an international body has no land of its own
    start, end = phrase_bounds(recipient)
    if _not_own(start, end, recipient):
        return ()
    span = recipient.doc[start:end]
    mention = ActorMention(text=span.text, start=span.start_char, end=span.end_char,
                           country=country, sector=None, rule="place")  # fmt: skip
    return (mention,)
