"""A country's own bodies calling on "the government" call on their own state's government.

"Eastland's parliament urged the government to retaliate against the Mordor king",
"opposition leaders accused the government of fraud": a legislature, an opposition, a party,
civil society, unions, clergy, the press or business asking or blaming "the government", with
no country named in that phrase, address the government of their own state. The definite
article picks the one government the speaker has in mind, and a country's own people and
bodies have their own in mind. Without this rule "the government" takes the article's context
country, which in a story about a quarrel with a foreign state is often that foreign state
(the content's target), not the party urged (held-out reading, session 15).

Only requests and accusations (the request and accusation roots), only for actors whose
country their own words or a reference give (not a context guess), and only when the sectors
of all of them are among english.yaml's senses.home_callers: a state, a minister or an envoy
urging "the government" may well speak to a host or a foreign government.
"""

from __future__ import annotations

from dataclasses import replace

from detente.lexicons.english import english
from detente.records import ActorMention

Mentions = tuple[ActorMention, ...]

# Rules that read a recipient's country from the article, not from its own phrase: such a
# "the government" names no country of its own.
UNSTATED_RULES = frozenset({"context", "reference", "places", "location", "domestic"})
# Rules that guessed the actor's country from the article: too weak to place another party.
GUESSED_ACTOR_RULES = frozenset({"context", "places", "location", "domestic", "implied"})


def own_government(cameo: str, actor: Mentions, recipient: Mentions) -> Mentions:
    """The recipient, with a bare "the government" a home body calls on placed in its state."""
    home = _home_country(cameo, actor)
    if home is None:
        return recipient
    return tuple(
        replace(m, country=home, rule="reference") if _bare_government(m, home) else m
        for m in recipient
    )


def _home_country(cameo: str, actor: Mentions) -> str | None:
    """The one country of an actor of home bodies that asks or blames, else None."""
    codes, senses = english().codes, english().senses
    if cameo[:2] not in codes.request_roots | codes.accusation_roots or not actor:
        return None
    countries = {m.country for m in actor}
    if len(countries) != 1:
        return None
    home = next(iter(countries))
    if home is None or len(home) != 3 or home in codes.org_kinds:
        return None
    if any(m.sector not in senses.home_callers or m.rule in GUESSED_ACTOR_RULES for m in actor):
        return None
    return home


def _bare_government(mention: ActorMention, home: str) -> bool:
    """Whether the mention is "the government" (or "the authorities") of another country
    that its own words do not name."""
    if mention.sector != "GOV" or mention.country in (None, home):
        return False
    if mention.rule not in UNSTATED_RULES or mention.name or mention.org:
        return False
    words = mention.text.lower().split()
    return len(words) == 2 and words[0] in english().senses.home_call_determiners
