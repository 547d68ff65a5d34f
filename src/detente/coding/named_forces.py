"""Armed forces known by a name: "sent *the National Guard* to the border", "*the Red Army*
was deployed". A proper noun is usually a party or a place, which no light object can be
("seized Quezon City"); but a name whose head is a word for a body of forces (english.yaml
`force_name_heads`: guard, army, navy, corps …) names the forces themselves, which is what a
verb of sending, deploying or withdrawing takes as its object (PETRARCH &MILITARY; dictionary:
national guard "a military force of a state")."""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english


def named_force(noun: Token) -> bool:
    """Whether a proper noun is the head of a name for a body of armed forces."""
    return noun.pos_ == "PROPN" and noun.lemma_.lower() in english().senses.force_name_heads
