"""What a side announces about its own course: no demand of itself ("Gondor's king said Gondor
must leave the alliance") and no threat in a posture with no one facing it ("more troops will
be deployed"); read once the parties are known (events.py)."""

from __future__ import annotations

from dataclasses import replace

from detente.coding.coder import Coder
from detente.coding.framing import Framing
from detente.coding.match import Match
from detente.coding.outcome import Rejected
from detente.lexicons.english import english
from detente.records import ActorMention

# Patterns of modal_acts.py that turn "X said Y must …" into a demand by X of Y.
OBLIGATION_PATTERN = "obligation"


def reject_own_course(
    match: Match, actor: tuple[ActorMention, ...], recipient: tuple[ActorMention, ...]
) -> Rejected | None:
    """ "Gondor's king said Gondor must leave the alliance", "the mayor said the city must cut
    spending": a duty a speaker states for its own side asks nothing of another party; a side is
    no recipient of its own demand. Another body of the same state ("the opposition said the
    government must resign") is asked something and stays a demand."""
    if not match.pattern_id.startswith(OBLIGATION_PATTERN) or not actor or not recipient:
        return None
    if not all(_same_side(r, actor) for r in recipient):
        return None
    said = ", ".join(m.text for m in recipient)
    detail = f"{said!r} is the speaker's own side: a course it states for itself, no demand"
    return Rejected(stage="code", reason="no-event-sense", detail=detail)


def _same_side(party: ActorMention, actor: tuple[ActorMention, ...]) -> bool:
    """The state itself (no sector) or the same body as one of the speakers, a body of that
    state ("Gondor's king"). International bodies share a code, not a side, and a speaker named
    only as the state's ("Gondor's donors" is read as Gondor) may be no part of it."""
    kinds = english().codes.org_kinds
    for speaker in actor:
        if party.country is None or party.country != speaker.country or party.country in kinds:
            continue
        if speaker.sector is None or party.org != speaker.org:
            continue
        if party.sector is None or party.sector == speaker.sector:
            return True
    return False


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
