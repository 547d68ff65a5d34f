"""A last resort for where an event happened: the one country all its named parties belong to.

GDELT and ICEWS users expect an event geography for nearly every event. When no place in the
event's clause locates it, an event among parties of one state alone ("Afghan police arrested
five men") happened in that state, at country precision. Parties of several states, or any
international body, leave it unplaced: a meeting of two governments could be anywhere; so does
force used with no one named as its target, which armies mostly use abroad.
"""

from __future__ import annotations

from collections.abc import Iterable

from detente.geo.gazetteer import Gazetteer
from detente.records import ActorMention, Place

# Codes guessed from the article or from places rather than read in the party's own phrase:
# a guess must not become a place (and a place must not come back as its own evidence).
GUESSED_RULES = frozenset({"context", "implied", "unattributed", "places", "location", "place"})


def party_place(
    gazetteer: Gazetteer | None,
    location: Place | None,
    actor: Iterable[ActorMention],
    recipient: Iterable[ActorMention],
    *,
    force: bool = False,
) -> Place | None:
    """The event's place, falling back from the dateline to its parties' one country. Force
    with no recipient named (``force``: "Gondorian air strikes", "troops shelled") is often
    used abroad: the actor's own country does not place it."""
    if gazetteer is None or (location is not None and location.rule != "dateline"):
        return location
    recipient = list(recipient)
    if force and not recipient:
        return location
    parties = [*actor, *recipient]
    countries = {m.country for m in parties if m.country is not None}
    named = any(m.country is not None and m.rule not in GUESSED_RULES for m in parties)
    if len(countries) != 1 or not named:
        return location
    [code] = countries
    if location is not None and location.country == code:
        return location  # the dateline is in the parties' country and more precise
    country = gazetteer.country(code)
    if country is None:
        return location  # IGO, NGO and other codes that name no state
    return Place(
        name=country.name, country=code, lat=country.lat, lon=country.lon,
        geonames_id=country.geonames_id, precision="country", rule="parties",
    )
