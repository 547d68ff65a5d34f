"""A force posture announced with no one facing it ("more troops will be deployed", "will send
troops to Kabul") is the posture told ahead, no threat; read once the parties are known
(events.py)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.coder import Coder
from detente.coding.framing import Framing
from detente.coding.match import Match
from detente.lexicons.english import english
from detente.records import ActorMention


def posture_as_told(
    coder: Coder, match: Match, framing: Framing, recipient: tuple[ActorMention, ...]
) -> Framing:
    """ "More troops will be deployed", "will send troops to Kabul": a force posture announced
    with no party it faces, or only a place it goes to, threatens no one; it is the posture
    itself, told as lying ahead (MOBILIZE, future), not a threat ("will deploy troops against
    Mordor" stays one)."""
    roots = english().senses.posture_roots
    if framing.composed != "intent" or match.cameo[:2] not in roots:
        return framing
    if recipient and not _destination(match.recipient):
        return framing
    entry = coder.ontology.cameo(match.cameo)
    return replace(framing, entry=entry, composed=None, cue=f"{framing.cue}; a posture, no threat")


def _destination(recipient: Token | None) -> bool:
    """ "to Kabul", "into Lebanon": the recipient is only where the forces go."""
    if recipient is None or recipient.dep_ != "pobj":
        return False
    return recipient.head.lower_ in english().senses.destination_preps
