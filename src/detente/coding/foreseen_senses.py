"""Acts told as where things will end up: a prediction, no intent of their doer.

"The rebels and the army will end up fighting each other", "they could wind up attacking the
capital": the act lies ahead and is told as the outcome a course of events leads to (dictionary:
end up "eventually reach a particular state"), not as announced by its doer, so it is no threat
(CAMEO 13) or intent (CAMEO 03). The framing stage drops such triggers with the reason
no-event-sense (coding/nonevents.py). Acts feared of another party, or foretold by the one they
would fall on, are read by the claim words and coding/predictions.py (kept, hypothetical).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.match import Match
from detente.lexicons.english import english

__all__ = ["FORESEEN_CHECKS"]


def _ahead(verb: Token) -> bool:
    """ "would attempt", "will burn", "could kill": a modal or future auxiliary on the verb."""
    words = english().words
    marks = words.hypothetical_aux | words.future_aux
    return any(c.dep_ == "aux" and c.lower_ in marks for c in verb.children)


def _foreseen_outcome(match: Match) -> str | None:
    """ "the rebels and the army will end up fighting each other", "they could wind up attacking
    the capital": an act told as where things will lead (dictionary: end up "eventually reach a
    particular state") is a prediction, no intent announced ("they ended up fighting", in the
    past, tells the fighting: left alone)."""
    head = match.head
    outcomes = english().senses.leading_verbs
    above = head.head
    if head.dep_ not in ("xcomp", "advcl", "pcomp") or above.i == head.i:
        return None
    if above.lemma_.lower() not in outcomes or not _ahead(above):
        return None
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in above.children):
        return None
    return f"{above.text!r} up {head.text!r}: an outcome foreseen, no intent announced"


FORESEEN_CHECKS: tuple[Callable[[Match], str | None], ...] = (_foreseen_outcome,)
