"""Places inside what is asked for: "dropped a demand that parts *be made in America*", "called
for an adjournment *in* Eastland". What a demand, proposal or request says must happen, and
where, is its content; the act done on the demand (conceding, rejecting, dropping, making it) is
addressed to the parties, not to the place where the content would be carried out. Likewise a
procedural step asked for (dictionary: adjournment "a pause in a trial or meeting"; postponement,
recess, stay) happens where the proceedings are: the place is its venue, not the party asked.
The search for a recipient does not enter those phrases."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.match import Match
from detente.lexicons.english import english

# Clausal dependents of a noun that tell its content ("the demand *that X be made*").
CONTENT_DEPS = frozenset({"acl", "ccomp"})


def demanded_places(match: Match) -> set[int]:
    """The locative prepositions inside the content of a demand noun at or below the trigger,
    and those on a procedural step asked for."""
    words, senses = english().words, english().senses
    found: set[int] = set()
    nouns = [t for t in match.head.subtree if t.pos_ == "NOUN"][:_MAX_NOUNS]
    for noun in nouns:
        lemma = noun.lemma_.lower()
        if lemma in senses.request_nouns:
            for clause in (c for c in noun.children if c.dep_ in CONTENT_DEPS):
                found |= {t.i for t in clause.subtree if _locative(t, words.locative_preps)}
        elif lemma in senses.procedural_steps and _asked(noun):
            found |= {c.i for c in noun.children if _locative(c, words.locative_preps)}
    return found


# How many nouns below the trigger are looked at: a sentence's worth.
_MAX_NOUNS = 30


def _locative(token: Token, preps: frozenset[str]) -> bool:
    return token.dep_ == "prep" and token.lower_ in preps


def _asked(noun: Token) -> bool:
    """ "called *for* an adjournment", "sought a postponement", "demanded a recess": the step is
    the object of the asking, not a step already taken."""
    return noun.dep_ in ("dobj", "pobj")
