"""A meeting's venue read out of its own noun: "attended a meeting *in Washington*", "a meeting
at the OAS *in Washington*". The pattern's slot may hold the meeting noun itself, whose phrase
runs on to where the meeting was; a place named there after a locative preposition is where it
was held (its location), not the party met, as for places the search meets (beyond_slot._venue).
Only for meetings (venue_codes): "backs the regime in Damascus" names its party by the place.

recip20: whatever is done about a meeting, a place after "in" on the meeting noun itself
(english.yaml meeting_nouns) is where it is held: "welcomed the talks *in* Oman", "walked out of
the negotiations *in* Arnor" name no Omani or Arnorian party. Other things' places stay
("condemned the crackdown *in* Egypt": those who crack down there)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coding.coder import ArticleState
from detente.coding.match import Match
from detente.geo.locate import PLACE_LABELS
from detente.lexicons.english import english
from detente.records import ActorMention

# Rules that read a party off a place's name (as beyond_slot.PLACE_NAME_RULES).
PLACE_NAME_RULES = frozenset({"seat-of-power", "place", "location", "country-name"})
# Entity labels of names that may name a party (a phrase with one outside its venue names a
# side).
NAME_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG", "PERSON"})
# A user lexicon's entries all carry this rule; one with no sector and no organisation is a
# country's name or adjective (as summit_venues.USER_RULE).
USER_RULE = "user"


def without_venues(
    match: Match, found: tuple[ActorMention, ...], ctx: ArticleState, slot: Token | None = None
) -> tuple[ActorMention, ...]:
    """The mentions, less places named as the venue inside the phrase of ``slot`` (default: the
    pattern's slot)."""
    slot = slot if slot is not None else match.recipient
    if slot is None or not found:
        return found
    meeting = match.cameo in english().codes.venue_codes
    return tuple(m for m in found if not _venue_in(slot, m, ctx, meeting=meeting))


def _venue_in(slot: Token, mention: ActorMention, ctx: ArticleState, *, meeting: bool) -> bool:
    """Whether the mention is a place after a locative preposition: the slot itself ("attend
    talks *in* Geneva") or inside the slot's phrase ("a meeting at the OAS *in* Washington").
    For an act that is no meeting itself, only a place set on a meeting noun in the slot's
    phrase ("welcomed the talks *in* Oman")."""
    words = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if words is None:
        return False
    if not meeting and words.root == slot and _named_by_venue_only(words):
        return True  # "welcomed *the talks in Oman*": the phrase read whole names its venue
    root = words.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in english().words.locative_preps:
        return False
    if not _place_named(root, mention):
        return False
    if not meeting and not _meeting_noun(prep.head):
        return False
    # the slot itself after "in" ("attend talks *in* Geneva") or a place inside its phrase
    return root == slot or prep.head == slot or slot in prep.head.ancestors


def _named_by_venue_only(words: Span) -> bool:
    """Whether a phrase read whole as one party names none but the venue of a meeting in it:
    every name in it lies after a locative preposition set on a meeting noun ("the resumption
    of negotiations *in Arnor*"; not "the talks with Mordor in Arnor", which names a side)."""
    venues = [t for t in words if t.dep_ == "prep" and _venue_prep(t)]
    inside = {w.i for v in venues for w in v.subtree}
    return bool(venues) and not any(
        t.i not in inside and (t.pos_ == "PROPN" or t.ent_type_ in NAME_LABELS) for t in words
    )


def _venue_prep(prep: Token) -> bool:
    """ "in Arnor" on "talks": a locative preposition on a meeting noun, with a name after it."""
    if prep.lower_ not in english().words.locative_preps or not _meeting_noun(prep.head):
        return False
    return any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children)


def _place_named(root: Token, mention: ActorMention) -> bool:
    """Whether the mention was read off a place's name (a user lexicon reads a country's name
    by its own rule, with no sector and no organisation; the tagger may call it anything)."""
    if mention.rule in PLACE_NAME_RULES:
        return root.ent_type_ in PLACE_LABELS or mention.rule == "place"
    return mention.rule == USER_RULE and mention.org is None and mention.sector is None


def _meeting_noun(word: Token) -> bool:
    """Whether the word is a noun of a meeting of parties ("talks", "negotiations")."""
    meetings = english().senses.meeting_nouns
    return word.pos_ == "NOUN" and (word.lower_ in meetings or word.lemma_.lower() in meetings)
