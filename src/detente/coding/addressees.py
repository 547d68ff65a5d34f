"""Whom a statement, demand, refusal or threat is addressed to when the act itself names
nobody: the party a clause was told to ("told Indonesia *that Australia would not accept*
more asylum seekers"), or the addressee of the message it was made in ("in a letter *to the
Taliban*, the President demanded ...")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from detente.coding.coder import ArticleState
from detente.coding.match import Match
from detente.coding.recipients import Mentions, Resolve, referred_recipient
from detente.coding.syntax import prep_objects
from detente.lexicons.english import english

# Dependencies of whom a party was told something ("told *Indonesia*", "assured *him*").
TOLD_DEPS = frozenset({"dobj", "dative"})
# Sectors of an audience that only passes the words on: reporters and news outlets.
AUDIENCE_SECTORS = frozenset({"JRN", "MED"})


def told_addressee(
    resolve: Resolve, match: Match, ctx: ArticleState, actor_head: Token | None,
    actor: Mentions,
) -> Mentions:
    """The party the act was told or written to, when the act is addressed to someone
    (statements, appeals, demands, disapproval, rejections, threats)."""
    codes = english().codes
    if match.cameo[:2] not in codes.reaction_roots and match.cameo[:2] != codes.threat_root:
        return ()
    for told in _addressees(match):
        found = referred_recipient(resolve, told, ctx, actor_head, actor, slot=False)
        if found and all(m.country and m.sector not in AUDIENCE_SECTORS for m in found):
            return found
    return ()


def _addressees(match: Match) -> Iterator[Token]:
    """ "*told Indonesia* that ...": the object of a verb of telling whose clause holds the
    trigger; "*in a letter to* X": the "to" of a message the trigger's verb was made in."""
    words = english().senses
    for verb in (v for v in (match.head, match.frame) if v is not None):
        teller = verb.head
        if verb.dep_ == "ccomp" and teller.lemma_.lower() in words.telling_verbs:
            yield from (c for c in teller.children if c.dep_ in TOLD_DEPS)
        for prep in words.message_preps:
            for message in prep_objects(verb, prep):
                if message.lemma_.lower() in words.message_nouns:
                    yield from prep_objects(message, "to")
