"""Prisoners released in the passive with no agent: "hundreds of political prisoners have been
released in Tripoli", "detainees were freed".

A prisoner, a detainee or an inmate is held by a state's authorities (dictionary: prisoner "a
person legally held in prison"; detainee "a person held in custody, especially for political
reasons"), so their release told without its agent is those authorities' (CAMEO 0841 "release
persons"), as an agentless "was arrested" is the police's (coding/authorities.py): the
authorities where it happened, or of the article's home. Hostages and captives are left out:
kidnappers and armed groups hold them too.
"""

from __future__ import annotations

from detente.coding.match import Match
from detente.coding.syntax import child, is_passive, prep_objects
from detente.lexicons.english import english

RELEASE_CAMEO = "0841"  # release persons
# The sector of the authorities that hold prisoners and free them.
PRISON_AUTHORITY = "GOV"


def held_release_sector(match: Match) -> str | None:
    """The sector of the authorities an agentless release of prisoners implies, or None."""
    if match.cameo != RELEASE_CAMEO or match.actor is not None or match.frame is not None:
        return None
    if not is_passive(match.head):
        return None
    freed = child(match.head, "nsubjpass")
    if freed is None:
        return None
    held = english().senses.state_held_people
    named = [freed, *prep_objects(freed, "of")]  # "hundreds *of* political prisoners"
    return PRISON_AUTHORITY if any(t.lemma_.lower() in held for t in named) else None
