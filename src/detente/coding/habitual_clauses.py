"""General statements made of a present-tense "when" clause: "when Gondor attacks our villages,
we retaliate", "whenever the envoy calls, the king refuses".

A "when", "whenever" or "once" clause in the present tense before a main clause in the present
tells a habit or a rule (coding/temporal_clauses.py reads it), so neither clause reports an act
of the story: the pair states what happens as a rule, a general statement, which is no event
(eval/judged/README.md: a general or standing statement coded as an event is wrong). A clause
before a future ("once the envoy arrives, talks will begin") tells acts ahead and stays; a past
clause ("when the troops entered the town") tells an act done and stays.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.habits import simple_present
from detente.coding.match import Match
from detente.coding.temporal_clauses import temporal_present

__all__ = ["HABITUAL_CLAUSE_CHECKS"]

# How a verb's modality is told on its head: an infinitive complement or a conjunct.
JOINED_DEPS = frozenset({"xcomp", "conj"})


def _governing(verb: Token) -> list[Token]:
    """The verb and the verbs it is joined up to ("attacks and kills": attacks)."""
    chain = [verb]
    while verb.dep_ in JOINED_DEPS and verb.head.i != verb.i:
        verb = verb.head
        chain.append(verb)
    return chain


def _habit(match: Match) -> str | None:
    """An act in a present-tense temporal clause before a present main clause, or that main
    clause's own act in the simple present."""
    verb = match.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    chain = _governing(verb)
    reading = temporal_present(chain)
    if reading is not None:
        return None if reading.modality != "hypothetical" else f"{reading.cue}: no event"
    if not simple_present(chain[-1]):
        return None
    for clause in (c for c in chain[-1].children if c.dep_ == "advcl"):
        told = temporal_present([clause])
        if told is not None and told.modality == "hypothetical":
            return f"simple present under {clause.text!r}: {told.cue}, no event"
    return None


HABITUAL_CLAUSE_CHECKS: tuple[Callable[[Match], str | None], ...] = (_habit,)
