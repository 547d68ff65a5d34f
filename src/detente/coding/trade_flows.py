"""A trade flow described: goods that a country buys or sells as a rule are no act.

"Japan imports nearly all of its oil from Saudi Arabia", "Kenya, which imports most of its wheat
from Russia, ..." and "products imported from China" use the verbs of trade for a standing flow
of goods, told in the simple present or by a participle on the goods: no party acts (CAMEO 061
"cooperate economically" is an act of a party). A particular import told as done ("imported
arms from Arnor last week") or decided ("will import", "agreed to import") stays. The framing
stage drops such triggers with the reason no-event-sense.
"""

from __future__ import annotations

from collections.abc import Callable

from detente.coding.match import Match
from detente.coding.sense_words import is_word
from detente.lexicons.english import english

__all__ = ["TRADE_FLOW_CHECKS"]

# Fine tags of the simple present: "Japan imports", "they export".
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# The tag the parser gives a present "-s" verb it reads as a plural noun ("Japan *imports* oil"):
# with a subject of its own it is the verb.
MISREAD_PRESENT = "NNS"
# Labels of a participle that describes a noun: "products *imported* from China".
DESCRIBING_DEPS = frozenset({"acl", "amod"})


def _standing_trade(match: Match) -> str | None:
    """ "Japan imports its oil from Saudi Arabia", "goods exported to Arnor": a flow of goods
    described, no economic cooperation."""
    senses = english().senses
    head = match.head
    if match.cameo not in senses.trade_codes or match.frame is not None:
        return None
    if not is_word(head, senses.trade_flow_verbs):
        return None
    if head.dep_ in DESCRIBING_DEPS and head.tag_ == "VBN":
        return f"goods {head.text!r}: a trade flow described, no act"
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass", "neg")]
    present = head.tag_ in PRESENT_TAGS or (
        head.tag_ == MISREAD_PRESENT and any(c.dep_ == "nsubj" for c in head.children)
    )
    if present and not aux:
        return f"{head.text!r} in the simple present: a standing trade flow, no act"
    return None


TRADE_FLOW_CHECKS: tuple[Callable[[Match], str | None], ...] = (_standing_trade,)
