"""Inquiries into deaths as routine police work: no investigation of a party.

"Police are investigating the deaths of two hikers", "the coroner is probing the death of a
climber", "police launched an investigation into the death of a woman": the police or a coroner
looking into a death (dictionary: death "the end of the life of a person"; coroner "an official
who holds inquests into violent, sudden, or suspicious deaths") do their routine work; a death
names no wrongdoer, and CAMEO 09 investigates a party's crime, corruption or abuses. Such a
trigger is dropped with the reason no-event-sense. It stays when the inquiry is a matter between
parties or looks into a crime: the doer of the death is named ("the death of a man shot by
soldiers"), the dead are officials, soldiers, police or journalists ("the death of a Gondorian
soldier"), the death happened in someone's custody, the sentence tells a crime ("the death as a
homicide", "the death of a man found shot"; "the killing" and "the murder" are no unexplained
harm), or the investigators are not the police ("Arnor is investigating the death of its
ambassador"). english.yaml's `unexplained_harms`, `crime_words`, `inquest_officers`,
`routine_investigator_sectors`, `public_victim_sectors` and `custody_words` hold the words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from detente.coding.inquiries import VICTIM_PREP, harm_doer, inquired_harm
from detente.coding.match import Match
from detente.coding.outcome import Rejected
from detente.coding.sense_words import is_word, prep_objects
from detente.lexicons.english import english
from detente.records import ActorMention

__all__ = ["reject_routine_inquiry"]

VICTIM_PREPS = frozenset({VICTIM_PREP})  # "the death *of* two hikers"
Resolve = Callable[[Token], tuple[ActorMention, ...]]


def reject_routine_inquiry(
    match: Match, actor: tuple[ActorMention, ...], resolve: Resolve
) -> Rejected | None:
    """A named rejection when the police or a coroner look into a death no party is part of;
    ``resolve`` codes a noun phrase (the dead) as the actor stage would."""
    senses = english().senses
    if match.cameo[:2] not in senses.investigation_roots:
        return None
    harm = inquired_harm(match)
    if harm is None or not is_word(harm, senses.unexplained_harms):
        return None
    if not _routine_investigators(match, actor) or harm_doer(match) is not None:
        return None
    if any(is_word(t, senses.custody_words) for t in harm.subtree):
        return None
    if any(is_word(t, senses.crime_words) for t in match.head.sent):
        return None  # "investigating the death as a homicide", "of a man found shot"
    public = senses.public_victim_sectors
    if any(m.sector in public for dead in _dead(harm) for m in resolve(dead)):
        return None
    detail = f"{match.head.text!r} {harm.text!r}: a death looked into as routine, no party"
    return Rejected(stage="code", reason="no-event-sense", detail=detail)


def _routine_investigators(match: Match, actor: tuple[ActorMention, ...]) -> bool:
    """The police ("Gondorian police", "detectives"), or a coroner named as the doer."""
    senses = english().senses
    if match.actor is not None and is_word(match.actor, senses.inquest_officers):
        return True
    return bool(actor) and all(m.sector in senses.routine_investigator_sectors for m in actor)


def _dead(harm: Token) -> Iterator[Token]:
    """Whose death it is: "the death *of* a climber", "*the man's* death"."""
    yield from prep_objects(harm, VICTIM_PREPS)
    yield from (c for c in harm.children if c.dep_ == "poss")
