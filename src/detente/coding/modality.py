"""Modality of an event: asserted, negated, hypothetical, future or historical."""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english


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
    return read_modality(trigger, frame=frame)[0]


def read_modality(trigger: Token, *, frame: Token | None = None) -> tuple[str, str]:
    """The event's modality and the cue that decided it ("negated: 'not' on 'heeded'")."""
    words = english().words
    chain = _chain(trigger, frame)
    children = [c for tok in chain for c in tok.children]
    negation = _negation(children, words.negators)
    if negation is not None:
        return "negated", _cue(negation)
    for c in children:
        if (c.dep_ == "mark" and c.lower_ in words.conditional_marks) or (
            c.dep_ == "aux" and c.lower_ in words.hypothetical_aux
        ):
            return "hypothetical", _cue(c)
    for c in children:
        if c.dep_ == "aux" and c.lower_ in words.future_aux:
            return "future", _cue(c)
    for tok in chain:
        if tok.dep_ == "xcomp" and tok.head.lemma_ in words.future_governors:
            return "future", f"complement of {tok.head.text!r}"
    past_perfect = next(
        (c for c in trigger.children if c.dep_ == "aux" and c.lower_ == "had"), None
    )
    if trigger.tag_ == "VBN" and past_perfect is not None:
        # Past perfect marks background told before the story's own events.
        return "historical", f"past perfect {_cue(past_perfect)}"
    return "asserted", "no negation, condition, modal or future marker on the clause"


def _negation(children: list[Token], negators: frozenset[str]) -> Token | None:
    """The word that negates the clause: "not", "never", or "no longer"."""
    for c in children:
        if c.dep_ == "neg" or (c.lower_ in negators and c.dep_ in ("advmod", "det")):
            return c
    for c in children:
        if c.lower_ == "longer" and c.i > 0 and c.nbor(-1).lower_ == "no":
            return c  # "will no longer tolerate"
    return None


def _cue(token: Token) -> str:
    return f"{token.text!r} ({token.dep_}) on {token.head.text!r}"
