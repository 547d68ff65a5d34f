"""Modality of an event: asserted, negated, hypothetical, future or historical."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.lexicons.english import EnglishWords, english


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


@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    """An event's modality, the cue that decided it, and whether the act is only aimed at."""

    modality: str
    cue: str
    aimed: bool = False  # tried, plotted, or the purpose of another act: not an announced intent
    ahead: bool = False  # the act lies after the telling (future, or an intent announced)


def code_modality(trigger: Token, *, frame: Token | None = None) -> str:
    """Classify the event's modality from the auxiliaries and markers of its clause."""
    return read_modality(trigger, frame=frame).modality


def read_modality(trigger: Token, *, frame: Token | None = None) -> Reading:
    """The event's modality and the cue that decided it ("negated: 'not' on 'heeded'")."""
    words = english().words
    chain = _chain(trigger, frame)
    children = [c for tok in chain for c in tok.children]
    negation = _negation(children, words.negators)
    if negation is not None:
        return Reading(modality="negated", cue=_cue(negation))
    for c in children:
        if (c.dep_ == "mark" and c.lower_ in words.conditional_marks) or (
            c.dep_ == "aux" and c.lower_ in words.hypothetical_aux
        ):
            return Reading(modality="hypothetical", cue=_cue(c))
    aimed = _aimed_at([t for t in chain if frame is None or t.i != frame.i], words)
    if aimed is not None:
        return Reading(modality="hypothetical", cue=aimed, aimed=True)
    for c in children:
        if c.dep_ == "aux" and c.lower_ in words.future_aux:
            return Reading(modality="future", cue=_cue(c), ahead=True)
    for tok in chain:
        governor = tok.head.lemma_.lower() if tok.dep_ == "xcomp" else ""
        if governor in words.future_governors:
            return Reading(modality="future", cue=f"complement of {tok.head.text!r}", ahead=True)
        if governor in words.intent_governors:
            cue = f"complement of {tok.head.text!r}: an intent, not an act"
            return Reading(modality="hypothetical", cue=cue, ahead=True)
    past_perfect = next(
        (c for c in trigger.children if c.dep_ == "aux" and c.lower_ == "had"), None
    )
    if trigger.tag_ == "VBN" and past_perfect is not None:
        # Past perfect marks background told before the story's own events.
        return Reading(modality="historical", cue=f"past perfect {_cue(past_perfect)}")
    return Reading(
        modality="asserted", cue="no negation, condition, modal or future marker on the clause"
    )


def _aimed_at(chain: list[Token], words: EnglishWords) -> str | None:
    """An act that is only aimed at: the complement of "tried", "plotted", "plans", or an
    infinitive of purpose ("sent troops to quell …", "a unit set up to investigate", "a plan to
    attack"). None when the act is told as done."""
    for tok in chain:
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in words.attempt_governors:
            return f"complement of {tok.head.text!r}: attempted, not done"
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if infinitive and tok.dep_ in ("advcl", "acl"):
            return f"infinitive of purpose {('to ' + tok.text)!r} on {tok.head.text!r}"
    return None


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
