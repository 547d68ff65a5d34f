"""The gazetteer: a SQLite index of places compiled once from package data into the user cache."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from detente.config import Settings
from detente.errors import GazetteerError
from detente.geo.regions import RegionFile, read_regions
from detente.geo.sources import (
    Entry,
    demonyms,
    iter_entries,
    name_key,
    read_country_lexicon,
    source_versions,
)
from detente.records import PlacePrecision

log = logging.getLogger(__name__)

# Bump when the schema or the way entries are compiled changes: old caches are then rebuilt.
FORMAT = "2"
DEFAULT_MIN_POPULATION = 1000
# Lookups remembered per process; news names the same few thousand places over and over.
MEMO_SIZE = 50_000
# Map the index into memory instead of reading pages through SQLite's small default cache:
# lookups jump around a file of ~30 MB (cities1000), and mapping it is four times faster.
MMAP_BYTES = 256 * 1024 * 1024
# Countries first (a country's name never means a town), then divisions, then towns.
PRECISION_RANK = {"country": 0, "admin1": 1, "city": 2}

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place (
    id INTEGER PRIMARY KEY, geonames_id INTEGER, name TEXT NOT NULL, country TEXT NOT NULL,
    admin1 TEXT, lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER NOT NULL,
    precision TEXT NOT NULL
);
CREATE TABLE alias (key TEXT NOT NULL, place INTEGER NOT NULL, is_primary INTEGER NOT NULL);
CREATE TABLE demonym (key TEXT PRIMARY KEY) WITHOUT ROWID;
"""
LOOKUP = """
SELECT p.geonames_id, p.name, p.country, p.admin1, p.lat, p.lon, p.population, p.precision,
       a.is_primary
FROM alias a JOIN place p ON p.id = a.place WHERE a.key = ?
"""
# Every country's own entry, the most populous first where a code has several.
COUNTRIES = """
SELECT geonames_id, name, country, admin1, lat, lon, population, precision, 1
FROM place WHERE precision = 'country' ORDER BY population DESC
"""


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """One place a name may refer to."""

    name: str
    country: str  # ISO3
    admin1: str | None
    lat: float
    lon: float
    population: int
    geonames_id: int | None
    precision: PlacePrecision
    primary: bool  # the name is the place's own name, not one of its alternates


@dataclass(frozen=True, slots=True, kw_only=True)
class Gazetteer:
    """Place lookup by name; open it with ``load_gazetteer`` once per process."""

    path: Path
    version: str
    db: sqlite3.Connection = field(repr=False, compare=False)
    # Regions the index lacks (regions.yaml), by folded name; looked up beside the index.
    regions: dict[str, tuple[Candidate, ...]] = field(default_factory=dict, repr=False,
                                                      compare=False)
    memo: dict[str, tuple[Candidate, ...]] = field(default_factory=dict, repr=False, compare=False)
    # Answers of ``is_demonym``: every place-like name of an article asks it first.
    demonym_memo: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    countries: dict[str, Candidate] = field(default_factory=dict, repr=False, compare=False)

    def lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every place the name may mean: countries first, then own names, then by population."""
        key = name_key(name)
        found = self.memo.get(key)
        if found is None:
            rows = self.db.execute(LOOKUP, (key,)).fetchall() if key else []
            found = tuple(sorted(
                (*(_candidate(row) for row in rows), *self.regions.get(key, ())),
                key=lambda c: (PRECISION_RANK[c.precision], not c.primary, -c.population),
            ))
            if len(self.memo) >= MEMO_SIZE:
                self.memo.clear()
            self.memo[key] = found
        return found

    def country(self, iso3: str) -> Candidate | None:
        """The country itself as a place ("SYR" → Syria), or None for codes that name no state."""
        if not self.countries:
            # One scan reads every country's own entry (a few hundred rows), the largest first.
            for row in self.db.execute(COUNTRIES).fetchall():
                self.countries.setdefault(row[2], _candidate(row))
        return self.countries.get(iso3)

    def is_demonym(self, text: str) -> bool:
        """True for "Chinese", "North Koreans": words about a country's people, not a place."""
        key = name_key(text)
        found = self.demonym_memo.get(key)
        if found is None:
            row = self.db.execute("SELECT 1 FROM demonym WHERE key = ?", (key,)).fetchone()
            if len(self.demonym_memo) >= MEMO_SIZE:
                self.demonym_memo.clear()
            found = self.demonym_memo[key] = row is not None
        return found

    def __reduce__(self) -> tuple[object, tuple[Path, str]]:
        # A connection cannot be pickled: a worker process reopens the same index file.
        return open_gazetteer, (self.path, self.version)


def _candidate(row: tuple) -> Candidate:
    geonames_id, name, country, admin1, lat, lon, population, precision, primary = row
    return Candidate(
        name=name, country=country, admin1=admin1, lat=lat, lon=lon, population=population,
        geonames_id=geonames_id, precision=precision, primary=bool(primary),
    )


