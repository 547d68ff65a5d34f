"""Acts named only as a party's capacity: "limit Mordor's ability to launch attacks", "Gondor has
the capability to strike Arnor", "sanctions curb its capacity to fund the rebels".

An infinitive on a noun of capacity (dictionary: ability "the power or skill to do something";
capacity, capability "the ability to do a particular thing") names what a party could do, not
an act done, planned or announced: a capacity is a standing state, no event
(eval/judged/README.md: a general or standing statement coded as an event is wrong). Who holds
it is often another party than the clause's subject ("Israeli jets struck, aiming to limit
their ability to fire rockets": the rockets are not Israel's), so coding it would also give the
act to the wrong party. A power or a right to act (dictionary: power "the legal authority to
do something"; right "a legal entitlement to have or do something") is such a state too: "the
police have powers to ban protests", "the army has the power to arrest civilians". A power used
("used its powers to detain critics", "exercised their authority to arrest him") tells the act
done, and "reserves the right to respond" is a warning (CAMEO 13): both are left alone. A
gerund after "of" on a noun of habit (dictionary: history "a past record of a particular kind
of behaviour"; habit, practice, tradition, track record) names what a party does as a rule:
"the police have a history of attacking protesters" is a standing statement too.
english.yaml's `capacity_nouns`, `entitlement_nouns`, `entitlement_verbs` and `habit_nouns` hold
the words; the
framing stage drops such triggers with the reason no-event-sense (coding/nonevents.py lists the
checks, through generic_subjects.py).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.match import Match
from detente.lexicons.english import english

__all__ = ["CAPACITY_CHECKS"]

INFINITIVE_TAG = "VB"  # "to *fire*": the bare form after "to"
INFINITIVE_MARK = "to"
GERUND_TAG = "VBG"  # "a history of *attacking*"
# Labels the parser gives an infinitive that complements the noun before it: an adverbial clause
# of the noun's verb ("gave the police powers to detain") or a clause subject ("powers to detain
# suspects were too broad").
LOOSE_DEPS = frozenset({"advcl", "csubj"})


def _capacity(match: Match) -> str | None:
    """The trigger is an infinitive on a noun of capacity ("ability to fire rockets")."""
    verb = match.head
    if verb.tag_ != INFINITIVE_TAG or verb.head.i == verb.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == INFINITIVE_MARK for c in verb.children):
        return None
    noun = _holder(verb)
    if noun is None:
        return None
    senses = english().senses
    if noun.lemma_.lower() not in senses.capacity_nouns | senses.entitlement_nouns:
        return None
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in senses.entitlement_verbs:
        return None  # senses18: "used its powers to detain", "reserves the right to respond"
    return f"{verb.text!r} names {noun.text!r}: a capacity, no act"


def _holder(verb: Token) -> Token | None:
    """The noun the infinitive complements: its head when the parser hangs it there ("ability
    *to fire*"), or the noun just before "to" when the parser hangs the infinitive on the verb
    or makes it a clause subject ("questioned the police's powers to detain", "powers to detain
    suspects were too broad": senses18)."""
    if verb.dep_ == "acl":
        return verb.head
    if verb.dep_ not in LOOSE_DEPS or verb.i < 2:
        return None
    before = verb.doc[verb.i - 2]
    return before if before.pos_ == "NOUN" and verb.doc[verb.i - 1].lower_ == "to" else None


def _habit(match: Match) -> str | None:
    """senses18: the trigger is a gerund after "of" on a noun of habit ("a history of attacking
    protesters", "a practice of detaining critics")."""
    noun = _of_gerund_noun(match)
    if noun is None or noun.lemma_.lower() not in english().senses.habit_nouns:
        return None
    return f"{match.head.text!r} names {noun.text!r}: what a party does as a rule, no act"


def _weighed(match: Match) -> str | None:
    """lead25: the trigger is a gerund after "of" on a noun that weighs an activity ("the cost
    of sending troops", "the idea of holding talks"): the activity is costed or considered,
    not done."""
    noun = _of_gerund_noun(match)
    if noun is None or noun.pos_ != "NOUN":
        return None
    if noun.lemma_.lower() not in english().senses.weighing_nouns:
        return None
    return f"{match.head.text!r} names what {noun.text!r} weighs: an activity considered, no act"


def _of_gerund_noun(match: Match) -> Token | None:
    """The noun whose "of" phrase the trigger, a gerund, fills ("a history *of attacking*")."""
    verb = match.head
    if verb.tag_ != GERUND_TAG or verb.dep_ != "pcomp" or verb.head.lower_ != "of":
        return None
    return verb.head.head


CAPACITY_CHECKS: tuple[Callable[[Match], str | None], ...] = (_capacity, _habit, _weighed)
