"""Parties in general as actors: "the parties involved", "relevant parties", "all parties
concerned" name no one in particular (actors16).

Such a phrase has no country of its own; the one the article's context or a party named
before lends it is a guess about whom a speaker did not name, so it codes no actor (the
recipient side reads the same phrases in coding/recipients.py vague_parties)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.lexicons.english import english
from detente.records import ActorMention

# Rules that give a phrase a country from the article, not from its own words.
GUESSED_RULES = frozenset({"context", "reference", "places"})
# Penn tags of a plural noun ("parties", "sides").
PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def without_vague(
    head: Token | None, found: tuple[ActorMention, ...]
) -> tuple[ActorMention, ...]:
    """No actor when the phrase headed by ``head`` is parties in general ("the parties
    involved"), given a country only by a guess from the article; else ``found``."""
    return () if vague_actor(head, found) else found


def vague_actor(head: Token | None, found: tuple[ActorMention, ...]) -> bool:
    """Whether the actor phrase headed by ``head`` is parties in general ("the parties
    involved"), given a country only by a guess from the article."""
    if head is None or head.tag_ not in PLURAL_TAGS:
        return False
    words = english()
    if head.lemma_.lower() not in words.words.vague_party_nouns:
        return False
    qualified = any(c.lower_ in words.senses.vague_actor_words for c in head.children)
    return qualified and bool(found) and all(m.rule in GUESSED_RULES for m in found)
