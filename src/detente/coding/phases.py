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
# Labels of an act's noun as the subject of a verb of aspect: "*talks* will resume".
PHASE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def phase_verb(match: Match) -> Token | None:
    """The verb of aspect that tells the act: the light verb of its trigger ("*begin* its
    deployment", "*resume* talks"), the verb its clause hangs on ("*start* deploying") or the
    verb its noun is the subject of ("talks will *resume*")."""
    phases = english().senses.phase_verbs
    start, end = match.trigger
    for token in match.head.doc[start:end]:
        if token.pos_ in VERB_POS and lemma(token) in phases:
            return token
    head = match.head
    if head.pos_ in VERB_POS and lemma(head) in phases:
        return head  # "the withdrawal will be *completed*": an announced act, read from its verb
    governor = head.head
    if head.dep_ in PHASE_CLAUSE_DEPS and governor.i != head.i and lemma(governor) in phases:
        return governor
    if head.dep_ in PHASE_SUBJECT_DEPS and governor.pos_ in VERB_POS and lemma(governor) in phases:
        return governor  # "talks will *resume* next week", "the withdrawal will be *completed*"
    return None


def phase_code(match: Match, composed: str) -> str:
    """The act's own code when the future made it a pledge (CAMEO 03x) but a verb of aspect
    tells a stage of it; any other code as it was composed."""
    if match.frame is not None or composed == match.cameo:
        return composed
    if composed[:2] != english().senses.pledge_root or phase_verb(match) is None:
        return composed
    return match.cameo
