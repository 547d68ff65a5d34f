"""Acts told as decided by a decision named with "the" or an owner: "the Gondorian decision to
expel the diplomats", "Arnor's decision to close the consulate".

An infinitive on a noun usually names an act only aimed at ("a plan to attack", "a move to
expel"). A decision named as a definite thing ("the decision", "its decision", "Gondor's
decision") was taken (dictionary: decision "a conclusion or resolution reached after
consideration"), and the act it is about is told as decided, as "Gondor decided to expel" is:
not a hypothetical. The decision's own clause still tells whether it was taken ("will announce
its decision to expel" lies ahead). "A decision to expel could come soon" (no article of
definiteness, no owner) stays an act aimed at. english.yaml's `decision_nouns` holds the words.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.reading import Reading
from detente.coding.syntax import is_to_infinitive
from detente.lexicons.english import english

__all__ = ["decided_act"]

# Labels of an infinitive that names a noun's content ("the decision *to expel*").
CONTENT_DEPS = frozenset({"acl", "advcl"})
# Modalities of the decision's own clause that the act decided shares.
UNTAKEN = frozenset({"future", "hypothetical", "negated"})
Reader = Callable[[Token], Reading]


def decided_act(chain: list[Token], read: Reader) -> Reading | None:
    """The reading of an act that a definite or owned decision's infinitive names ("the
    Gondorian decision *to expel*"): as the decision is told, asserted when it was taken."""
    for tok in chain:
        decision = tok.head
        if tok.dep_ not in CONTENT_DEPS or not is_to_infinitive(tok) or decision.i == tok.i:
            continue
        if not _taken_decision(decision):
            continue
        told = read(decision)
        if told.modality in UNTAKEN:
            cue = f"decided by {decision.text!r}: {told.cue}"
            return Reading(modality=told.modality, cue=cue, ahead=told.ahead, as_told=True)
        cue = f"{decision.text!r} to {tok.text!r}: the act decided, told as taken"
        return Reading(modality="asserted", cue=cue, as_told=True)
    return None


def _taken_decision(noun: Token) -> bool:
    """ "the decision", "its decision", "Gondor's decision": a decision noun that is definite
    or owned."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in english().senses.decision_nouns:
        return False
    definite = english().words.definite
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in definite) for c in noun.children
    )
