"""An object pronoun bound by the subject of the clause it is reported in: "He believes
someone conspired to kill *him*", "She said police beat *her*".

English reports a person's own account of what was done to them with the object pronoun of
the subject of the verb of saying or thinking: the pronoun stands for that subject (a third
person would be named). The subject is read as any subject is (a "he" through the article's
memory), and the party is told at the pronoun's words.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.recipients import Mentions, Resolve
from detente.coding.syntax import child
from detente.lexicons.english import english

# How many words above the pronoun its reported clause is looked for: a clause's depth.
MAX_CLAUSE_STEPS = 6


def reporter_referred(resolve: Resolve, pronoun: Token | None, actor: Mentions) -> Mentions:
    """The subject of the verb whose reported clause holds ``pronoun``, if it agrees with it."""
    words = english().words
    if pronoun is None or pronoun.lower_ not in words.person_objects:
        return ()
    reporter = _reporting_verb(pronoun)
    subject = child(reporter, "nsubj") if reporter is not None else None
    if subject is None or not _agrees(subject, pronoun.lower_):
        return ()
    found = resolve(subject)
    own = {(m.country, m.sector, m.name) for m in actor}
    if not found or {(m.country, m.sector, m.name) for m in found} <= own:
        return ()  # the actor acting on itself is told with "himself", not "him"
    start, end = pronoun.idx, pronoun.idx + len(pronoun.text)
    return tuple(replace(m, text=pronoun.text, start=start, end=end, rule="reference")
                 for m in found)  # fmt: skip


def _reporting_verb(pronoun: Token) -> Token | None:
    """The verb whose clausal complement (``ccomp``) the pronoun stands in."""
    word = pronoun
    for _ in range(MAX_CLAUSE_STEPS):
        if word.dep_ in ("relcl", "acl", "advcl") or word.head.i == word.i:
            return None  # a clause describing a noun or setting a circumstance binds nothing
        if word.dep_ == "ccomp":
            return word.head
        word = word.head
    return None


def _agrees(subject: Token, form: str) -> bool:
    """Whether a subject is one person the object pronoun can stand for: "he" for "him", or a
    person's name."""
    words = english().words
    if subject.pos_ == "PRON":
        return words.passive_person_subjects.get(subject.lower_) == form
    return subject.ent_type_ == "PERSON"
