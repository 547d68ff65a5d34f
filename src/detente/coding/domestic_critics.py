"""Private people who criticise, accuse, protest against or appeal to a state's police, courts
or government, with no country of their own named, are taken to be of that state: "the mother
says the police have failed her" is a South African's complaint when the police are South
Africa's. The mirror of placed_chain's "domestic" rule (the people police arrest are of the
police's country): people deal with their own state's institutions far more often than with
another's. A place named for the event places them by that place instead."""

from __future__ import annotations

from dataclasses import replace

from detente.lexicons.english import english
from detente.records import ActorMention, Place


def domestic_critics(
    actor: tuple[ActorMention, ...],
    recipient: tuple[ActorMention, ...],
    cameo: str,
    location: Place | None,
) -> tuple[ActorMention, ...]:
    """The actor's unplaced private people, placed in the one country whose police, courts or
    government they criticise, accuse, protest against or appeal to (empty: no such case)."""
    if location is not None or cameo[:2] not in english().senses.complaint_roots:
        return ()
    domestic = english().codes.domestic_sectors
    homes = {m.country for m in recipient if m.sector in domestic and m.country}
    if len(homes) != 1 or any(m.country is not None for m in actor):
        return ()
    [home] = homes
    if len(home) != 3 or home in english().codes.org_kinds:
        return ()
    private = english().senses.complaint_sectors
    if not actor or any(m.sector not in private for m in actor):
        return ()
    return tuple(replace(m, country=home, rule="domestic") for m in actor)
