"""Modality of an event: asserted, negated, hypothetical, future or historical."""

from __future__ import annotations

from spacy.tokens import Token

NEGATORS = frozenset({"not", "n't", "never", "no"})
# "must"/"ought to" urge an act ("we must fight together"); none of them reports one.
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "must", "ought"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
# Verbs whose infinitive complement has not happened yet ("plans to visit").
FUTURE_GOVERNORS = frozenset({"plan", "intend", "expect", "prepare", "aim", "hope", "want", "seek"})


def _chain(trigger: Token, frame: Token | None) -> list[Token]:
    """The trigger and the verbs that govern it through xcomp/conj, up to its clause."""
    tokens = [trigger]
    current = trigger
    while current.dep_ in ("xcomp", "conj") and current.head.i != current.i:
        current = current.head
        tokens.append(current)
    if frame is not None and frame not in tokens:
        tokens.append(frame)
    return tokens


def code_modality(trigger: Token, *, frame: Token | None = None) -> str:
    """Classify the event's modality from the auxiliaries and markers of its clause."""
    chain = _chain(trigger, frame)
    children = [c for tok in chain for c in tok.children]
    if any(
        c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("advmod", "det")) for c in children
    ):
        return "negated"
    if any(c.lower_ == "longer" and c.i > 0 and c.nbor(-1).lower_ == "no" for c in children):
        return "negated"  # "will no longer tolerate"
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in children) or any(
        c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in children
    ):
        return "hypothetical"
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in children):
        return "future"
    if any(tok.dep_ == "xcomp" and tok.head.lemma_ in FUTURE_GOVERNORS for tok in chain):
        return "future"
    if trigger.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children
    ):
        # Past perfect marks background told before the story's own events.
        return "historical"
    return "asserted"
