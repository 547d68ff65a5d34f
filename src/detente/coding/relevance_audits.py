"""Relevance of an audit: an audit of a private body's accounts is routine, no inquiry.

"The state auditor launched an audit of a children's charity", "auditors audited the accounts
of the Hope Trust": an audit (dictionary: "an official inspection of an organization's accounts,
typically by an independent body") checks a charity's, a company's or a school's books. CAMEO 09
is an inquiry into a crime, an abuse or a party's conduct; an audit of a private body is
bookkeeping, whoever audits, so the event is no political news. An audit of a public body ("an
audit of the ministry's spending"), of a rights group, a union or the opposition (audits are a
means of pressure on them), or of no one named ("an audit of the election results") stays.
relevance.yaml's `audits` block holds the words (coding/relevance.py asks here).
"""

from __future__ import annotations

from detente.coding.private_parties import public_party
from detente.lexicons.relevance import RelevanceLexicon, term_pattern
from detente.records import ActorMention, Event

__all__ = ["private_audit"]

REASON = "private-audit"


def _private_body(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    """A charity, a company, a school or a person: no political party, state or civic group."""
    src = lexicon.source
    block = src.private_parties
    if block is None or mention.sector in src.political_sectors:
        return False
    if mention.country in src.political_kinds or public_party(lexicon, mention):
        return False
    if term_pattern(block.civic_words).search(mention.text.lower()):
        return False  # "the rights group", "the union": an audit may press them
    if mention.sector is None:
        return mention.country in src.non_political_kinds | src.civic_kinds
    return mention.sector in block.sectors


def private_audit(lexicon: RelevanceLexicon, event: Event) -> str | None:
    """The reason an audit of private bodies only is no political event; None otherwise."""
    words = lexicon.source.audits
    if words is None or event.cameo[:2] not in words.roots or not event.recipient:
        return None
    said = set(event.trigger.text.lower().split())
    if said.isdisjoint(words.audit_words):
        return None
    if all(_private_body(lexicon, m) for m in event.recipient):
        return REASON
    return None
