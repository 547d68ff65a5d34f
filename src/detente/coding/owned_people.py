"""A person named through the person they serve: "Queen Arwen's adviser", "Aragorn's lawyer"
(recip20).

The phrase names no country in its words; its owner is a person the article named before with
a country ("Arnor's Queen Arwen arrived..."), and the owned person serves that country. Read
without it, the adviser would be given the actor's or the article's country. Only a proper name
as the possessor, and only when an earlier party the article coded with a country was named
with that name; a phrase that names its own country keeps it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.coding.coder import ArticleState
from detente.coding.placement import GUESSED_RULES
from detente.records import ActorMention

Mentions = tuple[ActorMention, ...]

# Rules of a party coded by a person's own name or title, whose country a later "X's" shares.
PERSON_RULES = frozenset({"person-role", "stated-role", "named-person", "surname", "user"})


def owner_named_before(head: Token, found: Mentions, ctx: ArticleState) -> Mentions:
    """``found`` given the country of the person named as its owner, when an earlier party named
    with that person's name says which country that is; else ``found`` as it is."""
    if not found or _named_country(found) or head.pos_ != "NOUN":
        return found
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ != "PROPN":
        return found  # "his adviser", "Gondor's envoy": read by their own rules
    country = next(
        (code.country for code in ctx.memory.recent()
         if code.country and code.rule in PERSON_RULES and poss.text in code.matched.split()),
        None,
    )  # fmt: skip
    if country is None or len(country) != 3:
        return found
    return tuple(replace(m, country=country, rule="reference") for m in found)


def _named_country(found: Mentions) -> bool:
    """Whether the mentions give a country read in words (as recipients.named_country)."""
    return any(m.country and m.rule not in GUESSED_RULES for m in found)
