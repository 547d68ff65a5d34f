"""Event nouns told as lying ahead by the clause they are part of: "a meeting is planned for
March", "talks are expected to take place next week", "a summit, which officials hope will take
place in May". The noun names a meeting (or any act) hoped for, planned or expected; English
tells that it has not happened yet, so it is no act done, and it keeps its own code (the hope or
the plan is not the parties' announced intent).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from detente.coding.reading import Reading
from detente.lexicons.english import english

NOUNS = frozenset({"NOUN", "PROPN"})
UNDONE = frozenset({"hypothetical", "future"})
RELATIVE_DEPS = frozenset({"nsubj", "nsubjpass"})  # the pronoun as the verb's subject
PRESENT_TAGS = frozenset({"VBZ", "VBP", "MD"})  # "is planned", "are expected", "will be held"
Reader = Callable[[Token], Reading]


def planned_noun(trigger: Token) -> Reading | None:
    """ "a meeting is planned for March", "talks are scheduled for Monday", "a summit is expected
    to take place": an event noun that is the passive subject of a verb of planning, expecting
    or hoping, told in the present, lies ahead. The past ("the attack was planned in Gondor") may
    tell a plan carried out and is left alone."""
    if trigger.pos_ not in NOUNS or trigger.dep_ != "nsubjpass" or trigger.head.i == trigger.i:
        return None
    verb = trigger.head
    lemma = verb.lemma_.lower()
    words = english().words
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.tag_ in PRESENT_TAGS for a in aux):
        return None
    if lemma in words.future_governors:
        cue = f"subject of {verb.text!r}: expected, not done"
        return Reading(modality="future", cue=cue, ahead=True, as_told=True)
    if lemma in words.intent_governors or lemma in words.plan_verbs:
        cue = f"subject of {verb.text!r}: planned, not done"
        return Reading(modality="hypothetical", cue=cue, ahead=True, as_told=True)
    return None


def described_ahead(trigger: Token, read: Reader) -> Reading | None:
    """ "a summit between Gondor and Rohan, which officials hope will take place in May", "talks
    that will be held in Minas Tirith": a relative clause in the noun's phrase whose verb of
    taking place has the relative pronoun as its subject (or "held" it as its object) tells
    whether the event happens; an event hoped for or expected there is not done. The parser may
    hang the clause on the last noun of the phrase ("Rohan"); only an event takes place."""
    if trigger.pos_ not in NOUNS:
        return None
    for clause in _relative_clauses(trigger):
        for verb in _occurrence_verbs(clause):
            reading = read(verb)
            if reading.modality in UNDONE:
                cue = f"told by {clause.text!r} … {verb.text!r}: {reading.cue}"
                return Reading(modality=reading.modality, cue=cue, ahead=True, as_told=True)
    return None


def _relative_clauses(noun: Token) -> Iterator[Token]:
    """Relative clauses on the noun or on the nouns of its own prepositional phrases
    ("the summit between Gondor and Rohan, which …")."""
    stack = [noun]
    while stack:
        tok = stack.pop()
        for c in tok.children:
            if c.dep_ == "relcl":
                yield c
            elif c.dep_ in ("prep", "pobj", "conj") and c.i > noun.i:
                stack.append(c)


def _occurrence_verbs(clause: Token) -> Iterator[Token]:
    """Verbs of taking place in the clause (through its complements) whose subject, or whose
    object for "hold", is the relative pronoun: "which will take place", "that will be held",
    "which officials hope to hold"."""
    senses = english().senses
    stack = [clause]
    while stack:
        verb = stack.pop()
        lemma = verb.lemma_.lower()
        relative = RELATIVE_DEPS | ({"dobj"} if lemma == "hold" else set())
        told = any(c.dep_ in relative and c.lower_ in senses.relative_words for c in verb.children)
        if lemma in senses.occurrence_modal_verbs and told:
            yield verb
        stack.extend(c for c in verb.children if c.dep_ in ("ccomp", "xcomp"))
