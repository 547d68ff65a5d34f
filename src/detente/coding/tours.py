"""Relevance of a tour on one's own ground: inspecting a place visits no party.

"Indonesia's president toured Pangandaran and met people in a camp", "the minister and the
president toured the affected areas", "the class toured the Lee Academy building": CAMEO 042
(make a visit) is a visit to another party, its host. A tour with no host named, in the
touring party's own country (or with no place abroad found), inspects a site: a leader at a
disaster, a class in a school. A visit told with other words ("visited Israel", "travelled to
Nashville for talks") and any tour with a host stay. relevance.yaml's `generic_senses` block
lists the words (coding/relevance.py asks here).
"""

from __future__ import annotations

from detente.lexicons.relevance import RelevanceLexicon
from detente.records import Event

__all__ = ["own_ground_tour"]

REASON = "own-ground-tour"


def own_ground_tour(lexicon: RelevanceLexicon, event: Event) -> str | None:
    """The reason a hostless tour at home is no political visit (None: it may be one)."""
    block = lexicon.source.generic_senses
    if block is None or event.cameo not in block.visit_codes or event.recipient:
        return None
    if set(event.trigger.text.lower().split()).isdisjoint(block.tour_words):
        return None
    homes = {m.country for m in event.actor}
    if event.location is not None and event.location.country not in homes:
        return None  # "toured the West Bank": a place abroad, whose hosts the text may name
    return REASON
