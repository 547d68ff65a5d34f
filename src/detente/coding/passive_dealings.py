"""Dealings told in the passive with their parties after "between": "a memorandum of
understanding was signed *between Nigeria and Ukraine*", "talks were held *between Pakistan and
India*", "an agreement *between Iran and Iraq* was signed".

A reciprocal act (a symmetric pattern: signing, meeting, agreeing) told in the passive with no
"by" phrase names no doer of its own; the "between" phrase on the verb or on its subject names
the two sides, and they are the parties, one as actor and the other as recipient (English
grammar: "between" takes the two parties of a relation). An agent named with "by" stays the
actor, and an active verb keeps its own subject.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.match import Match
from detente.coding.syntax import agent_of, child, is_passive, prep_objects
from detente.lexicons.english import english

# The preposition that names the two sides of a relation.
BETWEEN = "between"


def with_passive_sides(match: Match) -> Match:
    """The match with its actor set to the first side a passive dealing names after "between"
    (its other sides follow as conjuncts and are split off as the recipient)."""
    head = match.head
    if match.actor is not None or not match.symmetric or head.pos_ not in ("VERB", "AUX"):
        return match
    if not is_passive(head) or agent_of(head) is not None:
        return match
    side = next(prep_objects(head, BETWEEN), None)
    subject = child(head, "nsubjpass")
    if side is None and subject is not None and not _dealings_noun(subject):
        side = next(prep_objects(subject, BETWEEN), None)
    other = next((c for c in side.children if c.dep_ == "conj"), None) if side else None
    if side is None or other is None:
        return match  # "between" with one side names a span of time or a place, no parties
    # Two named sides split into actor and recipient by themselves; a pro-form side ("the
    # Abuja chamber and *that of Ukraine*") is read into the first one's phrase, so it is named
    # as the recipient here.
    return replace(match, actor=side, recipient=other if other.pos_ == "PRON" else None)


def _dealings_noun(noun: Token) -> bool:
    """ "Talks between X and Y were not held": a dealings noun with its own "between" phrase is
    an event of its own (coded through the noun, with the verb's modality), not a subject the
    verb borrows its sides from."""
    return noun.lower_ in english().senses.between_nouns or noun.lemma_.lower() in (
        english().senses.between_nouns
    )
