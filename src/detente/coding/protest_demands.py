"""The target of a protest told by the demand it makes: "marched in Edoras, *demanding* the release
of activists held by Orcs", "a rally by the movement *calling for* the release of prisoners jailed
in Mordor", "rallied, *urging* the government to scrap the tax".

A protest is made against those it asks something of (CAMEO 14: "civilian demonstrations and
other collective actions carried out as protests against the target actor"), so when a protest
names no target of its own, the party its appeal or demand is addressed to is its target: the
object of the verb of asking, or the holder of people whose release it asks for (as for a
demand itself, coding/patients.py). No party found: the protest keeps no target here, and
placement gives it the protesters' own government as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.coder import ArticleState, Coder
from detente.coding.match import Match
from detente.coding.party_mentions import head_of_actor, resolver
from detente.coding.patients import holder_of_released
from detente.coding.recipients import referred_recipient
from detente.coding.syntax import child, prep_objects
from detente.lexicons.english import english
from detente.records import ActorMention

Mentions = tuple[ActorMention, ...]

# Tag of a present participle ("demanding", "calling"): a clause that goes on telling the act.
PARTICIPLE_TAG = "VBG"


def demanded_of(coder: Coder, match: Match, actor: Mentions, ctx: ArticleState) -> Mentions:
    """Whom a protest's participle of appeal or demand asks: the protest's target."""
    codes = english().codes
    if match.cameo[:2] != codes.protest_root:
        return ()
    asking = (codes.appeal_root, codes.demand_root)
    resolve, actor_head = resolver(coder, ctx), head_of_actor(match, actor, ctx)
    for clause in _participles(match):
        patterns = coder.verbs.by_verb.get(clause.lemma_.lower(), ())
        if not any(p.cameo[:2] in asking for p in patterns):
            continue
        asked = child(clause, "dobj") or next(prep_objects(clause, "for"), None)
        if asked is None:
            continue
        holder = holder_of_released(asked)
        if holder is not None:  # "calling for the release of prisoners jailed in Mordor"
            found = resolve(holder)
        else:  # "urging the government to scrap the tax"
            found = referred_recipient(resolve, asked, ctx, actor_head, actor, slot=False)
        # private people a protest asks ("urging residents to stay home") join it, not its target
        private = english().senses.patient_sectors
        if found and not all(m.sector in private for m in found):
            return found
    return ()


def _participles(match: Match) -> list[Token]:
    """The present participles that go on from the protest: on its verb or noun ("marched,
    demanding"), or on the protesters named in it ("a protest held by the movement calling
    for")."""
    heads = [match.head] + ([match.actor] if match.actor is not None else [])
    return [
        c
        for head in heads
        for c in head.children
        if c.dep_ in ("advcl", "acl") and c.tag_ == PARTICIPLE_TAG
    ]
