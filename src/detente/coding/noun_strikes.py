"""Whom an attack named by a noun struck, when the noun is the subject of the verb that tells it.

"Mordor air strikes killed 20 civilians in Osgiliath", "Gondorian shelling hit the enclave of
Ithilien": the attack the noun names is the one the verb tells, so whom the verb's object names
is whom the attack struck, the victims or the place (with its country). Without this the noun's
own event has no recipient, since nothing below the noun names one (held-out reading, session
15: air strikes that killed civilians with the civilians missing).

The same holds for a relative or participle clause of the noun that tells what the attack did:
"air strikes *that dislodged the Orcs* from the pass", "shelling *that drove rebels out*",
"raids *targeting Orcish fighters*": the clause's object is whom the attack struck, also when
the noun is the object of the trigger's verb ("launched air strikes that hit X"). A clause
whose relative pronoun is the verb's passive subject ("strikes that were condemned by X") tells
what was done to the attack, not what it did.

Only for an attack noun (the attack roots) with a verb that is itself a trigger of an attack
(a verb of the attack roots in the verb lexicon): "air strikes prompted talks" names no
victims, nor do "strikes that lasted three days".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from detente.coding.coder import ArticleState, Coder
from detente.coding.match import Match
from detente.coding.party_mentions import head_of_actor, resolver
from detente.coding.recipients import place_recipient, referred_recipient
from detente.coding.syntax import RELATIVE_TAGS
from detente.lexicons.english import english
from detente.records import ActorMention

Mentions = tuple[ActorMention, ...]
# A gerund-participle clause of a noun tells what the noun does ("raids *targeting* X").
ACTIVE_PARTICIPLE = "VBG"


def struck_by_noun(coder: Coder, match: Match, actor: Mentions, ctx: ArticleState) -> Mentions:
    """The victims or the place the verb of an attack noun subject (or of the noun's relative
    or participle clause) names as its object."""
    roots = english().codes.attack_roots
    if match.cameo[:2] not in roots:
        return ()
    resolve, actor_head = resolver(coder, ctx), head_of_actor(match, actor, ctx)
    own = {m.country for m in actor}
    for verb, in_clause in _verbs_told(match, ctx):
        patterns = coder.verbs.by_verb.get(verb.lemma_.lower(), ())
        if verb.pos_ != "VERB" or not any(p.cameo[:2] in roots for p in patterns):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            found = referred_recipient(resolve, obj, ctx, actor_head, actor) or place_recipient(
                obj, match.cameo, ctx, actor
            )
            # a clause's unplaced victims ("strikes that killed ten people") take no side
            if found and not (in_clause and {m.country for m in found} <= own):
                return found
    return ()


def _verbs_told(match: Match, ctx: ArticleState) -> Iterator[tuple[Token, bool]]:
    """Verbs telling what the attack noun did: the verb it is the subject of, and its own
    active relative or participle clauses (of the trigger noun, or of the noun the trigger's
    verb takes as object: "launched *air strikes* that hit X"), each with whether it is a clause."""
    noun = match.head
    if noun.pos_ == "NOUN" and noun.dep_ == "nsubj":
        yield noun.head, False
    nouns = [noun] if noun.pos_ == "NOUN" else [
        t for t in ctx.doc[match.trigger[0] : match.trigger[1]]
        if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.i == noun.i
    ]
    for each in nouns:
        yield from ((c, True) for c in each.children if _tells_what_it_did(c))


def _tells_what_it_did(clause: Token) -> bool:
    """An active clause of a noun: a relative one whose pronoun is its subject ("strikes *that*
    hit X"), or a gerund-participle one ("raids *targeting* X")."""
    if clause.dep_ == "relcl":
        return any(c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in clause.children)
    return clause.dep_ == "acl" and clause.tag_ == ACTIVE_PARTICIPLE
