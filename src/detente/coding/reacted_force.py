"""Reactions to an act of violence named as their object: "condemned the attack on the
parliament", "endorsed the invasion of Iraq", "criticised the bombing of its embassy". The
reaction is to whoever did the violence, named in the noun's own words ("the *Russian*
invasion", "*Israel's* attack", "the attack *by* Hamas"); whom it hit is no party of the
reaction, so with no doer named there is no recipient."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.coder import ArticleState, Coder
from detente.coding.match import Match
from detente.coding.party_mentions import mentions
from detente.lexicons.english import english
from detente.records import ActorMention


def reacted_force(coder: Coder, match: Match) -> Token | None:
    """The noun of violence a reaction's slot holds, if it holds one: a noun whose first
    pattern in the verb lexicon is an act of violence (CAMEO 18-20). No recipient is searched
    for beyond it: a party the parser hung elsewhere ("endorsed the invasion *on Iraq*") is
    still whom the violence hit."""
    head = match.recipient
    if head is None or head.pos_ != "NOUN":
        return None
    if match.cameo[:2] not in english().senses.reacted_force_roots:
        return None
    patterns = coder.verbs.by_noun.get(head.lemma_.lower(), ())
    if not patterns or patterns[0].cameo[:2] not in english().codes.attack_roots:
        return None
    return head


def names_whom_hit(noun: Token) -> bool:
    """Whether the noun of violence names whom it hit ("the attack *on* X", "the invasion *of*
    X"); "attacks *in* Tehran" names only where, and the place stands for those who suffered
    them."""
    targets = english().words.place_target_preps
    return any(c.dep_ == "prep" and c.lower_ in targets for c in noun.children)


def force_doer(coder: Coder, noun: Token, ctx: ArticleState) -> tuple[ActorMention, ...]:
    """Who did the violence, by the noun's own words only (its modifiers, its possessor, its
    "by" phrase), never its "of"/"on"/"against" phrase, which names whom it hit."""
    return mentions(coder, noun, ctx, core=True)
