"""Seats of government named as places are in their country (made-up world: Gondor's capital
Minas Tirith, its seat the Citadel; the gazetteer also knows a far-away Citadel)."""

from __future__ import annotations

from detente.geo.gazetteer import Candidate
from detente.geo.seats import seated

SEATS = {
    "Minas Tirith": ("GND", ("Minas Tirith", "Citadel", "Osgiliath")),
    "Citadel": ("GND", ("Minas Tirith", "Citadel", "Osgiliath")),
    "Osgiliath": ("GND", ("Minas Tirith", "Citadel", "Osgiliath")),
}


def _place(name: str, country: str, population: int, precision: str = "city") -> Candidate:
    return Candidate(name=name, country=country, admin1=None, lat=0.0, lon=0.0,
                     population=population, geonames_id=None, precision=precision,  # type: ignore[arg-type]
                     primary=True)  # fmt: skip


CAPITAL = _place("Minas Tirith", "GND", 900_000)
GAZETTEER = {
    "Minas Tirith": (CAPITAL, _place("Minas Tirith", "ARN", 5_000)),
    "Citadel": (_place("Citadel", "MDR", 3_000_000), _place("Citadel", "GND", 2_000)),
    "Osgiliath": (_place("Osgiliath", "GND", 300_000),),
}


def _lookup(name: str) -> tuple[Candidate, ...]:
    return GAZETTEER.get(name, ())


def _seated(name: str) -> tuple[Candidate, ...]:
    return seated(name, _lookup(name), SEATS.get, _lookup)


def test_a_seat_that_is_no_town_of_its_own_is_the_capital() -> None:
    # "at the Citadel": not the big Citadel abroad, nor Gondor's hamlet of that name
    assert _seated("Citadel") == (CAPITAL,)


def test_the_capitals_own_name_keeps_every_place_it_may_mean() -> None:
    # "Minas Tirith" may be Arnor's village of that name: the article's places decide
    assert _seated("Minas Tirith") == GAZETTEER["Minas Tirith"]


def test_a_seat_that_is_a_sizeable_town_is_that_town() -> None:
    assert _seated("Osgiliath") == GAZETTEER["Osgiliath"]


def test_names_that_are_no_seat_are_left_alone() -> None:
    far = (_place("Bree", "ARN", 10_000),)
    assert seated("Bree", far, SEATS.get, _lookup) == far
    assert seated("Citadel", GAZETTEER["Citadel"], None, _lookup) == GAZETTEER["Citadel"]


def test_a_seat_whose_capital_the_gazetteer_lacks_is_nowhere() -> None:
    assert seated("Citadel", GAZETTEER["Citadel"], SEATS.get, lambda name: ()) == ()


def test_the_capitals_name_without_its_accents_is_still_the_capitals_name() -> None:
    # "Minas Tirith" spelt "Mínas Tírith" in the seat list: every place of the name stays
    accented = {"Minas Tirith": ("GND", ("Mínas Tírith", "Citadel"))}
    found = seated("Minas Tirith", GAZETTEER["Minas Tirith"], accented.get, _lookup)
    assert found == GAZETTEER["Minas Tirith"]
