"""Clauses whose mood tells no act done: a main clause under a condition ("If the talks fail,
Mordor attacks"), what an outcome verb secures
("to ensure that the court hands down a verdict"), what one party hopes or expects another
will do, what a party is allowed to do, and what a "that" clause in the mandative subjunctive
requires ("insisted that Gondor release them") (read by modality.py)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.governed import verb_lemma
from detente.coding.reading import Reading
from detente.coding.syntax import is_to_infinitive
from detente.lexicons.english import english

SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# Verb forms of a main clause that a condition can hang on and still tell nothing done: the
# simple present ("If the talks fail, Mordor attacks") and the bare form ("If …, attack").
CONDITIONED_TAGS = frozenset({"VBZ", "VBP", "VB"})


def conditioned(chain: list[Token]) -> Reading | None:
    """ "If the talks fail, Mordor attacks Gondor": a main clause in the simple present under an
    "if" clause tells what would follow the condition, not an act done. Clauses with a modal or
    "will" are read by their auxiliary; the past ("if he was there, he saw it") is left alone."""
    marks = english().senses.condition_marks
    for tok in chain:
        if tok.tag_ not in CONDITIONED_TAGS or any(c.dep_ == "aux" for c in tok.children):
            continue
        condition = next((c for c in tok.children if c.dep_ == "advcl" and _marked(c, marks)), None)
        if condition is not None:
            cue = f"under the condition {condition.text!r} ({_mark(condition)!r}): not told as done"
            return Reading(modality="hypothetical", cue=cue, as_told=True)
    return None


def outcome_of(trigger: Token, read: Callable[[Token], Reading]) -> Reading | None:
    """ "to ensure that the court hands down a verdict", "will guarantee that the rebels
    disarm": what a verb of securing an outcome secures is no more done than that verb's act
    (``read`` tells it); it is another party's act, kept as told."""
    governor = trigger.head
    if trigger.dep_ != "ccomp" or governor.i == trigger.i:
        return None
    if governor.lemma_.lower() not in english().senses.outcome_verbs:
        return None
    reading = read(governor)
    if reading.modality == "asserted":
        return None
    cue = f"secured by {governor.text!r}: {reading.cue}"
    return Reading(modality=reading.modality, cue=cue, ahead=reading.ahead, as_told=True)


def wished(trigger: Token, frame: Token | None) -> Reading | None:
    """ "Arnor hopes that Gondor will lift the ban", "officials expect that Mordor will
    attack": another party's act hoped for or expected, even with its own "will", is no intent
    that party announced; it keeps its code. A speaker's hope for itself ("hopes it will sign")
    stays its own intent."""
    governor = trigger.head
    if trigger.dep_ != "ccomp" or governor.i == trigger.i:
        return None
    if frame is not None and governor.i == frame.i:
        return None
    words, lemma = english().words, verb_lemma(governor)
    ahead = lemma in words.future_governors
    if not (ahead or lemma in words.intent_governors) or _own_subject(trigger, governor):
        return None
    modal = next((c for c in trigger.children if c.dep_ == "aux" and c.lower_ in _modals()), None)
    if modal is None:
        return None
    told = "expected" if ahead else "hoped for"
    cue = f"{told} by {governor.text!r} ({modal.text!r}): another's act, not done"
    modality = "future" if ahead else "hypothetical"
    return Reading(modality=modality, cue=cue, ahead=ahead, as_told=True)


def permitted(chain: list[Token], frame: Token | None) -> Reading | None:
    """ "the bill would allow police to detain suspects", "lets the city begin talks": what
    a party is allowed to do is not told as done (a frame coding the permission keeps its own
    complement)."""
    verbs = english().senses.permission_verbs
    for tok in chain:
        governor = tok.head
        if tok.dep_ not in ("xcomp", "ccomp") or governor.i == tok.i:
            continue
        if frame is not None and governor.i == frame.i:
            continue
        if verb_lemma(governor) in verbs and (is_to_infinitive(tok) or _bare(tok)):
            cue = f"complement of {governor.text!r}: permitted, not told as done"
            return Reading(modality="hypothetical", cue=cue, as_told=True)
    return None


def mandated(trigger: Token, frame: Token | None) -> Reading | None:
    """ "Arnor insisted that Gondor release the prisoners", "it is vital that the army
    withdraw": a "that" clause in the mandative subjunctive (a singular subject with the bare
    verb, no auxiliary) under a word of demand, proposal or necessity tells what is required,
    not an act done ("insisted that Gondor releases them" tells a fact); it keeps its code."""
    governor = trigger.head
    if trigger.dep_ != "ccomp" or governor.i == trigger.i or trigger.tag_ not in ("VB", "VBP"):
        return None
    if frame is not None and governor.i == frame.i:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return None
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None or not _third_singular(subject):
        return None
    words = english().senses.mandative_governors
    said = [governor, *(c for c in governor.children if c.dep_ == "acomp")]
    word = next((t for t in said if t.lemma_.lower() in words), None)
    if word is None:
        return None
    cue = f"subjunctive {trigger.text!r} required by {word.text!r}: not told as done"
    return Reading(modality="hypothetical", cue=cue, as_told=True)


def _third_singular(subject: Token) -> bool:
    """A subject whose present verb would end in -s: a singular noun or "he", "she", "it"."""
    if subject.pos_ == "PRON":
        return subject.lower_ in english().senses.third_singular_pronouns
    return subject.tag_ in ("NN", "NNP")


def _bare(verb: Token) -> bool:
    """ "lets the city begin": a bare infinitive, with no tense or auxiliary of its own (the
    parser makes the one let its subject)."""
    own = ("aux", "auxpass", "mark")
    return verb.tag_ == "VB" and not any(c.dep_ in own for c in verb.children)


def _modals() -> frozenset[str]:
    words = english().words
    return words.future_aux | words.hypothetical_aux


def _own_subject(clause: Token, governor: Token) -> bool:
    """ "Gondor hopes it will sign", "we expect we will win": the clause's subject is the one
    hoping (a pronoun, or the same word)."""
    inner = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    outer = next((c for c in governor.children if c.dep_ in SUBJECTS), None)
    if inner is None or inner.pos_ == "PRON":
        return True
    return outer is not None and inner.lower_ == outer.lower_


def _marked(clause: Token, marks: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _mark(clause: Token) -> str:
    return next((c.text for c in clause.children if c.dep_ == "mark"), "")


def object_controller(trigger: Token) -> Token | None:
    """ "Hezbollah wants to force Israel to withdraw", "Gondor will allow Arnor to attack": an
    infinitive whose doer is the object of the verb above (English object control) is what
    that verb's subject would have the object do; a modal, wish or plan on the clause is the
    subject's, never the object's intent (claims14). The controlling verb, or None."""
    if trigger.dep_ != "xcomp" or trigger.head.i == trigger.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return None
    governor = trigger.head
    return governor if any(c.dep_ == "dobj" for c in governor.children) else None
