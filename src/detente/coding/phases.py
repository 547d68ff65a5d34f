"""A phase of an act told ahead: "will begin its withdrawal" is the withdrawal, not a pledge.

CAMEO reads a cooperative act told in the future as an intent ("will withdraw" → 035 "express
intent to yield"). An act told through a verb of aspect ("the force will begin its deployment
next week", "will complete the withdrawal by June", "will resume talks", "will start deploying
troops") tells when a stage of an act already decided or under way happens: it is that act,
with future modality. Only intents to cooperate (CAMEO 03x) are undone: "will begin an
offensive" stays a threat, as CAMEO and the gold sets code force announced, and an act composed
by a frame ("agreed to begin talks") is the frame's.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.sense_words import lemma
from detente.lexicons.english import english

__all__ = ["phase_code", "phase_verb"]

# Parts of speech of a verb of aspect in the trigger ("will *begin* its deployment").
VERB_POS = frozenset({"VERB", "AUX"})
# Labels of an act's clause under a verb of aspect: "begin *deploying*", "began *to withdraw*".
PHASE_CLAUSE_DEPS = frozenset({"xcomp"})


def phase_verb(match: Match) -> Token | None:
    """The verb of aspect that tells the act: the light verb of its trigger ("*begin* its
    deployment", "*resume* talks") or the verb its clause hangs on ("*start* deploying")."""
    phases = english().senses.phase_verbs
    start, end = match.trigger
    for token in match.head.doc[start:end]:
        if token.pos_ in VERB_POS and lemma(token) in phases:
            return token
    head = match.head
    if head.dep_ in PHASE_CLAUSE_DEPS and head.head.i != head.i and lemma(head.head) in phases:
        return head.head
    return None


def phase_code(match: Match, composed: str) -> str:
    """The act's own code when the future made it a pledge (CAMEO 03x) but a verb of aspect
    tells a stage of it; any other code as it was composed."""
    if match.frame is not None or composed == match.cameo:
        return composed
    if composed[:2] != english().senses.pledge_root or phase_verb(match) is None:
        return composed
    return match.cameo
