"""Regions the gazetteer's sources lack are looked up beside the index, in their countries."""

from __future__ import annotations

from dataclasses import replace

import pytest

from detente.errors import GazetteerError
from detente.geo.gazetteer import region_candidates
from detente.geo.locate import resolve_place
from detente.geo.regions import parse_regions, read_regions

from middle_earth import middle_earth_gazetteer

MADE_UP = """
version: "1"
regions:
  - {name: Emyn Muil, aliases: [The Brown Hills], countries: [GND, ARN], lat: 50.0, lon: 10.0}
  - {name: Ithilien March, countries: [GND], lat: 49.0, lon: 11.0}
"""


def _gazetteer():
    return replace(middle_earth_gazetteer(), regions=region_candidates(parse_regions(MADE_UP, "t")))


def test_a_region_lies_in_every_country_it_is_listed_in() -> None:
    found = _gazetteer().lookup("Emyn Muil")
    assert [(c.country, c.precision) for c in found] == [("GND", "admin1"), ("ARN", "admin1")]
    # By an alias too, the region keeping its own name.
    assert {c.name for c in _gazetteer().lookup("the Brown Hills")} == {"Emyn Muil"}


def test_a_disputed_region_is_placed_by_the_countries_the_article_names() -> None:
    found = _gazetteer().lookup("Emyn Muil")
    assert resolve_place(found, countries=frozenset({"ARN"})).country == "ARN"
    assert resolve_place(found, countries=frozenset({"GND"})).country == "GND"


def test_a_region_comes_before_a_town_of_its_name() -> None:
    gazetteer = replace(middle_earth_gazetteer(), regions=region_candidates(parse_regions(
        'version: "1"\nregions: [{name: Tharbad, countries: [GND], lat: 1.0, lon: 1.0}]', "t")))
    found = gazetteer.lookup("Tharbad")
    assert [(c.country, c.precision) for c in found] == [("GND", "admin1"), ("ARN", "city")]


def test_a_bad_regions_file_is_refused_with_its_name() -> None:
    with pytest.raises(GazetteerError, match=r"mine\.yaml"):
        parse_regions('version: "1"\nregions: [{name: X, countries: [gondor], lat: 0, lon: 0}]',
                      "mine.yaml")
    with pytest.raises(GazetteerError, match=r"mine\.yaml"):
        parse_regions('version: "1"\nregions: [{name: X, countries: [], lat: 0, lon: 0}]',
                      "mine.yaml")


def test_the_shipped_regions_have_distinct_names_and_country_codes() -> None:
    regions = read_regions().regions
    names = [n.casefold() for r in regions for n in (r.name, *r.aliases)]
    assert len(names) == len(set(names))
    assert all(len(c) == 3 for r in regions for c in r.countries)
    assert {c.country for c in region_candidates(read_regions())["nwfp"]} == {"PAK"}
