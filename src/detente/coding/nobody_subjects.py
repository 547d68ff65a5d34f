"""Acts whose doer is nobody in particular: "nobody wants to fight Gondor", "no country would
dare attack Arnor", "anyone who attacks Rohan will pay", "who would want to invade a neighbour".

The subject of a clause names who does its act. Three kinds of subject name no party (English
grammar of pronouns and determiners):
- a negative one ("nobody", "none", "no one", "no country"): the clause says that no party does
  the act, in any tense;
- a free-choice one ("anyone", "whoever", "any country"): whoever it may be, a rule or a
  warning about any party, not an act told; a past tense ("anyone who fired was arrested")
  still tells acts done and is left alone;
- a question word in a clause with a modal ("who would want to invade …", "who could attack
  …", asked with or without a question mark): a rhetorical or open question, no act told; a
  question about the past ("who attacked the convoy") takes the act as done and is left alone,
  and a relative "who" ("those who attack our soldiers") stands for its antecedent.
A relative pronoun subject stands for the noun it hangs on ("any country *that* attacks"), and
a participle is told of its noun ("anyone *found* guilty"), so that noun is read.
english.yaml's `nobody_*` lists hold the words; the framing stage drops such triggers with the
reason no-event-sense (coding/nonevents.py lists the checks).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from detente.coding.match import Match
from detente.lexicons.english import english

__all__ = ["NOBODY_SUBJECT_CHECKS"]

SUBJECT_DEPS = frozenset({"nsubj"})  # the doer of an active clause ("nsubjpass" is the patient)
RELATIVE_DEPS = frozenset({"relcl", "acl"})  # a clause that hangs on its antecedent noun
PAST_TAGS = frozenset({"VBD"})  # "anyone who fired", "who attacked": acts told as done
VERB_POS = frozenset({"VERB", "AUX"})
# A past participle on a noun is told of that noun ("anyone found guilty"); an infinitive on a
# noun is not ("no order to pull out": the order does not pull out).
PARTICIPLE_TAG = "VBN"


def _clause_verbs(verb: Token) -> list[Token]:
    """The trigger and the verbs it is an infinitive complement of ("wants to fight": wants)."""
    chain = [verb]
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        chain.append(verb)
    return chain


def _subject(chain: list[Token]) -> tuple[Token, Token] | None:
    """The first subject along the chain and the verb it is the subject of."""
    for verb in chain:
        found = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if found is not None:
            return found, verb
    return None


def _past(verb: Token) -> bool:
    return verb.tag_ in PAST_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in PAST_TAGS for c in verb.children
    )


def _modal(verb: Token) -> Token | None:
    words = english().words
    modals = words.hypothetical_aux | words.future_aux | english().senses.nobody_modals
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in modals), None)


def _kind(subject: Token) -> str | None:
    """ "negative" or "free-choice" for a subject that names no party, None otherwise."""
    words = english().senses
    dets = {c.lower_ for c in subject.children if c.dep_ == "det"}
    if subject.lower_ in words.nobody_negative_pronouns or dets & words.nobody_negative_dets:
        return "negative"  # "nobody", "none of the soldiers", "no one", "no country"
    if subject.lower_ in words.nobody_any_pronouns or dets & words.nobody_any_dets:
        return "free-choice"  # "anyone", "whoever", "any country"
    return None


def _nobody(match: Match) -> str | None:
    """The trigger's clause has a subject that names no party (see the module's docstring)."""
    verb = match.head
    if verb.pos_ not in VERB_POS:
        return None
    found = _subject(_clause_verbs(verb))
    if found is None and verb.dep_ in RELATIVE_DEPS and verb.tag_ == PARTICIPLE_TAG:
        found = verb.head, verb  # "anyone found guilty of …": the participle's noun
    if found is None:
        return None
    subject, clause = found
    words = english().senses
    if subject.lower_ in words.nobody_relative_pronouns and clause.dep_ in RELATIVE_DEPS:
        subject = clause.head  # "any country that attacks": the antecedent is the subject
    elif subject.lower_ in words.nobody_question_pronouns:
        modal = _modal(clause)
        if modal is None or _past(clause):
            return None
        return f"subject {subject.text!r} with {modal.text!r}: a question, no act told"
    kind = _kind(subject)
    if kind is None or (kind == "free-choice" and _past(clause)):
        return None
    return f"{kind} subject {subject.text!r}: no party does {match.head.text!r}"


NOBODY_SUBJECT_CHECKS: tuple[Callable[[Match], str | None], ...] = (_nobody,)
