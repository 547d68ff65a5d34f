"""Reading a trigger's partners for the sense checks: its words, objects, doers, the nouns its
prepositions govern, and names that are a storm's or a person's told before (shared by
coding/private_senses.py, people_senses.py, thing_senses.py and nonevents.py)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from detente.coding.match import Match
from detente.lexicons.english import english

__all__ = [
    "KIND_DEPS", "OBJECT_DEPS", "doers_of", "is_word", "lemma", "named_storm", "named_surname",
    "noun_forms", "object_among", "prep_objects",
]

# Labels of a noun's modifiers that say what kind of thing it is ("ER visits", "racing team").
KIND_DEPS = frozenset({"compound", "amod", "nmod"})
# Dependency labels of a verb's partners: its object and what a preposition governs.
OBJECT_DEPS = frozenset({"dobj", "dative"})


def lemma(token: Token) -> str:
    return token.lemma_.lower()


def noun_forms(token: Token) -> set[str]:
    """A noun's lemma as written and as meant: an editor's bracket cut off ("virus[es]" read as
    one token) and a word the parser split at its hyphen joined again ("e", "-", "mail")."""
    forms = {lemma(token), token.lower_}
    forms |= {form.split("[")[0] for form in forms if "[" in form}
    doc, at = token.doc, token.i
    if at + 2 < len(doc) and doc[at + 1].text == "-" and not token.whitespace_:
        forms.add(f"{token.lower_}-{doc[at + 2].lower_}")
    if at >= 2 and doc[at - 1].text == "-" and not doc[at - 2].whitespace_:
        forms.add(f"{doc[at - 2].lower_}-{token.lower_}")
    return forms


def is_word(token: Token, words: frozenset[str]) -> bool:
    return lemma(token) in words or token.lower_ in words


def prep_objects(head: Token, preps: frozenset[str] | None = None) -> Iterator[Token]:
    """The nouns the verb's prepositions govern (only those of ``preps`` when given)."""
    for prep in head.children:
        if prep.dep_ in ("prep", "agent") and (preps is None or prep.lower_ in preps):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    yield obj
                    yield from obj.conjuncts


def doers_of(head: Token) -> list[Token]:
    """The verb's subjects, those of the verb it is coordinated with ("a man leapt onto the car
    and smashed the window"), and the agents of a passive, with their conjuncts."""
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    if not doers and head.dep_ == "conj":
        doers = [c for c in head.head.children if c.dep_ == "nsubj"]
    doers += list(prep_objects(head, english().senses.agent_preps))
    return doers + [c for d in doers for c in d.conjuncts]


def object_among(match: Match, roots: frozenset[str], nouns: frozenset[str]) -> Token | None:
    """The trigger's object that is one of ``nouns``, when its CAMEO root is one of ``roots``."""
    if match.cameo[:2] not in roots:
        return None
    objects = (c for c in match.head.children if c.dep_ in OBJECT_DEPS)
    return next((obj for obj in objects if is_word(obj, nouns)), None)


def named_surname(token: Token) -> bool:
    """senses20: a capitalised word that ends a person's full name told earlier in the text
    ("Brian Reams ... the judge fired *Reams*"): news names a person by surname after the first
    mention, whatever tag or entity the parser gave the lone word ("reams" of paper, an ORG)."""
    if not token.text[:1].isupper() or token.is_sent_start:
        return False
    named = (e for e in token.doc.ents if e.label_ == "PERSON" and e.end <= token.i and len(e) > 1)
    return any(e[-1].text == token.text for e in named)


def named_storm(token: Token) -> bool:
    """senses20: "Cyclone Idai", "Hurricane Maria", "Tropical Storm Allison": a name right after
    a kind of storm that modifies it is the storm's name, not a person's."""
    if token.pos_ != "PROPN" or token.i == 0:
        return False
    kind = token.doc[token.i - 1]
    return kind.head.i == token.i and kind.dep_ == "compound" and (
        kind.lower_ in english().senses.storm_kinds)
