"""An attack named as the subject of the violence it did: "the attack on the parliament killed
12 people", "a bomb attack on an army convoy killed 12 soldiers". Whom the attack was aimed
at (after "on", "upon", "against", "at") was hit by it and never did it; the attack acts for
its own doer, named in its "by" phrase ("the attack on X by Y") or before it ("the Ruritanian
attack on X", read where a weapon stands for its attackers), or for attackers no one names."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.actor_clauses import maker_of
from detente.coding.coder import ArticleState, Coder
from detente.coding.match import Match
from detente.coding.party_mentions import mentions
from detente.lexicons.english import english
from detente.records import ActorMention


def _violent(match: Match) -> bool:
    """Whether the act is one of violence (CAMEO 18-20)."""
    return match.cameo[:2] in english().codes.attack_roots


def _violence_noun(coder: Coder, noun: Token) -> bool:
    """A noun whose first pattern in the verb lexicon is an act of violence (CAMEO 18-20)."""
    if noun.pos_ != "NOUN":
        return False
    patterns = coder.verbs.by_noun.get(noun.lemma_.lower(), ())
    return bool(patterns) and patterns[0].cameo[:2] in english().codes.attack_roots


def targeted_attack(coder: Coder, match: Match) -> Token | None:
    """The subject of an act of violence when it is a noun of violence with a target phrase of
    its own, else None."""
    head = match.actor
    if head is None or not _violent(match) or not _violence_noun(coder, head):
        return None
    targets = english().senses.attack_target_preps
    aimed = any(
        c.dep_ == "prep" and c.lower_ in targets and any(o.dep_ == "pobj" for o in c.children)
        for c in head.children
    )
    return head if aimed else None


def attack_antecedent(coder: Coder, match: Match) -> Match:
    """ "the attack on its parliament, which killed twelve people": a "which" clause of violence
    the parser hung on the attack's target tells what the attack did (a thing that "which"
    names kills no one); the attack is its subject."""
    verb = match.head
    if verb.dep_ != "relcl" or not _violent(match):
        return match
    if not any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in verb.children):
        return match
    target, prep = verb.head, verb.head.head
    targets = english().senses.attack_target_preps
    if target.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in targets:
        return match
    return replace(match, actor=prep.head) if _violence_noun(coder, prep.head) else match


def attack_doer(coder: Coder, attack: Token, ctx: ArticleState) -> tuple[ActorMention, ...]:
    """Who did the attack by its own "by" phrase; none otherwise (the attack then stands for its
    attackers, as any weapon does)."""
    return mentions(coder, maker_of(attack), ctx, sectorless=True)
