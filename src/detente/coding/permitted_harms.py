"""Harm permitted: allowing, permitting or tolerating violence is no concession.

"Gondor chose to allow the killing of civilians", "the king permitted the torture of prisoners"
and "the army allowed the militia to burn villages" use the verbs of a concession (CAMEO 08
"yield": a party gives way to another's demand) for leaving people to harm: no party is yielded
to, and the violence, when the sentence tells it as an act ("to burn villages"), is coded as its
own event. "Allowed inspectors to visit the site" and "allowed Arnor to open an embassy" stay
concessions. The framing stage drops such triggers with the reason no-event-sense.
"""

from __future__ import annotations

from collections.abc import Callable

from detente.coding.match import Match
from detente.coding.sense_words import is_word, lemma
from detente.lexicons.english import english

__all__ = ["PERMITTED_HARM_CHECKS"]

# Labels of what a verb of permitting allows: its object ("allowed the killing") and the clause
# of the act allowed ("allowed the militia to burn", "let them loot").
ALLOWED_DEPS = frozenset({"dobj", "xcomp", "ccomp"})


def _harm_permitted(match: Match) -> str | None:
    """ "allowed the killing of civilians", "let the militia burn villages": violence allowed
    yields to no one."""
    senses = english().senses
    head = match.head
    if match.cameo[:2] not in senses.concession_roots:
        return None
    if lemma(head) not in senses.harm_permitting_verbs:
        return None
    for allowed in (c for c in head.children if c.dep_ in ALLOWED_DEPS):
        harm = senses.permitted_harm_verbs if allowed.pos_ == "VERB" else senses.permitted_harms
        if is_word(allowed, harm):
            return f"{head.text!r} {allowed.text!r}: harm permitted, no concession"
    return None


PERMITTED_HARM_CHECKS: tuple[Callable[[Match], str | None], ...] = (_harm_permitted,)
