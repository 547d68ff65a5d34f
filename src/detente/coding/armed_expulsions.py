"""Fighters expelled by fighters: "the army expelled the Taliban from the district", "rebels
ousted the militia from the town". An armed group driven out of a place by armed forces is
fought out of it (CAMEO 190 "use conventional military force"), not a reduction of relations
(CAMEO 166, whose expulsions end the presence of diplomats, members or staff). Named groups
are parties, never a verb pattern's light object, so the sectors of both sides decide here;
common nouns ("expelled the militants") have their own pattern (assault.expel-fighters)."""

from __future__ import annotations

from dataclasses import replace

from detente.coding.coder import Coder
from detente.coding.framing import Framing
from detente.lexicons.english import english
from detente.records import ActorMention


def armed_expulsion(
    coder: Coder,
    framing: Framing,
    actor: tuple[ActorMention, ...],
    recipient: tuple[ActorMention, ...],
) -> Framing:
    """The framing of an expulsion of fighters by fighters as the use of force; others as they
    are ("Iraqi lawmakers voted to expel US troops" is a political decision)."""
    senses = english().senses
    if framing.entry.code not in senses.expulsion_codes or not actor or not recipient:
        return framing
    armed = senses.armed_sectors
    if not all(m.sector in armed for m in actor) or not all(m.sector in armed for m in recipient):
        return framing
    return replace(framing, entry=coder.ontology.cameo(senses.armed_expulsion_code))
