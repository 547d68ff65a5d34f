"""Acts recounted as testimony: "witnesses told the tribunal that soldiers burned villages", "the
court heard that he attacked the guard", "she testified that police beat her".

What a witness tells a court, jury or inquiry in the past tense happened before the hearing: the
hearing is the news, the act recounted is background (historical), however the clause is tensed.
A clause that names its own day ("was arrested on Monday") tells the story's news and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.syntax import child
from detente.lexicons.english import english

PAST_TAGS = frozenset({"VBD", "VBN"})  # "burned", "had burned", "was beaten"


def recounted(chain: list[Token]) -> str | None:
    """The cue when the act's clause is testimony told in the past; None otherwise."""
    clause = next((t for t in chain if t.dep_ in ("ccomp", "relcl")), None)
    if clause is None or not _told_past(clause) or _names_its_day(clause):
        return None
    governor = clause.head if clause.dep_ == "ccomp" else _told_body(clause)
    if governor is not None and _testifying(governor):
        return f"recounted in testimony ({governor.text!r}): before the hearing"
    return None


def _told_body(clause: Token) -> Token | None:
    """ "told the tribunal that soldiers burned villages": the parser often hangs the content
    clause on the body told, as a relative clause; one introduced by the conjunction "that"
    (marked, with a subject of its own) is no relative clause. The verb that tells it, or None."""
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    if not marked or child(clause, "nsubj", "nsubjpass") is None:
        return None
    body = clause.head
    return body.head if body.dep_ in ("dobj", "dative") else None


def _testifying(verb: Token) -> bool:
    """ "testified (that)", "told the court/jury/inquiry (that)", "the court heard (that)", "the
    jury was told (that)"."""
    senses = english().senses
    lemma = verb.lemma_.lower()
    if lemma in senses.testimony_verbs:
        return True
    bodies = senses.hearing_bodies
    if lemma in senses.testimony_telling_verbs:
        told = child(verb, "dative", "dobj", "nsubjpass")
        return told is not None and told.lemma_.lower() in bodies
    if lemma in senses.testimony_hearing_verbs:
        hearer = child(verb, "nsubj")
        return hearer is not None and hearer.lemma_.lower() in bodies
    return False


def _told_past(verb: Token) -> bool:
    """The clause is told in the past: a past verb, or a past auxiliary or participle."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in aux):
        return False  # "would attack", "could be jailed": no act recounted
    return verb.tag_ in PAST_TAGS and (verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux))


def _names_its_day(verb: Token) -> bool:
    """ "was arrested on Monday", "attacked him yesterday": the story's own day."""
    words = english().words
    days = frozenset(words.weekdays) | frozenset(words.day_words)
    return any(t.lower_ in days for t in verb.subtree)
