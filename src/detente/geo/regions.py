"""Regions the gazetteer's sources lack (provinces abroad, disputed and breakaway regions)."""

from __future__ import annotations

import functools
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, field_validator

from detente.errors import GazetteerError


class RegionEntry(BaseModel):
    """One region of regions.yaml: its names, the countries it lies in, a rough centroid."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    aliases: tuple[str, ...] = ()
    countries: tuple[str, ...] = Field(min_length=1)
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)

    @field_validator("countries")
    @classmethod
    def _iso3(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(len(c) != 3 or not c.isupper() for c in value):
            raise ValueError(f"countries must be ISO3 codes, not {value}")
        return value


class RegionFile(BaseModel):
    """regions.yaml: a version and its regions."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    regions: tuple[RegionEntry, ...]


def parse_regions(text: str, origin: str) -> RegionFile:
    """Check a regions file; raise GazetteerError naming the file and the fault."""
    import yaml  # only when the compiled cache misses (yaml costs ~15 ms to import)

    try:
        return RegionFile.model_validate(yaml.safe_load(text))
    except (yaml.YAMLError, ValueError) as exc:
        raise GazetteerError(f"{origin}: bad regions file ({exc})") from exc


def _read_shipped() -> RegionFile:
    path = resources.files("detente.lexicons").joinpath("data/regions.yaml")
    return parse_regions(path.read_text("utf-8"), "regions.yaml")


@functools.cache
def read_regions() -> RegionFile:
    """The shipped regions.yaml, read and checked once per process, compiled cache first."""
    from detente.lexicons.cache import cached, package_key

    # Parsing the YAML costs ~12 ms of every start; the key holds the file and this schema.
    schema = resources.files("detente.geo").joinpath("regions.py").read_bytes()
    key = package_key("detente.lexicons", ("data/regions.yaml",), schema)
    return cached("regions", key, _read_shipped, RegionFile, None)
