"""Seats of power named as places: "at the White House" is in Washington, not in Casablanca.

The gazetteer holds names in many languages; "White House" is also Casablanca's name translated
(Dar el Beida), and a small town in Tennessee. The actor lexicon lists each country's
seats of government, its capital first: the capital's own name is left to the article's
geography ("Athens" may be Athens, Georgia), and any other seat is the capital's building
(the White House, the Kremlin, Downing Street) unless the country has a sizeable town of that
name ("The Hague", a seat of the Netherlands beside Amsterdam).
"""

from __future__ import annotations

from collections.abc import Callable

from detente.geo.gazetteer import Candidate
from detente.geo.sources import name_key

# name → (the country whose seat it is, that country's seats in the order its entry lists them)
SeatOf = Callable[[str], tuple[str, tuple[str, ...]] | None]


# A seat that is not the capital is a town of its own from this size ("The Hague").
SEAT_TOWN = 100_000


def seated(
    name: str,
    candidates: tuple[Candidate, ...],
    seat_of: SeatOf | None,
    lookup: Callable[[str], tuple[Candidate, ...]],
) -> tuple[Candidate, ...]:
    """The places a seat of government may mean: the capital's own name all it may mean, a
    sizeable town of that name in the seat's country, else the capital."""
    found = seat_of(name) if seat_of is not None else None
    # "San Jose" is the capital "San José" written without its accent: still the capital's name
    if found is None or not found[1] or name_key(found[1][0]) == name_key(name):
        return candidates
    country, seats = found
    towns = tuple(
        c for c in candidates
        if c.country == country and c.precision == "city" and c.population >= SEAT_TOWN
    )
    if towns:
        return towns
    capital = [c for c in lookup(seats[0]) if c.country == country and c.precision == "city"]
    return (max(capital, key=lambda c: c.population),) if capital else ()
