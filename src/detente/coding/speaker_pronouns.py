"""A recipient a speaker names in the first person: '"Mordor keeps attacking *us*," the king of
Gondor said', 'Mordor keeps on rejecting *my* offer, the envoy said', '"They burned *our*
villages," Gondor's king said'.

English grammar: in reported speech the speaker names their own side in the first person ("I",
"me", "my", "we", "us", "our"). A first-person word at the pattern's slot, or owning the thing
there, in a clause that a third party's verb of saying reports (its clausal complement, or a
clause set beside it, "..., the envoy said"), stands for the subject of that verb: the speaker
is the party acted on. The thing a possessive owns ("my offer", "our proposal") stands for its
owner, as "the minister's offer" does; a phrase that codes people of its own ("our villages",
"our soldiers") keeps its sector and takes the speaker's country. The actor's own words ('"We
will defend our villages," he said': "we" is the speaker too) are never its recipient.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.recipients import Mentions, Resolve
from detente.coding.syntax import child
from detente.lexicons.english import english

__all__ = ["speaker_referred"]

# How many words above the pronoun's clause the reported clause is looked for: a clause's depth.
MAX_CLAUSE_STEPS = 6
# Dependencies that attach a reported clause to the verb of saying: its complement ("said
# Mordor attacked us") or a clause set beside it ("Mordor attacked us, he said").
REPORTED_DEPS = frozenset({"ccomp", "parataxis"})


def first_person(head: Token | None) -> Token | None:
    """The first-person word that is the slot ("attacking *us*") or owns it ("*my* offer")."""
    if head is None:
        return None
    words = english().senses.first_person_words
    if head.pos_ == "PRON" and head.lower_ in words:
        return head
    poss = child(head, "poss")
    return poss if poss is not None and poss.lower_ in words else None


def _speaking_verb(word: Token) -> Token | None:
    """The verb whose reported clause holds the word (none past a clause that describes a noun
    or sets a circumstance: their first person is not reported speech of the verb above)."""
    for _ in range(MAX_CLAUSE_STEPS):
        if word.dep_ in ("relcl", "acl", "advcl") or word.head.i == word.i:
            return None
        if word.dep_ in REPORTED_DEPS:
            return word.head
        word = word.head
    return None


def speaker_referred(resolve: Resolve, head: Token | None, actor: Mentions) -> Mentions:
    """The speaker a first-person recipient (or its owner) stands for, told at the pronoun."""
    pronoun = first_person(head)
    if head is None or pronoun is None:
        return ()
    verb = _speaking_verb(pronoun)
    subject = child(verb, "nsubj") if verb is not None else None
    if subject is None or subject.lower_ in english().senses.first_person_words:
        return ()  # "we said they attacked us": the writer's own side, unknown
    speaker = resolve(subject)
    country = next((m.country for m in speaker if m.country), None)
    own = {(m.country, m.sector, m.name) for m in actor}
    if country is None or {(m.country, m.sector, m.name) for m in speaker} <= own:
        return ()  # the speaker is the actor: "we" acts on its own
    people = () if pronoun.i == head.i else resolve(head)
    if people and all(m.sector for m in people):
        return tuple(replace(m, country=country, rule="reference") for m in people)
    start, end = pronoun.idx, pronoun.idx + len(pronoun.text)
    return tuple(replace(m, text=pronoun.text, start=start, end=end, rule="reference")
                 for m in speaker)  # fmt: skip
