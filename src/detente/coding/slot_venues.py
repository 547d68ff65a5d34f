"""A meeting's venue read out of its own noun: "attended a meeting *in Washington*", "a meeting
at the OAS *in Washington*". The pattern's slot may hold the meeting noun itself, whose phrase
runs on to where the meeting was; a place named there after a locative preposition is where it
was held (its location), not the party met, as for places the search meets (beyond_slot._venue).
Only for meetings (venue_codes): "backs the regime in Damascus" names its party by the place."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.coder import ArticleState
from detente.coding.match import Match
from detente.geo.locate import PLACE_LABELS
from detente.lexicons.english import english
from detente.records import ActorMention

# Rules that read a party off a place's name (as beyond_slot.PLACE_NAME_RULES).
PLACE_NAME_RULES = frozenset({"seat-of-power", "place", "location", "country-name"})


def without_venues(
    match: Match, found: tuple[ActorMention, ...], ctx: ArticleState, slot: Token | None = None
) -> tuple[ActorMention, ...]:
    """The mentions, less places named as the venue inside the phrase of ``slot`` (default: the
    pattern's slot)."""
    slot = slot if slot is not None else match.recipient
    if slot is None or not found or match.cameo not in english().codes.venue_codes:
        return found
    return tuple(m for m in found if not _venue_in(slot, m, ctx))


def _venue_in(slot: Token, mention: ActorMention, ctx: ArticleState) -> bool:
    """Whether the mention is a place after a locative preposition: the slot itself ("attend
    talks *in* Geneva") or inside the slot's phrase ("a meeting at the OAS *in* Washington")."""
    if mention.rule not in PLACE_NAME_RULES:
        return False
    words = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if words is None:
        return False
    root = words.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in english().words.locative_preps:
        return False
    if root.ent_type_ not in PLACE_LABELS and mention.rule != "place":
        return False
    # the slot itself after "in" ("attend talks *in* Geneva") or a place inside its phrase
    return root == slot or prep.head == slot or slot in prep.head.ancestors
