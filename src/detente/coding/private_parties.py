"""Relevance from who the parties are: private people, firms and schools between themselves.

"The fans met the actress", "the family lauded the charity", "she let him sleep on her couch",
"a church member sued the pastor", "the villagers were investigating the fireball": words of
meetings, praise, concessions, lawsuits and inquiries with no government, force, court, party,
armed group, intergovernmental body or politically organised group among the parties.
Whatever the verb's sense, such an event is private life or business, not politics.
relevance.yaml's `private_parties` block says which sectors are private and which acts are
decided by the parties alone (coding/relevance.py asks here last).
"""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.thing_parties import head_word
from detente.lexicons.relevance import PrivateParties, RelevanceLexicon
from detente.records import ActorMention, Event

__all__ = ["legal_act", "private_only", "private_party", "public_party"]

REASON = "private-parties"


def _words(lexicon: RelevanceLexicon, name: str, text: str) -> bool:
    pattern = lexicon.private_terms.get(name)
    return pattern is not None and pattern.search(" ".join(text.lower().split())) is not None


def _public(lexicon: RelevanceLexicon, block: PrivateParties, party: ActorMention) -> bool:
    """A public word in the party's name ("the city", "the county board"), unless the name's head
    noun makes it a private body: "the Edgar County Community Foundation" is a charity."""
    if not _words(lexicon, "public", party.text):
        return False
    return head_word(lexicon, party) not in block.private_body_nouns


def public_party(lexicon: RelevanceLexicon, party: ActorMention) -> bool:
    """A public word in the party's name, not that of a private body (senses13: also asked by
    relevance_business.py)."""
    block = lexicon.source.private_parties
    return block is not None and _public(lexicon, block, party)


def private_party(lexicon: RelevanceLexicon, party: ActorMention, event_type: str,
                  partners: frozenset[str] = frozenset()) -> bool:
    """A party that is surely private, ``partners`` being sectors private in this event as well
    (verbs17: asked by relevance_claims.py)."""
    block = lexicon.source.private_parties
    return block is not None and _private(lexicon, block, party, event_type, partners)


def _private(lexicon: RelevanceLexicon, block: PrivateParties, party: ActorMention,
             event_type: str, partners: frozenset[str] = frozenset()) -> bool:
    """A party that is surely private: a private sector, no public or civic words in its name."""
    src = lexicon.source
    if party.country in src.political_kinds or party.country in src.civic_kinds:
        return False
    if party.sector in src.political_sectors or party.rule in block.people_rules:
        return False
    if _public(lexicon, block, party) or _words(lexicon, "civic", party.text):
        return False  # "the city" or "the policing team" coded as civilians are still public
    if party.country in src.non_political_kinds:
        return True  # a multinational company
    if event_type in block.cooperation_types:
        partners = partners | block.partner_sectors
    return party.sector in block.sectors or party.sector in partners


def legal_act(lexicon: RelevanceLexicon, event: Event) -> bool:
    """ "was sentenced to death", "charged with arson": the trigger names a legal act of the
    authorities, whoever the coder took for its parties."""
    return _words(lexicon, "legal", event.trigger.text)


def private_only(lexicon: RelevanceLexicon, event: Event,
                 parties: Sequence[ActorMention] | None = None) -> str | None:  # fmt: skip
    """The reason an event between private parties only is no political event (None: it may be).
    ``parties`` are those that act in it when not all do: a trip's travellers, not the state
    gone to ("thousands of tourists visited Arnor" is private travel)."""
    block = lexicon.source.private_parties
    if block is None:
        return None
    kind = event.event_type
    if kind in block.addressed_types:
        if legal_act(lexicon, event):
            return None  # a legal act: the authorities' ("charged with", "arrested")
        if not event.recipient and event.cameo[:2] not in block.unaddressed_roots:
            return None  # addressed to no one named: maybe the authorities ("filed a lawsuit")
    elif kind not in block.cooperation_types and kind not in block.appeal_types:
        return None
    if parties is None:
        parties = (*event.actor, *event.recipient)
    if parties and all(_private(lexicon, block, p, kind) for p in parties):
        return REASON
    return None
