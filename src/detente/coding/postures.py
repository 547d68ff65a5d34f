"""A force posture announced with no one facing it ("more troops will be deployed") is the
posture told ahead, no threat; read once the parties are known (events.py)."""

from __future__ import annotations

from dataclasses import replace

from detente.coding.coder import Coder
from detente.coding.framing import Framing
from detente.coding.match import Match
from detente.lexicons.english import english
from detente.records import ActorMention


def posture_as_told(
    coder: Coder, match: Match, framing: Framing, recipient: tuple[ActorMention, ...]
) -> Framing:
    """ "More troops will be deployed to the border": a force posture announced with no party
    it faces threatens no one; it is the posture itself, told as lying ahead (MOBILIZE, future),
    not a threat with no target."""
    roots = english().senses.posture_roots
    if framing.composed != "intent" or recipient or match.cameo[:2] not in roots:
        return framing
    entry = coder.ontology.cameo(match.cameo)
    return replace(framing, entry=entry, composed=None, cue=f"{framing.cue}; a posture, no threat")
