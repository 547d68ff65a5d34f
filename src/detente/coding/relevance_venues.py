"""Relevance from who takes part: a state named as the venue of an act is no party to it.

"The bank's chief executive stepped down after losses in India", "Tata Steel will team up with
Thyssenkrupp in a joint venture in Germany", "agreed to cooperate on deliveries in Nairobi": the
recipient stage may take the place where something happened for the party acted on. A country
or a capital introduced by a preposition of place (dictionary: in "expressing the situation of
something that is enclosed or surrounded") is where the act happened; it does not make a
company's or a family's act a state's. Such a recipient is left out when relevance.py asks
whether any party is political; "signed a deal with Germany" or "fired on Arnor" stay, and so
does a body named by its noun ("confidence in the government"). relevance.yaml's `venue_preps`
and `venue_rules` hold the prepositions and the actor rules that name a place. A recipient
headed by a noun of recorded information ("access to the data of users in China") is a thing
acted on, no state acting either (`record_nouns`, senses16; relevance.py asks).
"""

from __future__ import annotations

from detente.coding.thing_parties import kind_word
from detente.lexicons.relevance import RelevanceLexicon
from detente.records import ActorMention, Event

__all__ = ["met_recipients", "record", "venue"]


def venue(lexicon: RelevanceLexicon, event: Event, mention: ActorMention) -> bool:
    """The mention is introduced by a preposition of place in its sentence ("in India")."""
    if mention.rule not in lexicon.source.venue_rules:
        return False  # "confidence in the government": a body named, a party
    at = mention.start - event.sentence_start
    if at <= 0 or at > len(event.sentence) or not lexicon.source.venue_preps:
        return False
    before = event.sentence[:at].split()
    return bool(before) and before[-1].lower() in lexicon.source.venue_preps


def record(lexicon: RelevanceLexicon, mention: ActorMention) -> bool:
    """senses16: "gave partner firms access to the data of users in China": a recipient with
    no sector headed by a noun of recorded information is a thing acted on, not the state its
    phrase names ("the data of the ministry", coded with a sector, is left to the sector)."""
    return mention.sector is None and kind_word(lexicon, mention) in lexicon.source.record_nouns


def met_recipients(lexicon: RelevanceLexicon, event: Event) -> tuple[ActorMention, ...]:
    """The event's recipients that take part in it: not the states named as its venue."""
    return tuple(m for m in event.recipient if not venue(lexicon, event, m))
