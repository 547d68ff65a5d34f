"""Acts kept from happening, given to the one who kept them: "Kenyan police prevented an attack
on the embassy", "the plot was foiled by Gondorian police".

An event noun that a verb of forestalling takes as its object (english.yaml
`forestalling_verbs`: foil, thwart, avert, prevent, ...) names an act that was plotted or tried
and not done (claims.py reads it as aimed at). Whoever foiled it is the one act's opponent,
never its doer: when the parse finds no party of the act's own (none, or only the foiling
verb's subject or passive agent), it is no event, least of all the foiler's (as for
"prevented protesters from attacking", coding/prevented.py). An act with its own party ("foiled
an attack *by militants*") stays, told as aimed at. The framing stage drops such triggers with
the reason no-event-sense (coding/nonevents.py lists the checks, through generic_subjects.py).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.match import Match
from detente.lexicons.english import english

__all__ = ["FOILED_CHECKS"]

FOILED_DEPS = frozenset({"dobj", "nsubjpass"})  # "foiled an attack", "an attack was foiled"
SUBJECT_DEPS = frozenset({"nsubj"})


def _foilers(verb: Token) -> set[int]:
    """The foiling verb's subject and its passive agent ("thwarted *by police*")."""
    found = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
    agents = (c for c in verb.children if c.dep_ == "agent")
    found |= {o.i for a in agents for o in a.children if o.dep_ == "pobj"}
    return found


def _foiler_as_actor(match: Match) -> str | None:
    """The trigger is a noun a verb of forestalling takes, with no party but the foiler."""
    noun, actor = match.head, match.actor
    if noun.dep_ not in FOILED_DEPS or noun.head.i == noun.i:
        return None
    verb = noun.head
    if verb.lemma_.lower() not in english().senses.forestalling_verbs:
        return None
    if actor is not None and actor.i not in _foilers(verb):
        return None  # "foiled an attack by militants": the militants' act, aimed at
    return f"{noun.text!r} {verb.text!r} with no party of its own: no act of the foiler"


FOILED_CHECKS: tuple[Callable[[Match], str | None], ...] = (_foiler_as_actor,)
