"""Past participles used as nouns for people: "the injured were taken to hospital", "among the
wounded were three soldiers", "the army evacuated its wounded". English uses "the" (or a
possessive) with a participle or adjective to name the people it describes (dictionary: "the
injured" = people who are injured); such a word names those the act was done to, and tells no
act with an actor of its own in the sentence: whoever carries them, counts them or speaks for
them did not injure them."""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english

PARTICIPLE_TAG = "VBN"
# Slots of a noun phrase the participle stands in as the phrase's head.
NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"})
# A verb's own words: with any of them the participle is a clause, not a noun.
CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "agent", "ccomp"})


def names_people(tok: Token) -> bool:
    """Whether the participle heads a noun phrase after "the" or a possessive."""
    if tok.tag_ != PARTICIPLE_TAG or tok.dep_ not in NOUN_SLOTS:
        return False
    if any(c.dep_ in CLAUSE_DEPS for c in tok.children):
        return False
    definite = english().words.definite
    return any(
        c.i < tok.i and ((c.dep_ == "det" and c.lower_ in definite) or c.dep_ == "poss")
        for c in tok.children
    )
