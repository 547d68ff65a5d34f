"""Whom an attack named by a noun struck, when the noun is the subject of the verb that tells it.

"Mordor air strikes killed 20 civilians in Osgiliath", "Gondorian shelling hit the enclave of
Ithilien": the attack the noun names is the one the verb tells, so whom the verb's object names
is whom the attack struck, the victims or the place (with its country). Without this the noun's
own event has no recipient, since nothing below the noun names one (held-out reading, session
15: air strikes that killed civilians with the civilians missing).

Only for an attack noun (the attack roots) standing as the subject of a verb that is itself a
trigger of an attack (a verb of the attack roots in the verb lexicon): "air strikes prompted
talks" names no victims.
"""

from __future__ import annotations

from detente.coding.coder import ArticleState, Coder
from detente.coding.match import Match
from detente.coding.party_mentions import head_of_actor, resolver
from detente.coding.recipients import place_recipient, referred_recipient
from detente.lexicons.english import english
from detente.records import ActorMention

Mentions = tuple[ActorMention, ...]


def struck_by_noun(coder: Coder, match: Match, actor: Mentions, ctx: ArticleState) -> Mentions:
    """The victims or the place the verb of an attack noun subject names as its object."""
    roots = english().codes.attack_roots
    noun = match.head
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or match.cameo[:2] not in roots:
        return ()
    verb = noun.head
    patterns = coder.verbs.by_verb.get(verb.lemma_.lower(), ())
    if verb.pos_ != "VERB" or not any(p.cameo[:2] in roots for p in patterns):
        return ()
    resolve, actor_head = resolver(coder, ctx), head_of_actor(match, actor, ctx)
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        found = referred_recipient(resolve, obj, ctx, actor_head, actor) or place_recipient(
            obj, match.cameo, ctx, actor
        )
        if found:
            return found
    return ()
