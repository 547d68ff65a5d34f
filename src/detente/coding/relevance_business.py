"""Relevance from who acts for a company: its officers are business.

"The managing director of Nairobi-based Acme stepped down", "the chief executive said the firm
would merge": a company's officer acts for the company (dictionary: chief executive "the
person with the most authority in a company"), so the party is a business whatever place its
phrase names. A title with a public word in the party's name ("the chief executive of the
Ports Authority", relevance.yaml's private_parties block lists the public words) heads a public
body and is left to its sector. relevance.yaml's `company_officers` holds the titles
(coding/relevance.py asks here).
"""

from __future__ import annotations

from detente.coding.private_parties import public_party
from detente.lexicons.relevance import RelevanceLexicon
from detente.records import ActorMention

__all__ = ["company_officer"]


def company_officer(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    """The party is named by a company officer's title and by no public word."""
    if mention.sector not in (None, *lexicon.source.non_political_sectors):
        return False
    flat = " " + " ".join(mention.text.lower().replace(",", " ").split()) + " "
    titled = any(f" {title} " in flat for title in lexicon.source.company_officers)
    return titled and not public_party(lexicon, mention)
