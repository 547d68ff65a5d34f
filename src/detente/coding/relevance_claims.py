"""Relevance of a private party's civil claim: a lawsuit between people and firms is private law.

"A man is suing a television station over a broadcast", "an Australian man sued an airline
after his luggage was lost", "the family filed a wrongful death lawsuit against the contractor",
"a businessman sued a newspaper for libel": CAMEO 115 (bring lawsuit against) codes claims
between political actors; a civil claim (dictionary: lawsuit "a claim or dispute brought to a
court of law for adjudication") that a private person or firm brings against another is private
law (civil law "the system of law concerned with private relations between members of a
community"), no political event. The coder names the party sued only when a lexicon knows it;
with none coded, a claim whose sentence names no public body or office ("sued the city", "a
lawsuit against the sheriff"), no organised civic group and no right held against the state
("claimed their constitutional rights were violated") is against a private person or firm. The
press sued is a private party too (a claim of defamation between private parties). Claims by or
against the authorities stay, and so do charges and indictments (the state's acts, never
claim words). relevance.yaml's `private_claims` block holds the words; coding/relevance.py asks
here after coding/private_parties.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from detente.coding.private_parties import legal_act, private_party
from detente.coding.relevance_suits import flat_text, without_actor, words_pattern
from detente.lexicons.relevance import PrivateClaims, RelevanceLexicon
from detente.records import ActorMention, Event

__all__ = ["private_claim"]

REASON = "private-claim"
# Words a court's name may run to after the preposition ("in the US District Court").
VENUE_WORDS = 5


def _claim(lexicon: RelevanceLexicon, block: PrivateClaims, event: Event) -> bool:
    """Whether the trigger brings a civil claim ("sued", "filed a lawsuit", "a lawsuit filed by
    the family"): a claim word in the trigger, or in the sentence of a filing that names no
    charge ("an indictment filed by prosecutors" is the state's)."""
    if event.cameo not in block.codes:
        return False
    claim = words_pattern(block.claim_words)
    if claim.search(flat_text(event.trigger.text)) is not None:
        return True
    if event.pattern_id not in block.filing_patterns:
        return False
    legal = lexicon.private_terms.get("legal")
    sentence = flat_text(event.sentence)
    return claim.search(sentence) is not None and not (legal and legal.search(sentence))


def _without_venues(block: PrivateClaims, text: str) -> str:
    """The text without the courts a claim is brought in ("filed in federal court", "before a
    district court in Gondor"): the court hears the claim, it is not the party sued."""
    if not block.venue_preps or not block.venue_nouns:
        return text
    preps = "|".join(re.escape(p) for p in sorted(block.venue_preps))
    nouns = "|".join(re.escape(n) for n in sorted(block.venue_nouns))
    return re.sub(rf"\b(?:{preps})\s+(?:\S+\s+){{0,{VENUE_WORDS}}}?(?:{nouns})\b", " ", text)


def _public_named(lexicon: RelevanceLexicon, block: PrivateClaims, event: Event) -> bool:
    """Whether the sentence names, besides the claimant and the court, a public body or office,
    an organised civic group or a right held against the state: the one sued may be the
    authorities."""
    rest = _without_venues(block, without_actor(event))
    public, civic = lexicon.private_terms.get("public"), lexicon.private_terms.get("civic")
    if any(p is not None and p.search(rest) is not None for p in (public, civic)):
        return True
    words = block.state_claim_words
    return bool(words) and words_pattern(words).search(rest) is not None


def private_claim(lexicon: RelevanceLexicon, event: Event,
                  parties: Sequence[ActorMention] | None = None) -> str | None:  # fmt: skip
    """The reason a civil claim between private parties is no political event (None: it may
    be one). ``parties`` are those that act in it, as coding/relevance.py reads them."""
    block = lexicon.source.private_claims
    if block is None or not _claim(lexicon, block, event) or legal_act(lexicon, event):
        return None
    if not event.recipient and _public_named(lexicon, block, event):
        return None
    if parties is None:
        parties = (*event.actor, *event.recipient)
    kind, partners = event.event_type, block.party_sectors
    if parties and all(private_party(lexicon, p, kind, partners) for p in parties):
        return REASON
    return None