def region_candidates(regions: RegionFile) -> dict[str, tuple[Candidate, ...]]:
    """Each region as a first-level place in every country it lies in, by each of its names."""
    table: dict[str, tuple[Candidate, ...]] = {}
    for region in regions.regions:
        for written in (region.name, *region.aliases):
            places = tuple(
                Candidate(name=region.name, country=country, admin1=None, lat=region.lat,
                          lon=region.lon, population=0, geonames_id=None, precision="admin1",
                          primary=written == region.name)
                for country in region.countries
            )
            table[name_key(written)] = table.get(name_key(written), ()) + places
    return table


def gazetteer_dir(settings: Settings) -> Path:
    """The folder holding the index: the setting, else the user's cache folder."""
    return settings.geo_cache_dir or Path(platformdirs.user_cache_dir("detente"))


def index_version(min_population: int) -> str:
    """What the index must have been built from; any difference means a rebuild."""
    return f"format {FORMAT}; {source_versions()}; cities{min_population}"


def open_gazetteer(path: Path, version: str) -> Gazetteer:
    """Open a compiled index read-only; raise GazetteerError if missing, stale or damaged."""
    if not path.is_file():
        raise GazetteerError(f"{path}: no gazetteer index")
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        db = sqlite3.connect(uri, uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        raise GazetteerError(f"{path}: cannot open gazetteer index ({exc})") from exc
    try:
        db.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        places = db.execute("SELECT count(*) FROM place").fetchone()[0]
        db.execute(LOOKUP, ("",)).fetchall()
    except sqlite3.DatabaseError as exc:
        db.close()
        raise GazetteerError(f"{path}: damaged gazetteer index ({exc})") from exc
    if meta.get("version") != version:
        db.close()
        raise GazetteerError(f"{path}: index built from {meta.get('version')!r}, need {version!r}")
    if meta.get("places") != str(places):
        db.close()
        raise GazetteerError(f"{path}: damaged gazetteer index (place count differs)")
    return Gazetteer(path=path, version=version, db=db, regions=region_candidates(read_regions()))


def _write(db: sqlite3.Connection, entries: list[Entry], demonym_keys: set[str]) -> None:
    db.executescript(SCHEMA)
    db.executemany(
        "INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ((i, e.geonames_id, e.name, e.country, e.admin1, e.lat, e.lon, e.population, e.precision)
         for i, e in enumerate(entries)),
    )
    primary = [name_key(e.name) for e in entries]
    db.executemany(
        "INSERT INTO alias VALUES (?, ?, ?)",
        ((key, i, int(key == primary[i]))
         for i, e in enumerate(entries) for key in {primary[i], *e.aliases} if key),
    )
    db.executemany("INSERT INTO demonym VALUES (?)", ((k,) for k in sorted(demonym_keys)))
    db.execute("CREATE INDEX alias_key ON alias (key, place, is_primary)")  # covers the lookup


def compile_gazetteer(path: Path, *, min_population: int, version: str | None = None) -> None:
    """Build the index from the package data and move it into place in one step."""
    started = time.perf_counter()
    version = version or index_version(min_population)
    lexicon = read_country_lexicon()
    regions = frozenset(region_candidates(read_regions()))  # regions.yaml names come first
    entries = list(iter_entries(min_population, lexicon, regions))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GazetteerError(f"{path.parent}: cannot create the gazetteer folder ({exc})") from exc
    # A private temporary name: processes building at the same time never see half a file.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            _write(db, entries, demonyms(lexicon))
            db.executemany("INSERT INTO meta VALUES (?, ?)",
                           [("version", version), ("places", str(len(entries)))])
            db.commit()
        finally:
            db.close()
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        raise GazetteerError(f"{path}: cannot write the gazetteer index ({exc})") from exc
    finally:
        tmp.unlink(missing_ok=True)
    log.info("gazetteer: %d places indexed in %s (%.1f s)", len(entries), path,
             time.perf_counter() - started)


def load_gazetteer(
    source: Settings | Path | str, *, min_population: int | None = None
) -> Gazetteer:
    """Open the cached index for these settings (or this folder), building it on first use."""
    population: int
    if isinstance(source, Settings):
        folder, population = gazetteer_dir(source), source.geo_min_population
    else:
        folder, population = Path(source), DEFAULT_MIN_POPULATION
    population = min_population or population
    path = folder / f"gazetteer-cities{population}.sqlite"
    version = index_version(population)
    try:
        return open_gazetteer(path, version)
    except GazetteerError as exc:
        log.info("gazetteer: (re)building the index: %s", exc)
    compile_gazetteer(path, min_population=population, version=version)
    return open_gazetteer(path, version)
