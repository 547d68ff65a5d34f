"""People charged or arrested whose phrase names their country: private persons, not the state.

"Gomez, a native of Mexico, was arrested by Danbury police", "Terry Lee Jolly, 60, Lebanon, was
arrested", "Smith, a native of Honduras, was charged with fraud": the actor lexicon reads the
country of a person's origin or residence named in the phrase, and with no role named the party
is coded as the country alone, which stands for its state. A charge or an arrest (CAMEO codes
in english.yaml's ``person_object_codes``) acts on a person, and a person's name heading the
phrase (the parser's PERSON entity) with no sector is a private citizen of that country (CVL),
as a bare name acted on is ("police arrested John Smith", coding/party_mentions.py). A state
sued or charged is named by its own name, a body or a people, never by a person's name, and a
person whose role the phrase names keeps the role's sector.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from detente.coding.parties import Parties
from detente.lexicons.english import english
from detente.lexicons.ontology import CameoCode
from detente.records import ActorMention

__all__ = ["private_persons_acted_on"]

PERSON_LABEL = "PERSON"
PRIVATE_SECTOR = "CVL"


def _person_named(mention: ActorMention, doc: Doc) -> bool:
    """Whether the mention's words are headed by a person's name."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return root.pos_ == "PROPN" and root.ent_type_ == PERSON_LABEL


def _private(mention: ActorMention, doc: Doc) -> ActorMention:
    country = mention.country
    if mention.sector is not None or country is None or country in english().codes.org_kinds:
        return mention
    if not _person_named(mention, doc):
        return mention
    return replace(mention, sector=PRIVATE_SECTOR)


def private_persons_acted_on(parties: Parties, entry: CameoCode, doc: Doc) -> Parties:
    """The parties with persons charged or arrested, coded as a country alone, made private."""
    if entry.code not in english().senses.person_object_codes:
        return parties
    recipient = tuple(_private(m, doc) for m in parties.recipient)
    return parties if recipient == parties.recipient else replace(parties, recipient=recipient)
