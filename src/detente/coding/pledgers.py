"""Who makes a promise, an offer or a refusal told by a noun: "Arnor's promise to end the
raids", "a promise *from Arnor* to end the raids", "a pledge *by the rebels* to lay down arms".
A noun of commitment or refusal names its maker by a possessive or, as a passive verb does its
agent, by a "by" or "from" phrase (dictionary: from "indicating the source"); the subject of the
clause above ("Gondor wants a promise from Arnor") is then the one it is made to, not its
maker."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.syntax import child, prep_objects
from detente.lexicons.english import english


def noun_maker(noun: Token) -> Token | None:
    """The maker a commitment or refusal noun names: its possessive, else the party of its
    "by"/"from" phrase (not a time: "a promise by Friday", "a pledge from last year")."""
    owner = child(noun, "poss")
    if owner is not None:
        return owner
    for prep in english().senses.maker_preps:
        found = next((o for o in prep_objects(noun, prep) if _a_party(o)), None)
        if found is not None:
            return found
    return None


def _a_party(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and token.ent_type_ not in ("DATE", "TIME")


def promisee(noun: Token) -> Token | None:
    """ "Gondor wants a promise from Arnor", "the rebels rejected an offer from the government":
    a commitment from a party, the object of a verb, is made to that verb's subject (one gets,
    seeks, accepts or turns down what is offered to oneself). A "by" phrase names no such
    direction ("welcomed a pledge by the rebels")."""
    if noun.dep_ != "dobj" or child(noun, "poss") is not None:
        return None
    source = english().senses.source_prep
    if not any(_a_party(o) for o in prep_objects(noun, source)):
        return None
    return child(noun.head, "nsubj")
