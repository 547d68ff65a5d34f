"""A machine of force named with no owner is not the side it strikes (actors15).

"Lebanese troops fired at Gondorian jets. Warplanes then bombed a Lebanese army post": the
warplanes were given the country of the state force that used force last (actors12), here the
side they strike. A state's forces do not bomb its own army, police or government, so an
unowned instrument guessed to be of the country whose state organs or people it strikes is of
no known country: the story does not say whose it is. A strike on armed groups of that country
("helicopter gunships fired on the militants' positions" in a story of police fighting
insurgents) keeps the guess: states use force on their own rebels.
"""

from __future__ import annotations

from dataclasses import replace

from detente.coding.machines import MACHINE_SECTOR, machine_words
from detente.lexicons.actors import tokenise
from detente.records import ActorMention

# Sectors of armed groups a state may strike in its own land (rebels, unidentified armed
# forces, criminals).
ARMED_GROUP_SECTORS = frozenset({"REB", "UAF", "CRM"})
# Rules of a country guessed from the article, not read in the instrument's own words.
GUESSED_RULES = frozenset({"reference", "context"})


def unowned_arms(
    actor: tuple[ActorMention, ...], recipient: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """The actor with no country for an unowned instrument guessed to be of the country whose
    state, forces or people it strikes."""
    struck = {m.country for m in recipient if m.country and m.sector not in ARMED_GROUP_SECTORS}
    if not struck:
        return actor
    return tuple(
        replace(m, country=None, name=None, org=None)
        if m.country in struck
        and m.rule in GUESSED_RULES
        and m.sector == MACHINE_SECTOR
        and _instrument(m.text)
        else m
        for m in actor
    )


def _instrument(text: str) -> bool:
    """Whether a phrase's head (its last word, or its last two: "armoured vehicles") is a
    machine of force ("Helicopter gunships", "MiG-29s": coding/machines.py)."""
    return machine_words(tokenise(text), MACHINE_SECTOR)
