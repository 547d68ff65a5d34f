"""Who can end an occupation: "the rebels vowed to end the occupation of their land", "the
Taliban are fighting to end the US occupation", "Hamas's goal is to end the Israeli
occupation". Ending a hold by withdrawing (CAMEO 087x: retreat, ease a blockade) is the act of
the one who holds; a party the holding noun names as someone else's (its owner "US", "Israeli",
"by Arnor") or as the actor's own ground ("the occupation of their land") does not retreat:
it fights or aims to make the holder go, which is no retreat of its own."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coding.coder import ArticleState, Coder
from detente.coding.match import Match, match_verb
from detente.coding.party_mentions import mentions
from detente.lexicons.english import english
from detente.records import ActorMention

PLURAL_TAGS = frozenset({"NNS", "NNPS"})  # a subject "their" can stand for
OWNER_DEPS = frozenset({"poss", "amod", "compound"})  # "Arnor's", "Arnorian", "US" occupation


def others_hold(
    coder: Coder, match: Match, actor: tuple[ActorMention, ...], ctx: ArticleState
) -> str | None:
    """Why the actor cannot be the one who ends the hold it is said to end, or None."""
    ended = _ending(coder, match)
    if ended is None or not actor:
        return None
    hold = _held(ended)
    if hold is None:
        return None
    own = {m.country for m in actor if m.country}
    for owner in _owners(hold):
        if owner.pos_ == "PRON":
            return None  # "ended its occupation": the actor's own
        holders = {m.country for m in mentions(coder, owner, ctx) if m.country}
        if holders and own and not holders & own:
            return f"{owner.text!r} holds the {hold.text!r}, not the actor"
    ground = _ground(hold, match.actor)
    if ground is not None:
        return f"the {hold.text!r} of {ground.text!r}: the actor's own ground"
    return None


def _ending(coder: Coder, match: Match) -> Token | None:
    """The verb that ends a hold, when the actor is its subject: the trigger itself, or the
    complement of a frame the subject controls ("vowed to end", not "urged X to end")."""
    codes = english().senses.hold_release_codes
    verb, code = match.head, match.cameo
    if match.frame is not None:
        if match.frame.dep_ != "xcomp" or any(c.dep_ == "dobj" for c in verb.children):
            return None
        inner = match_verb(match.frame, coder.verbs)
        if inner is None:
            return None
        verb, code = match.frame, inner.cameo
    return verb if any(code.startswith(c) for c in codes) else None


def _held(verb: Token) -> Token | None:
    """The holding noun the verb ends ("end the occupation", "lift the siege")."""
    nouns = english().senses.hold_nouns
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None
    )


def _owners(hold: Token) -> list[Token]:
    """Who holds: the noun's possessor, demonym, name, or "by" phrase."""
    owners = [c for c in hold.children if c.dep_ in OWNER_DEPS and c.pos_ != "DET"]
    for prep in (c for c in hold.children if c.dep_ == "prep" and c.lower_ == "by"):
        owners += [o for o in prep.children if o.dep_ == "pobj"]
    return owners


def _ground(hold: Token, subject: Token | None) -> Token | None:
    """ "the occupation of our land", "the rebels … the occupation of their land": the held
    ground is the speaking party's own ("our"), or the plural subject's ("their")."""
    own = set(english().senses.own_ground_possessors)
    if subject is not None and subject.tag_ in PLURAL_TAGS:
        own |= english().senses.plural_ground_possessors
    for prep in (c for c in hold.children if c.dep_ == "prep" and c.lower_ == "of"):
        for ground in (o for o in prep.children if o.dep_ == "pobj"):
            if any(c.dep_ == "poss" and c.lower_ in own for c in ground.children):
                return ground
    return None
