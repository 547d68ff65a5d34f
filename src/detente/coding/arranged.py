"""Acts told as arranged or imminent: "is due to visit", "are to sign", "the aim is to"."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.blame import blame_idiom
from detente.coding.reading import Reading
from detente.coding.syntax import is_to_infinitive
from detente.lexicons.english import english


def imminent(chain: list[Token]) -> Reading | None:
    """ "Merkel is due to visit China", "Israel is about to attack": the complement of a word
    of imminence lies ahead; it has not happened. Told in the past ("were poised to support")
    it was near then: whether it happened the clause does not say."""
    near = english().senses.imminent_words
    for tok in chain:
        governor = tok.head
        if tok.dep_ == "xcomp" and governor.lemma_.lower() in english().senses.likelihood_words:
            cue = f"complement of {governor.text!r}: a likelihood, not an act"
            return Reading(modality="hypothetical", cue=cue, as_told=True)
        if tok.dep_ == "xcomp" and (governor.lower_ in near or governor.lemma_ in near):
            if _told_past(governor):  # "were poised to support … changed their minds"
                cue = f"complement of {governor.text!r} told in the past: near then, not done"
                return Reading(modality="hypothetical", cue=cue)
            return Reading(modality="future", cue=f"complement of {governor.text!r}", ahead=True)
        if tok.dep_ == "xcomp" and _arranged(tok, governor):
            cue = f"{governor.text!r} + to-infinitive: arranged, not told as done"
            if _aim_subject(governor):
                cue = f"{governor.text!r} + to-infinitive after an aim: aimed at, not done"
                return Reading(modality="hypothetical", cue=cue, as_told=True)
            if governor.tag_ == "VBD":
                return Reading(modality="hypothetical", cue=cue, as_told=True)
            return Reading(modality="future", cue=cue, ahead=True, as_told=True)
    return None


def _aim_subject(governor: Token) -> bool:
    """ "the aim is to encourage", "the plan was to attack": the subject names an aim."""
    aims = english().senses.aim_nouns
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in aims for c in governor.children)


def _arranged(clause: Token, governor: Token) -> bool:
    """ "are to sign", "was to visit": an infinitive whose governor is a form of "be" ("is to
    blame" is an idiom of judgement, nothing arranged)."""
    if governor.lemma_.lower() not in english().senses.arrangement_verbs or blame_idiom(clause):
        return False
    return is_to_infinitive(clause)


def _told_past(governor: Token) -> bool:
    """ "was due", "were poised", "poised" as a past verb: the word of imminence in the past."""
    if governor.tag_ == "VBD":
        return True
    be = [c for c in governor.children if c.dep_ in ("aux", "auxpass")]
    if governor.dep_ == "acomp":
        be.append(governor.head)
    return any(b.tag_ == "VBD" for b in be)
