"""Parties the article's words stand for (actors12): a pronoun "it" whose own sentence names
the body it stands for, and the users of force that an unowned instrument ("the warplanes")
belongs to.

"Acme Holdings said it would close the plant": "it" is the body that says so, the subject of
the reporting clause above. When that subject is a name the lexicons do not know (a company, a
local charity), the pronoun is that unknown body too; the article's memory, which can only
offer a party named before (a foreign armed group two paragraphs up), must not stand for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from detente.coding.actor_clauses import reporting_subject
from detente.coding.actor_state import ActorCode, ActorMemory
from detente.coding.match import Match
from detente.lexicons.english import english

if TYPE_CHECKING:
    from detente.coding.events import Outcome

# The sectors of the users an instrument of force may belong to: a state's forces and police
# ("helicopter gunships fired" in a story of police fighting insurgents), or a state named by
# itself ("Turkey launched air strikes").
STATE_FORCE_SECTORS = frozenset({"MIL", "COP", None})
# The pronoun of a body or thing (persons are "he"/"she", groups "they").
NEUTER_PRONOUN = "it"


def unknown_speaker(match: Match) -> bool:
    """Whether the actor is "it" and the clause above has a proper name as its subject that
    the pronoun agrees with (callers have found no code for that name)."""
    pronoun = match.actor
    if pronoun is None or pronoun.lower_ != NEUTER_PRONOUN:
        return False
    subject = reporting_subject(match)
    return subject is not None and subject.pos_ == "PROPN"


def note_force_users(outcomes: Sequence[Outcome], memory: ActorMemory) -> None:
    """Remember the states and state forces that acted with force in the sentence (CAMEO
    18-20): a later instrument with no owner named ("the warplanes struck", "helicopters
    fired") is theirs, not the country it strikes, nor whoever the story names most. Armed
    groups are left out: warplanes, gunships and tanks are the arms of states' forces, and
    "helicopters fired on the fighters" are the other side's."""
    roots = english().codes.attack_roots
    for o in outcomes:
        event = o.event
        if event is None or event.cameo[:2] not in roots:
            continue
        for m in event.actor:
            if m.sector not in STATE_FORCE_SECTORS:
                continue
            memory.note_force(ActorCode(country=m.country, sector=m.sector, name=m.name,
                                        matched=m.text, rule=m.rule, org=m.org))
