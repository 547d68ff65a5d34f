"""Force used on "the town" hits its people: a town, city or county is its government when it
acts or is addressed ("the city sued", "urged the county to"), but shelled, raided, occupied or
put under curfew it is its inhabitants (CVL), as the plural "towns" always is."""

from __future__ import annotations

from dataclasses import replace

from detente.coding.parties import Parties
from detente.lexicons.english import english
from detente.lexicons.ontology import CameoCode
from detente.records import ActorMention


def people_of_places(parties: Parties, entry: CameoCode) -> Parties:
    """The parties with a town or city that force is used on read as its people."""
    if entry.root not in english().codes.force_roots:
        return parties
    recipient = tuple(_people(m) for m in parties.recipient)
    return parties if recipient == parties.recipient else replace(parties, recipient=recipient)


def _people(mention: ActorMention) -> ActorMention:
    if mention.sector != "GOV":
        return mention
    words = mention.text.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    if not words or words[0] not in english().senses.local_place_nouns:
        return mention
    if len(words) > 1 and words[1] != "of":
        return mention  # "the town council", "the city police": a body, not the place
    return replace(mention, sector="CVL")
