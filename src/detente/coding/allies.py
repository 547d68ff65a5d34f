"""The side one fights *with*: "fighting with X" tells X's side, not always X as the enemy.

"fight with" has two senses (dictionary: "fight with someone" is to fight against them, and to
fight on their side). The clause tells which: with a second party the force is directed
*against* ("foreign fighters fighting with the Islamic State against Iraqi forces"), "with" names
the ally and "against" the enemy; and a clause that describes who someone is ("two men *who were
fighting with* the Taliban", "volunteers *fighting with* Kurdish forces") tells the side they
belong to, not a clash. A finite clause of its own ("troops fought with Taliban militants in
Helmand") keeps the hostile sense.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.fight_sides import joins_side
from detente.coding.match import Match
from detente.coding.syntax import prep_objects
from detente.lexicons.english import english

# Dependencies of a clause that describes a noun: a relative clause or a participle on it.
DESCRIBING_DEPS = frozenset({"relcl", "acl"})


def ally_with(trigger: Token, cameo: str) -> Token | None:
    """The "with" preposition on an act of force that names the actor's side, if it does."""
    senses = english().senses
    if cameo[:2] not in english().codes.force_roots:
        return None
    if trigger.lemma_.lower() not in senses.side_taking_verbs:
        return None
    prep = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"), None)
    if prep is None:
        return None
    if enemy_against(trigger) is not None or trigger.dep_ in DESCRIBING_DEPS:
        return prep
    partner = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if partner is not None and joins_side(trigger, partner):  # claims20: "went to fight with"
        return prep
    return None


def enemy_against(trigger: Token) -> Token | None:
    """The object of the trigger's "against" phrase: whom the force is directed at."""
    return next(prep_objects(trigger, "against"), None)


def without_ally(match: Match) -> Match:
    """A force act whose slot holds the ally after "with": the enemy "against" takes its place,
    else the slot is left empty (the side one belongs to is no party attacked)."""
    recipient = match.recipient
    if recipient is None or recipient.dep_ != "pobj" or recipient.head.head.i != match.head.i:
        return match
    prep = ally_with(match.head, match.cameo)
    if prep is None or recipient.head.i != prep.i:
        return match
    return replace(match, recipient=enemy_against(match.head))
