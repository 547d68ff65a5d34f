"""Acts that a negative determiner says were not done: "Gondor sent *no* troops to Arnor",
"gave *no* aid", "held *no* talks with", "*no* sanctions were imposed", and what a noun with
"no" did not set in train: "has given *no* order to withdraw its troops", "has *no* plans to
attack". English negates the act through its object as through "not" ("did not send troops"):
the event is negated. A "no" inside a quantity ("no fewer than 20 soldiers") or a compound
("a no-fly zone") is no determiner of the object and negates nothing."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.reading import Reading
from detente.coding.syntax import is_to_infinitive
from detente.lexicons.english import english

NOUNS = frozenset({"NOUN", "PROPN"})  # parts of speech of the noun the infinitive hangs on
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})  # "sent no troops", "no troops were sent"
HYPHEN = "-"  # "no-fly zone": a compound word, no determiner


def none_given(trigger: Token) -> Reading | None:
    """Negated when the trigger is the infinitive of a noun that a negative determiner denies
    ("no order to withdraw", "no plans to attack"): no order, plan or decision to do it."""
    if trigger.dep_ != "acl" or not is_to_infinitive(trigger) or trigger.head.i == trigger.i:
        return None
    noun = trigger.head
    det = _negative_determiner(noun) if noun.pos_ in NOUNS else None
    if det is None:
        return None
    cue = f"{det.text!r} (det) on {noun.text!r}: no {noun.text} to {trigger.text}, not done"
    return Reading(modality="negated", cue=cue, aimed=True)


def none_done(trigger: Token) -> Reading | None:
    """Negated when the trigger verb's object (or passive subject) has a negative determiner:
    "sent no troops", "imposed no sanctions", "arrested no one", "no talks were held"."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return None
    for obj in (c for c in trigger.children if c.dep_ in OBJECT_DEPS):
        det = _negative_determiner(obj)
        if det is not None:
            return Reading(modality="negated", cue=f"{det.text!r} (det) on {obj.text!r}")
    return None


def _negative_determiner(noun: Token) -> Token | None:
    negative = english().senses.negative_determiners
    for c in noun.children:
        if c.dep_ != "det" or c.lower_ not in negative or c.i > noun.i:
            continue
        following = noun.doc[c.i + 1] if c.i + 1 < len(noun.doc) else None
        if following is not None and following.text == HYPHEN:
            continue  # "no-fly zones"
        return c
    return None
