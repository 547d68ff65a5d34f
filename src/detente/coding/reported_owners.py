"""A possessive pronoun in a reported clause's subject is bound by the reporter: "Gondor said
*its* troops had killed ten fighters", "the force said *its* soldiers fired", "the Rangers said
*their* fighters attacked", "the king said *his* soldiers entered the town".

A speaker who reports what forces of their own did names them by a possessive that agrees with
the speaker (a third party would be named); the pronoun stands for the subject of the verb of
saying whose clausal complement the phrase is the subject of. The article's memory, which
reads a bare "its" as the latest party named (often the side that was attacked), is no guess
for it then. The phrase keeps its own sector ("troops": military); it takes the reporter's
country. A reporter that does not agree with the pronoun ("Gondor's king said *their*
fighters …") binds nothing, and a phrase whose country its own words state is left alone.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.recipients import Mentions, Resolve
from detente.coding.syntax import child
from detente.lexicons.english import english

# How many words above the subject's verb the reporting verb is looked for: a clause's depth
# through conjoined verbs and auxiliaries ("said its troops had entered and shelled").
MAX_CLAUSE_STEPS = 4
# Rules of a country the pronoun's reading guessed from the article, which the reporter beats.
GUESSED_RULES = frozenset({"reference", "context", "places", "location", "domestic"})
# Rules of a reporter's country guessed from the article's context or places before placement
# (a sheriff of no stated country in a story that names Canada): no owner to lend.
UNSTATED_OWNER_RULES = frozenset({"context", "places", "location", "domestic", "implied"})
# Subject dependencies of a clause's verb.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def reporter_owned(resolve: Resolve, head: Token | None, actor: Mentions) -> Mentions:
    """The actor mentions, with a possessive pronoun's owner read as the reporter when the
    phrase headed by ``head`` is the subject of a reported clause; else unchanged."""
    pronoun = child(head, "poss") if head is not None else None
    if head is None or pronoun is None or not actor:
        return actor
    form = english().words.own_possessives.get(pronoun.lower_)
    if form is None or any(m.rule not in GUESSED_RULES for m in actor):
        return actor
    reporter = _reporting_verb(head)
    subject = child(reporter, "nsubj") if reporter is not None else None
    if subject is None or not _agrees(subject, form):
        return actor
    owners = [m for m in resolve(subject) if m.country is not None]
    if len({(m.country, m.org) for m in owners}) != 1:
        return actor
    if any(m.rule in UNSTATED_OWNER_RULES for m in owners):
        return actor
    owner = owners[0]
    return tuple(
        replace(m, country=owner.country, org=owner.org, rule="reference",
                sector=m.sector or owner.sector)
        for m in actor
    )  # fmt: skip


def _reporting_verb(head: Token) -> Token | None:
    """The verb whose clausal complement the phrase is the subject of, or None."""
    if head.dep_ not in SUBJECT_DEPS:
        return None
    verb = head.head
    for _ in range(MAX_CLAUSE_STEPS):
        if verb.dep_ == "ccomp":
            return verb.head
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None  # a relative or adverbial clause, or the sentence's own verb
        verb = verb.head
    return None


def _agrees(subject: Token, form: str) -> bool:
    """Whether the reporter is a party the possessive can stand for: "its" a thing or body
    named in the singular, "their" several or a body named by a noun, "his"/"her" one person."""
    words = english().words
    if subject.pos_ == "PRON":
        return subject.lower_ == form
    person = subject.ent_type_ == "PERSON"
    plural = subject.tag_ in ("NNS", "NNPS")
    if form == "it":
        return not person and not plural
    if form == "they":  # "the Rangers", "the group", "police": not a state's singular name
        return not person and (plural or subject.pos_ == "NOUN")
    return form in words.person_pronouns and not plural and subject.ent_type_ in ("PERSON", "")
