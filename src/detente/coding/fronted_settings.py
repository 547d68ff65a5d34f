"""A country named at the head of a clause sets it there: "In Gondor, the government asked …".

News round-ups tell each country's measures in turn ("In France, the government has asked for
the animals to be tested. In Italy, police seized …"). The fronted "In <country>," is the
setting of the whole clause (English grammar: a sentence-initial adverbial of place scopes over
the clause), so a state organ named there without a country of its own ("the government",
"police", "officials") is that country's, not the country the story named last. Only a country
name sets it: "In Paris, the minister said" may be a visiting minister's words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from detente.coding.actor_state import ActorCode
from detente.lexicons.actors import KINDS
from detente.lexicons.english import english
from detente.records import ActorMention

# Rules of a country guessed from the article, not read in the party's own words.
GUESSED_RULES = frozenset({"reference", "context", "places", "location"})
# The preposition of a setting and the country-name rule of the place it names.
SETTING_PREP = "in"
COUNTRY_RULES = frozenset({"country-name", "user"})
# How far up from the trigger the clause's own verb may sit ("has asked for X to be tested").
CLAUSE_LEVELS = 3


def fronted_country(trigger: Token, resolve: Callable[[str], tuple[ActorCode, ...]]) -> str | None:
    """The country an "In <country>," opening the trigger's clause names, or None."""
    verb = trigger
    for _ in range(CLAUSE_LEVELS):
        for prep in verb.children:
            if _fronted_setting(prep, verb):
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                codes = resolve(" ".join(t.text for t in objects[0].subtree)) if objects else ()
                if len(codes) == 1 and _a_country(codes[0]):
                    return codes[0].country
        if verb.dep_ == "ROOT" or verb.head.i == verb.i:
            break
        verb = verb.head
    return None


def _a_country(code: ActorCode) -> bool:
    """Whether a phrase names a country by itself (not a city, a body or a person): read by
    its country name, or by a user's entry of a state (a country code and no sector)."""
    if code.country is None or code.country in KINDS or code.sector is not None:
        return False
    return code.rule in COUNTRY_RULES


def _fronted_setting(prep: Token, verb: Token) -> bool:
    """ "In France, …": an "in" phrase on the verb that opens its sentence and ends at a comma."""
    if prep.dep_ != "prep" or prep.lower_ != SETTING_PREP or prep.i > verb.i:
        return False
    if prep.i != prep.sent.start:
        return False
    after = prep.right_edge.i + 1
    return after < len(prep.doc) and prep.doc[after].text == ","


def set_in_fronted_country(
    actor: tuple[ActorMention, ...], country: str | None
) -> tuple[ActorMention, ...]:
    """The actor's state organs of no country or a guessed one, of the clause's fronted
    country instead."""
    if country is None:
        return actor
    organs = english().codes.domestic_sectors
    return tuple(
        replace(m, country=country, name=None, org=None, rule="place")
        if (m.country is None or m.rule in GUESSED_RULES)
        and m.sector in organs
        and m.country != country
        else m
        for m in actor
    )
