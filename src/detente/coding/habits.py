"""Habits told in the simple present or the perfect: "police arrest hundreds of dealers every
year", "the Kenyan police routinely arrest journalists".

A time noun after "every" or "each" ("every year", "each week") tells how often something is
done (a frequency adverbial, like "routinely"): with the simple present or the perfect it tells
a custom, no act of the story. The tagger sometimes reads a present verb after its subject as a
bare form ("police routinely *arrest*": VB); with a subject and no auxiliary or "to" it is the
simple present. Read by modality.py's standing stances.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english

# Verb forms of the simple present ("arrests", "arrest").
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Dependencies by which a time noun tells how often ("every year": npadvmod).
FREQUENCY_DEPS = frozenset({"npadvmod", "tmod", "obl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def simple_present(verb: Token) -> bool:
    """ "opposes", "oppose", or a bare form with a subject of its own and no auxiliary, mark or
    "to" ("police routinely arrest", tagged VB)."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.tag_ in PRESENT_TAGS:
        return True
    own = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    marked = any(c.dep_ == "mark" for c in verb.children)
    return verb.tag_ == "VB" and own and not marked


def frequency(verb: Token) -> Token | None:
    """ "every year", "each week" on the verb: the time noun that tells how often."""
    senses = english().senses
    for c in verb.children:
        if c.dep_ not in FREQUENCY_DEPS or c.lemma_.lower() not in senses.habitual_periods:
            continue
        if any(d.dep_ == "det" and d.lower_ in senses.habitual_determiners for d in c.children):
            return c
    return None


def tendency(verb: Token) -> Token | None:
    """senses18: the verb of tendency in the simple present whose infinitive the verb is: "the
    government *tends* to blame the opposition" tells a habit, like "usually" ("tended to blame"
    in the past is left to the other readings)."""
    tending = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else None
    if tending is None or tending.lemma_.lower() not in english().senses.tendency_verbs:
        return None
    return tending if simple_present(tending) else None
