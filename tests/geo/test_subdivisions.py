"""Other countries' first-level divisions (ISO 3166-2 names) become places of their country."""

from __future__ import annotations

from detente.geo.sources import Entry
from detente.geo.subdivisions import first_level, iter_subdivisions


def _place(name: str, country: str, precision: str, population: int = 0) -> Entry:
    return Entry(name=name, country=country, admin1="01" if precision == "city" else None,
                 lat=10.0 if country == "GND" else 40.0, lon=20.0, population=population,
                 geonames_id=None, precision=precision, aliases=frozenset())


PLACES = (
    _place("Gondor", "GND", "country"),
    _place("Rohan", "RHN", "country"),
    _place("Anorien", "GND", "city", 4_000),  # a town of Gondor named like its own division
    _place("Lebennin", "RHN", "city", 20_000),  # a small town abroad
    _place("Pelargir", "RHN", "city", 250_000),  # a big town abroad
)


def _added(divisions: list[tuple[str, str]], taken: frozenset[str] = frozenset()) -> list[str]:
    return [e.name for e in iter_subdivisions(divisions, PLACES, set(taken))]


def test_a_division_is_a_place_of_its_country_at_the_country_centre() -> None:
    (entry,) = iter_subdivisions([("Lossarnach", "GND")], PLACES, set())
    assert (entry.country, entry.precision, entry.admin1) == ("GND", "admin1", None)
    assert (entry.lat, entry.lon) == (10.0, 20.0)  # Gondor's centre: the source gives no points


def test_a_town_of_the_same_country_keeps_the_name() -> None:
    assert _added([("Anorien", "GND")]) == []


def test_a_big_town_abroad_keeps_the_name_a_small_one_does_not() -> None:
    assert _added([("Pelargir", "GND"), ("Lebennin", "GND")]) == ["Lebennin"]


def test_names_kept_elsewhere_and_bare_directions_are_skipped() -> None:
    divisions = [("Ithilien", "GND"), ("Northern", "GND"), ("Central District", "GND"),
                 ("North West", "GND"), ("Dol Amroth [Amroth]", "GND")]
    assert _added(divisions, frozenset({"ithilien"})) == ["Dol Amroth"]


def test_a_division_of_a_country_without_a_centre_is_skipped() -> None:
    assert _added([("Nurn", "MRD")]) == []


def test_the_source_gives_first_level_divisions_outside_the_us_only() -> None:
    iso3 = {"IN": "IND", "US": "USA", "SI": "SVN"}
    found = set(first_level(iso3))
    assert ("Kerala", "IND") in found
    assert not any(country == "USA" for _, country in found)  # the states come from geonames
    assert not any(country == "SVN" for _, country in found)  # municipalities are towns


def test_the_index_finds_a_state_the_city_lists_lack(gazetteer) -> None:
    (kerala,) = [c for c in gazetteer.lookup("Kerala") if c.precision == "admin1"]
    assert kerala.country == "IND"
    assert gazetteer.lookup("Gaza")[0].country == "PSE"  # not Mozambique's Gaza province
