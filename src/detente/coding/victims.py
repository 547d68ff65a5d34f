"""The people an attack hit, told outside its own clause: "Twenty people were injured *when a
suicide bomber blew himself up* on a bus" names the victims in the main clause, as a passive of
violence with no doer, and the attack in a clause of time under it (coding/beyond_slot.py)."""

from __future__ import annotations

from detente.coding.coder import ArticleState, Coder
from detente.coding.match import Match
from detente.coding.party_mentions import head_of_actor, resolver
from detente.coding.recipients import referred_recipient
from detente.coding.syntax import agent_of, child, is_passive
from detente.records import ActorMention

Mentions = tuple[ActorMention, ...]


def harmed_in_main(
    coder: Coder, match: Match, actor: Mentions, ctx: ArticleState, roots: frozenset[str]
) -> Mentions:
    """The people a doerless passive of violence (CAMEO ``roots``) names, when the attack is an
    adverbial clause under it: that attack is what hurt them."""
    main = match.head.head
    if match.head.dep_ != "advcl" or not is_passive(main) or agent_of(main) is not None:
        return ()
    if not any(p.cameo[:2] in roots for p in coder.verbs.by_verb.get(main.lemma_.lower(), ())):
        return ()
    resolve, actor_head = resolver(coder, ctx), head_of_actor(match, actor, ctx)
    victims = child(main, "nsubjpass")
    return referred_recipient(resolve, victims, ctx, actor_head, actor, slot=False)
