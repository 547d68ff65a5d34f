"""mainev17: police acted upon with no country named are the story's home police.

Police act only within their own state's jurisdiction, so a police force or officer named
without a country is that of the country where the story's unnamed authorities act (the
article's home): the placement stage already reads "Police charged Sun" so when police act
(authorities.home_authorities). Police are as much the home's when they are acted upon: "a
man pointed a replica handgun at a Saskatoon police officer", "protesters threw stones at
police", "the gunman shot two officers". Only a party known by its sector word alone is placed
so, and only in a story that has a home; a country the words read (the "Gondorian police")
is never changed.
"""

from __future__ import annotations

from dataclasses import replace

from detente.lexicons.english import english
from detente.records import ActorMention


def home_police(
    mentions: tuple[ActorMention, ...], home: str | None
) -> tuple[ActorMention, ...]:
    """The recipients as the home's police, when every one is police of no stated country."""
    sectors = english().codes.home_authority_sectors
    if home is None or not mentions:
        return ()
    if not all(m.country is None and m.sector in sectors for m in mentions):
        return ()
    return tuple(replace(m, country=home, rule="places") for m in mentions)
