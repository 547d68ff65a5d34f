"""Senses of a trigger from everyday life: a dismissal from a job, the time a trip takes.

"The judge-executive fired Reams and asked him to leave the building" dismisses an employee;
"it has taken up to three days to travel the 250 km" tells how long a trip takes. They use the
words of a shooting and of a visit, but nobody fired a weapon or went anywhere. relevance.yaml's
`everyday_senses` block holds the words; the framing stage drops such triggers with the reason
no-event-sense (coding/nonevents.py lists the checks).
"""

from __future__ import annotations

from collections.abc import Callable

from detente.coding.match import Match
from detente.lexicons.relevance import EverydaySenses, relevance_lexicon

__all__ = ["EVERYDAY_CHECKS"]


def _words() -> EverydaySenses | None:
    return relevance_lexicon().source.everyday_senses


def _dismissal(match: Match) -> str | None:
    """ "fired Reams", "fired him", "fired the coach": a person fired is dismissed from a job;
    a weapon is fired at or on someone ("fired on the crowd", "fired shots at him")."""
    words = _words()
    head = match.head
    if words is None or match.cameo[:2] not in words.violence_roots:
        return None
    if head.lemma_.lower() not in words.dismissal_verbs:
        return None
    for obj in (c for c in head.children if c.dep_ == "dobj"):
        person = obj.ent_type_ == "PERSON" or obj.lower_ in words.person_pronouns
        if person or obj.lemma_.lower() in words.job_nouns:
            return f"{head.text!r} {obj.text!r}: a person dismissed from a job, no shooting"
    return None


def _trip_duration(match: Match) -> str | None:
    """ "it has taken up to three days to travel the 250 km", "it takes an hour to reach the
    camp": an infinitive after "it takes" tells how long something takes, no act done."""
    words = _words()
    head = match.head
    if words is None or head.dep_ not in ("advcl", "xcomp", "ccomp"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return None
    above = head.head
    if above.lemma_.lower() not in words.duration_verbs:
        return None
    if any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in above.children):
        return f"'it' {above.text!r} ... to {head.text!r}: how long it takes, no act"
    return None


EVERYDAY_CHECKS: tuple[Callable[[Match], str | None], ...] = (_dismissal, _trip_duration)
