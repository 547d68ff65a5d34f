"""Places inside what is asked for: "dropped a demand that parts *be made in America*", "called
for an adjournment *in* Eastland"; and, for a demand conceded or rejected, all its content.

What a demand, proposal or request says must happen, and where, is its content; the act done on
the demand (conceding, rejecting, dropping it) answers whoever made it, not the parties or the
place its content names. Likewise a procedural step asked for (dictionary: adjournment "a pause
in a trial or meeting"; postponement, recess, stay) happens where the proceedings are: the place
is its venue, not the party asked. The search for a recipient does not enter those phrases."""

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
            for clause in (c for c in noun.children if _content(c)):
                if _answered(match, noun):
                    found.add(clause.i)  # the whole content: "dropped a demand that ..."
                found |= {t.i for t in clause.subtree if _locative(t, words.locative_preps)}
        elif lemma in senses.procedural_steps and _asked(noun):
            found |= {c.i for c in noun.children if _locative(c, words.locative_preps)}
    return found


# How many nouns below the trigger are looked at: a sentence's worth.
_MAX_NOUNS = 30


def _content(clause: Token) -> bool:
    """ "the demand *that* X be made": a clause with its own subordinator, not a participle
    naming the demand's maker ("an appeal *lodged by* X")."""
    return clause.dep_ in CONTENT_DEPS and any(c.dep_ == "mark" for c in clause.children)


def _locative(token: Token, preps: frozenset[str]) -> bool:
    return token.dep_ == "prep" and token.lower_ in preps


def _answered(match: Match, noun: Token) -> bool:
    """ "dropped *a demand that* cars be made in the US", "rejected *the proposal that* ...": a
    concession or a rejection (CAMEO 08, 12) of the demand the trigger takes as its object answers
    whoever made it; the parties its content names (what is to be done, by or to whom) are not
    whom the answer is addressed to."""
    senses = english().senses
    if match.cameo[:2] not in senses.concession_roots | senses.rejection_roots:
        return False
    return noun.head == match.head or match.trigger[0] <= noun.i < match.trigger[1]


def _asked(noun: Token) -> bool:
    """ "called *for* an adjournment", "sought a postponement", "demanded a recess": the step is
    the object of the asking, not a step already taken."""
    return noun.dep_ in ("dobj", "pobj")
