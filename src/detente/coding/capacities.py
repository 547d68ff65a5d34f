"""Acts named only as a party's capacity: "limit Mordor's ability to launch attacks", "Gondor has
the capability to strike Arnor", "sanctions curb its capacity to fund the rebels".

An infinitive on a noun of capacity (dictionary: ability "the power or skill to do something";
capacity, capability "the ability to do a particular thing") names what a party could do, not
an act done, planned or announced: a capacity is a standing state, no event
(eval/judged/README.md: a general or standing statement coded as an event is wrong). Who holds
it is often another party than the clause's subject ("Israeli jets struck, aiming to limit
their ability to fire rockets": the rockets are not Israel's), so coding it would also give the
act to the wrong party. english.yaml's `capacity_nouns` holds the nouns; the framing stage
drops such triggers with the reason no-event-sense (coding/nonevents.py lists the checks,
through generic_subjects.py).
"""

from __future__ import annotations

from collections.abc import Callable

from detente.coding.match import Match
from detente.lexicons.english import english

__all__ = ["CAPACITY_CHECKS"]

INFINITIVE_TAG = "VB"  # "to *fire*": the bare form after "to"
INFINITIVE_MARK = "to"


def _capacity(match: Match) -> str | None:
    """The trigger is an infinitive on a noun of capacity ("ability to fire rockets")."""
    verb = match.head
    if verb.dep_ != "acl" or verb.tag_ != INFINITIVE_TAG or verb.head.i == verb.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == INFINITIVE_MARK for c in verb.children):
        return None
    noun = verb.head
    if noun.lemma_.lower() not in english().senses.capacity_nouns:
        return None
    return f"{verb.text!r} names {noun.text!r}: a capacity, no act"


CAPACITY_CHECKS: tuple[Callable[[Match], str | None], ...] = (_capacity,)
