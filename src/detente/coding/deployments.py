"""Forces announced or promised for a place: an intent to protect, not a threat of force.

CAMEO reads a conflictual act told in the future as a threat ("will attack"), but a deployment
announced or promised ("Arnor will deploy 200 soldiers to Gondor", "agreed to send troops")
is CAMEO 0334, "express intent to provide military protection or peacekeeping", whose target
is the place of deployment. A threat (138) needs a party threatened: forces moved near, along
or against a party ("along the border with Mordor") face it, and stay a threat.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.complements import purpose_clause
from detente.coding.match import Match
from detente.coding.syntax import child
from detente.lexicons.english import english


def pledged_deployment(match: Match) -> bool:
    """The match sends or deploys forces (CAMEO 154) to a place or nowhere named, facing no one."""
    senses = english().senses
    if match.cameo != senses.mobilization_code:
        return False
    if match.head.lemma_.lower() not in senses.deployment_verbs:
        return False  # "will reinforce", "will call up reservists": not forces sent anywhere
    if _sent_against(match.head):
        return False
    return not _posted_facing(match.head) and (
        match.recipient is None or not _faced(match.recipient, match.head)
    )


def pledged_code(match: Match, composed: str) -> str:
    """The intent code of a deployment told as future or promised, where CAMEO's future rule
    made it a threat; any other code as it was composed."""
    if composed[:2] != english().codes.threat_root or not pledged_deployment(match):
        return composed
    return english().senses.pledged_forces_code


def _sent_against(verb: Token) -> bool:
    """ "will be deployed *to hunt down* al-Qaeda fighters": forces sent to act on someone,
    unless to protect or help, or in a mission of protection ("deployed to protect the interim
    government", "sent to lead the peacekeeping force")."""
    senses = english().senses
    purpose = purpose_clause(verb)
    aim = child(purpose, "dobj") if purpose is not None else None
    if purpose is None or aim is None or purpose.lemma_.lower() in senses.protective_purposes:
        return False
    # "to lead the international peacekeeping force": a mission of protection all the same
    return not any(t.lemma_.lower() in senses.protective_missions for t in aim.subtree)


def _posted_facing(verb: Token) -> bool:
    """Forces placed somewhere facing: "deploy troops *along* the border", "troops *near* the
    frontier" (the phrase hangs on the verb or on the forces, as the parse has it)."""
    preps = english().senses.posture_preps
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(c.dep_ == "prep" and c.lower_ in preps for h in holders for c in h.children)


def _faced(recipient: Token, verb: Token) -> bool:
    """The recipient is reached through a preposition of facing ("*along* the border with X",
    "*against* the rebels") or through a clause of what the forces are to do to it, on its way
    up to the verb."""
    preps = english().senses.posture_preps
    token = recipient
    while token.i != verb.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ in preps:
            return True
        token = token.head
        if token.i != verb.i and token.pos_ in ("VERB", "AUX"):
            return True  # "deployed *to hunt down* the fighters": sent to act on them
    return False
