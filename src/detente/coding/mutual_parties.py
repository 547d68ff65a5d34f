"""Reciprocal acts whose subject names all their parties (mainev13).

A reciprocal verb ("meet", "negotiate", "agree", "talk": a symmetric pattern) with a plural or
coordinated subject and no partner of its own means its parties dealt with each other (English
grammar: reciprocal verbs, "they met" = "they met each other"). Two readings follow:

- Parties joined in the subject are the two sides even when they share a country: "Democrats
  and Republicans negotiated", "the city and the union agreed" are a dyad within one state, as
  "China and North Korea agreed" is one between two (parties.split_symmetric).
- A plural subject that counts its parties ("the two sides agreed", "the CEOs of five airline
  groups met", "both parties agreed") or names them as sides of a dealing ("the parties
  agreed") is both actor and recipient: its members are each other's partners. A plural with
  no count ("lawmakers met", "firefighters agreed") is left alone: it may be one body sitting
  as itself (coding/sittings.py) or a party whose partner is named elsewhere.
- A reciprocal pronoun in the recipient slot ("Arnor and Gondor accused each other", "attacked
  each other's positions") stands for the subject's own parties, never for two parties named
  earlier in the article; with any verb, not only symmetric ones.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from detente.coding.syntax import prep_objects
from detente.lexicons.english import english
from detente.records import ActorMention

__all__ = ["bound_reciprocal", "distinct_parties", "group_partners", "reciprocal_slot"]

# Fine tags of a plural noun ("sides", "CEOs").
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# The preposition that names whose members a plural noun counts ("the CEOs *of* five groups").
OF = "of"


def distinct_parties(subject: Token | None, actor: tuple[ActorMention, ...]) -> bool:
    """Whether the actor holds two parties joined in the subject by words of their own
    ("Democrats and Republicans"), not one phrase read twice nor one party renamed by an
    apposition ("Musharraf's successor, Zardari")."""
    if subject is None or not any(c.dep_ == "conj" for c in subject.children):
        return False
    spans = sorted({(m.start, m.end) for m in actor})
    return len(spans) > 1 and all(a[1] <= b[0] for a, b in pairwise(spans))


def group_partners(
    subject: Token | None, symmetric: bool, actor: tuple[ActorMention, ...],
    recipient: tuple[ActorMention, ...], slot: Token | None = None,
) -> tuple[ActorMention, ...]:
    """The recipient of a reciprocal act: the actor itself when the subject counts its
    parties ("the two sides agreed") and the act names no partner, or when the act's recipient
    is a reciprocal pronoun ("the rebels fought each other"); else the recipient found."""
    if recipient or not actor:
        return recipient
    if slot is not None and reciprocal_slot(slot):
        return actor
    if not symmetric or subject is None or len({(m.country, m.sector) for m in actor}) != 1:
        return recipient  # several codes: parties.split_symmetric reads them as the two sides
    return actor if counts_parties(subject) else recipient


def bound_reciprocal(
    slot: Token | None, subject: Token | None, actor: tuple[ActorMention, ...],
    recipient: tuple[ActorMention, ...],
) -> tuple[tuple[ActorMention, ...], tuple[ActorMention, ...]]:
    """ "Arnor and Gondor accused each other", "attacked each other's positions": a reciprocal
    pronoun stands for the parties of its own clause's subject (English grammar: a reciprocal
    is bound in its clause), never for parties named before; two of them are a dyad. A subject
    of one party gets no recipient here (``group_partners`` makes it its own partner)."""
    if slot is None or not actor or not reciprocal_slot(slot):
        return actor, recipient
    if len({m.country for m in actor}) > 1 or distinct_parties(subject, actor):
        return actor[:1], actor[1:]
    return actor, ()


def reciprocal_slot(slot: Token) -> bool:
    """Whether the recipient slot is a reciprocal pronoun ("each other", "one another") or
    is owned by one ("each other's positions")."""
    owners = [c for c in slot.children if c.dep_ == "poss"]
    return any(_reciprocal_pronoun(t) for t in (slot, *owners))


def _reciprocal_pronoun(token: Token) -> bool:
    words = [token, *(c for c in token.children if c.dep_ == "det")]
    text = " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i))
    return text in english().senses.reciprocal_pronouns


def counts_parties(subject: Token) -> bool:
    """ "the two sides", "both parties", "the parties", "the CEOs of five groups": a plural that
    counts its members (itself, its "of" phrase or its apposition) or names them as the sides
    of a dealing."""
    if subject.tag_ not in PLURAL_TAGS:
        return False
    words = english()
    if subject.lemma_.lower() in words.words.vague_party_nouns:
        return True
    renamed = [c for c in subject.children if c.dep_ == "appos"]  # "the CEOs – five groups –"
    return _counted(subject) or any(
        o.tag_ in PLURAL_TAGS and _counted(o) for o in (*prep_objects(subject, OF), *renamed)
    )


def _counted(noun: Token) -> bool:
    """A plural noun with a number ("two sides", "five groups") or a word of both ("both
    sides") on it."""
    mutual = english().senses.mutual_determiners
    return any(
        (c.dep_ == "nummod" and c.like_num) or (c.dep_ == "det" and c.lower_ in mutual)
        for c in noun.children
    )
