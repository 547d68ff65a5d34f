"""Whom a thing is given back to (CAMEO 0842, "return, release property"): the party after
"to" wherever the parser hung it inside the thing's phrase, else the party it was taken from.

To return a thing is to give it back to whoever had it before, so when no "to" names them, the
thing's own clause saying where it came from ("weapons they *seized from* the army", "a painting
*stolen from* the gallery") names whom it goes back to.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from detente.coding.coder import ArticleState, Coder
from detente.coding.match import Match
from detente.coding.party_mentions import head_of_actor, resolver
from detente.coding.recipients import referred_recipient, site_named
from detente.coding.syntax import MAX_SEARCH_TOKENS, child
from detente.lexicons.english import english
from detente.records import ActorMention

Mentions = tuple[ActorMention, ...]
# Clauses that describe the thing returned ("skulls *that date back* to ...", "weapons *they
# seized* from ...", "a manuscript, *missing* since 1943,").
DESCRIBING_DEPS = frozenset({"relcl", "acl", "amod", "appos", "conj"})
# The preposition of whom a thing goes back to, and of whom it came from.
TO_PREP = "to"
FROM_PREP = "from"


def returned_to(coder: Coder, match: Match, actor: Mentions, ctx: ArticleState) -> Mentions:
    """Whom a returned thing goes back to, when the pattern's slot names nobody."""
    if match.recipient is not None or _code(coder, match) not in english().senses.handover_codes:
        return ()
    thing = child(match.head, "dobj", "nsubjpass")
    if thing is None:
        return ()
    # "returned a manuscript, *missing since 1943, to Venafro*": a participle set off by commas
    # describes the thing, wherever the parser hung it
    loose = [c for c in match.head.children if c.dep_ == "advcl" and _bare_participle(c)]
    resolve, actor_head = resolver(coder, ctx), head_of_actor(match, actor, ctx)
    tos = [p for t in (thing, *loose) for p in _preps(t, TO_PREP, clauses_only=False)]
    for prep in (*tos, *_preps(thing, FROM_PREP)):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            found = referred_recipient(resolve, place, ctx, actor_head, actor, slot=False)
            found = found or site_named(place, ctx, actor)
            if found:
                return found
    return ()


def _code(coder: Coder, match: Match) -> str:
    """The code of the act itself, under a frame ("agreed to return" is coded as an intent)."""
    base = coder.verbs.patterns.get(match.pattern_id.rsplit("+", 1)[-1])
    return base.cameo if base is not None else match.cameo


def _bare_participle(clause: Token) -> bool:
    """A participle clause with no subject or conjunction of its own ("missing since 1943")."""
    return clause.tag_ in ("VBN", "VBG") and child(clause, "nsubj", "nsubjpass", "mark") is None


def _preps(thing: Token, word: str, *, clauses_only: bool = True) -> Iterator[Token]:
    """Prepositions ``word`` in the thing's phrase, in text order: on the thing itself and on
    the clauses that describe it (those only, for ``clauses_only``), bounded for long phrases."""
    queue, seen = [thing], 0
    found: list[Token] = []
    while queue and seen < MAX_SEARCH_TOKENS:
        token = queue.pop(0)
        seen += 1
        for c in token.children:
            if c.dep_ == "prep" and c.lower_ == word and (token.i != thing.i or not clauses_only):
                found.append(c)
            if c.dep_ in DESCRIBING_DEPS or (c.dep_ in ("prep", "pobj") and token.i != thing.i):
                queue.append(c)
    return iter(sorted(found, key=lambda t: t.i))
