"""Appeals for a feeling: an exhortation, no request of a party.

"The archbishop urged a global warming of love", "called for prayers and forgiveness", "urged
kindness towards neighbours" ask for a feeling or a devotion (dictionary: love, compassion,
forgiveness "a feeling"; prayer "a request for help or expression of thanks addressed to God"),
not for an act or a policy of a party, which an appeal (CAMEO 02) or a demand (10) asks for:
"urged restraint", "called for talks", "urged Arnor to withdraw" stay. english.yaml's
`exhorted_feelings` holds the nouns; coding/events.py asks here once the parties are known.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.outcome import Rejected
from detente.lexicons.english import english

__all__ = ["reject_exhortation"]

# Dependency labels of what is asked for: the verb's object ("urged love"), its attribute.
ASKED_DEPS = frozenset({"dobj", "attr"})
# The preposition of what a call asks for ("called for prayers").
FOR = "for"
# The preposition by which a noun names its content ("a warming of love", "a spirit of love").
OF = "of"


def _asked(head: Token) -> Iterator[Token]:
    """What the appeal asks for: the verb's objects and the nouns after its first "for" (the
    next "for" names those it is for: "called for prayers for the victims")."""
    for child in head.children:
        if child.dep_ in ASKED_DEPS:
            yield from (child, *child.conjuncts)
    first = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == FOR), None)
    if first is not None:
        for obj in (c for c in first.children if c.dep_ == "pobj"):
            yield from (obj, *obj.conjuncts)


def _feeling(noun: Token) -> bool:
    """A feeling, or a noun of a feeling ("a global warming of love", "a spirit of love")."""
    feelings = english().senses.exhorted_feelings
    if noun.lemma_.lower() in feelings or noun.lower_ in feelings:
        return True
    contents = (o for c in noun.children if c.dep_ == "prep" and c.lower_ == OF
                for o in c.children if o.dep_ == "pobj")  # fmt: skip
    return any(o.lemma_.lower() in feelings or o.lower_ in feelings for o in contents)


def reject_exhortation(match: Match) -> Rejected | None:
    """A named rejection when an appeal asks only for feelings."""
    if match.cameo[:2] not in english().codes.request_roots or match.frame is not None:
        return None
    start, end = match.trigger
    if end - start > 1:
        return None  # "urged Arnor to withdraw", "called for talks": the act asked is the trigger's
    asked = list(_asked(match.head))
    if not asked or not all(_feeling(a) for a in asked):
        return None
    detail = f"{match.head.text!r} {asked[0].text!r}: a feeling exhorted, no request of a party"
    return Rejected(stage="code", reason="no-event-sense", detail=detail)
