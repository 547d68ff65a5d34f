"""Relevance from who acts for a company: its officers are business.

"The managing director of Nairobi-based Acme stepped down", "the chief executive said the firm
would merge": a company's officer acts for the company (dictionary: chief executive "the
person with the most authority in a company"), so the party is a business whatever place its
phrase names. A title with a public word in the party's name ("the chief executive of the
Ports Authority", relevance.yaml's private_parties block lists the public words) heads a public
body and is left to its sector. relevance.yaml's `company_officers` holds the titles
(coding/relevance.py asks here).

"Facebook allowed third-party developers to access the data of its users": "third party" in
its general sense is an outsider to a deal (dictionary: "a person or group besides the two
primarily involved"), a business or a person, not a political party whatever sector the actor
stage read in "party"; "a third-party candidate" keeps its party (`outsider_compounds`,
`party_heads`, senses16).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from detente.coding.private_parties import public_party
from detente.coding.thing_parties import head_word
from detente.lexicons.relevance import RelevanceLexicon, term_pattern
from detente.records import ActorMention, Event

__all__ = ["company_officer", "outsiders_as_business"]

# The sector an outsider to a deal is read with: a business (developers, apps, sellers).
OUTSIDER_SECTOR = "BUS"


def company_officer(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    """The party is named by a company officer's title and by no public word."""
    if mention.sector not in (None, *lexicon.source.non_political_sectors):
        return False
    flat = " " + " ".join(mention.text.lower().replace(",", " ").split()) + " "
    titled = any(f" {title} " in flat for title in lexicon.source.company_officers)
    return titled and not public_party(lexicon, mention)


def _outsider(lexicon: RelevanceLexicon, mention: ActorMention, elections: bool) -> bool:
    """ "third-party developers", "third parties": a party named by "third party" in its sense
    of an outsider, not of a minor political party (a candidacy, a sentence of elections)."""
    flat = " ".join(mention.text.lower().split())
    if not any(word in flat for word in lexicon.source.outsider_compounds):
        return False
    return not elections and head_word(lexicon, mention) not in lexicon.source.party_heads


@functools.cache
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """A word list compiled once."""
    return term_pattern(terms)


def outsiders_as_business(lexicon: RelevanceLexicon, event: Event) -> Event:
    """The event with its outsiders to a deal read as businesses, for deciding relevance."""
    src = lexicon.source
    if not src.outsider_compounds:
        return event
    flat = " ".join(event.sentence.lower().split())
    elections = bool(src.election_words) and _pattern(src.election_words).search(flat) is not None

    def read(parties: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
        return tuple(replace(m, sector=OUTSIDER_SECTOR) if _outsider(lexicon, m, elections)
                     else m for m in parties)  # fmt: skip

    return replace(event, actor=read(event.actor), recipient=read(event.recipient))
