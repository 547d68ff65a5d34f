"""Occasions an act is set at: "decided *during Monday's emergency cabinet meeting*", "signed
the deal *on the sidelines of the White Council summit*", "pledged support *at a session of the
Arnorian parliament*". A preposition of time or occasion with a noun of an occasion says when
and where the act was done; the body or the day that owns the occasion (its possessive, its
compound or adjective words, its "of" phrase) held it and is no party the act was done to, so
the search for a recipient neither offers the occasion noun nor enters its owner.

A partner named inside the occasion by other words stays: "agreed during talks *with* Arnor",
"a meeting *with* the Arnorian king" (the "with" phrase is not the occasion's owner).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english

# Dependents of an occasion noun that name whoever owns or held it ("*Monday's* meeting", "the
# *White Council* summit", "an *Arnorian* state dinner").
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "nummod"})
# The preposition of an owner phrase ("a session *of* the parliament").
OF = "of"


def occasions(trigger: Token) -> list[Token]:
    """The occasion nouns set after a preposition of occasion in the trigger's sentence."""
    senses = english().senses
    return [
        noun for noun in trigger.sent
        if noun.dep_ == "pobj" and noun.lemma_.lower() in senses.gathering_nouns
        and noun.i != trigger.i and _set_at(noun, senses.gathering_preps)
    ]


def occasion_owners(nouns: list[Token]) -> set[int]:
    """The heads of the occasions' owner phrases: the recipient search does not enter them."""
    return {owner.i for noun in nouns for owner in owners(noun)}


def _set_at(noun: Token, preps: frozenset[str]) -> bool:
    """Whether the noun is the object of a preposition of occasion, of its "of" ("ahead *of*
    the summit"), or inside another occasion's "of" ("on the sidelines *of* the summit")."""
    prep = noun.head
    if prep.lower_ in preps:
        return True
    if prep.lower_ != OF:
        return False
    outer = prep.head
    if outer.lower_ in preps:
        return True
    return (
        outer.dep_ == "pobj"
        and outer.lemma_.lower() in english().senses.gathering_nouns
        and outer.head.lower_ in preps
    )


def owners(noun: Token) -> list[Token]:
    """The words of an occasion noun naming its owner: modifiers and its "of" phrase."""
    return [
        c for c in noun.children
        if c.dep_ in OWNER_DEPS or (c.dep_ == "prep" and c.lower_ == OF)
    ]
