"""Senses of a trigger from everyday life: the time a trip takes.

"It has taken up to three days to travel the 250 km" tells how long a trip takes; it uses the
words of a visit, but nobody went anywhere (a person fired from a job is thing_senses.py's).
relevance.yaml's `everyday_senses` block holds the words; the framing stage drops such triggers
with the reason no-event-sense (coding/nonevents.py lists the checks).
"""

from __future__ import annotations

from collections.abc import Callable

from detente.coding.match import Match
from detente.lexicons.relevance import EverydaySenses, relevance_lexicon

__all__ = ["EVERYDAY_CHECKS"]


def _words() -> EverydaySenses | None:
    return relevance_lexicon().source.everyday_senses


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


EVERYDAY_CHECKS: tuple[Callable[[Match], str | None], ...] = (_trip_duration,)
