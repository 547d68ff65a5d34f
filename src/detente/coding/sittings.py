"""A body's own scheduled sitting: "the cabinet meets on Friday" consults no one.

CAMEO 04 ("consult") and 036 ("express intent to meet or negotiate") are acts between parties.
A deliberative body, or its members, that will meet or convene a session with no partner named
("the cabinet meets on Friday", "lawmakers will convene sessions next week", "lawmakers prepare
to meet again") is sitting as itself, on its calendar: no meeting with anyone is intended. A
partner named ("the cabinet meets with union leaders"), two parties joined ("Arnorian and
Gondorian lawmakers will meet"), a body shared by parties ("the joint commission") or a body
that is not one of the sitting bodies ("the two leaders will meet") keep the consultation.
A sitting told as past ("the cabinet met Sunday and decided") is left as it is: the sitting
where a decision was taken. The framing stage drops a scheduled sitting as no-event-sense.

mainev14: a group of one party meets as itself too ("striking dockers will meet today to
consider action", "the union's executive will meet to decide on a strike"): a labour union and
its organs, its striking members, an association's governing body sit on their own business.
Counted groups ("the two unions will meet") are parties meeting each other and stay.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.mutual_parties import counts_parties
from detente.lexicons.english import english

__all__ = ["SITTING_CHECKS", "sits_alone"]

# Fine tags of a verb told as past: "met", "has met".
PAST_TAGS = frozenset({"VBD", "VBN"})
# Labels of the words that say whose body it is ("*Kenyan* lawmakers", "*the city's* council"):
# two of them joined ("Israeli and Palestinian lawmakers") name two parties.
OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _shared(body: Token) -> bool:
    """ "Israeli and Palestinian lawmakers", "the joint commission": the body's members come
    from two parties, or it is one that parties share."""
    shared = english().senses.shared_body_words
    return any(
        c.dep_ in OWNER_DEPS and (c.conjuncts or c.lower_ in shared) for c in body.children
    )


def _partnered(head: Token) -> bool:
    """The meeting names a partner: "met *with* the unions", "talks *between* ..."."""
    partners = english().senses.partner_preps
    return any(c.dep_ == "prep" and c.lower_ in partners for c in head.children)


def _one_group(body: Token) -> bool:
    """ "the union", "the executive", "striking dockers": a group of one party that meets as
    itself, unless it counts its members as parties ("the two unions")."""
    senses = english().senses
    named = {body.lemma_.lower(), body.lower_} & senses.own_meeting_groups
    striking = any(
        c.dep_ == "amod" and c.lower_ in senses.own_meeting_modifiers for c in body.children
    )
    return (bool(named) or striking) and not counts_parties(body)


def sits_alone(match: Match) -> bool:
    """Whether the match is a sitting body's meeting with no partner named, whatever its tense
    ("the parliament met in a special session on the crisis"): recip14 reads no recipient into
    it beyond the pattern's slot (the topic of a sitting is no partner)."""
    senses = english().senses
    body = match.actor
    if match.cameo not in senses.sitting_codes or match.recipient is not None or body is None:
        return False
    if not ({body.lemma_.lower(), body.lower_} & senses.sitting_bodies or _one_group(body)):
        return False
    return not (body.conjuncts or _shared(body) or _partnered(match.head))


def _own_sitting(match: Match) -> str | None:
    """ "the cabinet meets on Friday", "lawmakers will convene sessions": one body sitting
    on its calendar with no partner, no consultation."""
    if match.head.tag_ in PAST_TAGS or not sits_alone(match):
        return None
    body = match.actor
    assert body is not None  # sits_alone holds only with a body
    return f"{body.text!r} {match.head.text!r} with no partner: a body's own sitting, no meeting"


SITTING_CHECKS: tuple[Callable[[Match], str | None], ...] = (_own_sitting,)
