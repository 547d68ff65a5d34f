"""Whom an investigation of a death or a harm looks into (CAMEO 09): who caused it, when the
sentence says so, never the victim ("investigating the death of a man *shot by officers*").

An inquiry into a killing investigates the killing's author; the dead or harmed person named
after "of" is no party the investigators act on.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.recipients import antecedent
from detente.coding.syntax import agent_of, child, prep_objects
from detente.lexicons.english import english

# The preposition naming whom a harm was done to ("the death *of* a man").
VICTIM_PREP = "of"


def harm_inquired(match: Match) -> bool:
    """Whether the act investigates a death or a harm named by a noun at the pattern's slot,
    or by the noun whose victim the slot holds ("investigating the death *of* a man")."""
    return (
        match.cameo[:2] in english().senses.investigation_roots
        and _harm(_slot(match)) is not None
    )


def inquired_harm(match: Match) -> Token | None:
    """The death or harm noun the investigation looks into, if the slot names one."""
    return _harm(_slot(match))


def _slot(match: Match) -> Token | None:
    """The pattern's recipient, or with none the trigger's object ("investigate X's death")."""
    return antecedent(match.recipient) or child(match.head, "dobj")


def _harm(slot: Token | None) -> Token | None:
    """The harm noun at the slot, or the one the slot names the victim of ("of", possessive)."""
    harms = english().senses.harm_nouns
    if slot is None:
        return None
    if slot.pos_ == "NOUN" and slot.lemma_.lower() in harms:
        return slot
    prep = slot.head
    if slot.dep_ == "pobj" and prep.lower_ == VICTIM_PREP and prep.head.lemma_.lower() in harms:
        return prep.head
    if slot.dep_ == "poss" and slot.head.lemma_.lower() in harms:
        return slot.head  # "investigate *Rufus Church's* death"
    return None


def harm_doer(match: Match) -> Token | None:
    """Who caused the harm investigated: "the killing *by* X", "the death of a man shot *by*
    X" (a participle or a relative clause on the victim), or nobody named."""
    harm = _harm(_slot(match))
    if harm is None:
        return None
    doer = next(prep_objects(harm, "by"), None)
    if doer is not None:
        return doer
    for victim in prep_objects(harm, VICTIM_PREP):
        for clause in (c for c in victim.children if c.dep_ in ("acl", "relcl")):
            found = agent_of(clause)
            if found is not None:
                return found
    return None
