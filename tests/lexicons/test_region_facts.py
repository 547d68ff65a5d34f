"""The shipped first-level divisions (organisations_regions.yaml) act for their countries."""

from __future__ import annotations

from importlib import resources

import pytest

from detente.coding.actors import resolve_actor
from detente.lexicons.actor_index import fold
from detente.lexicons.actors import (
    ActorLexicon,
    load_actor_lexicon,
    read_actor_yaml,
    shipped_actor_files,
)

DATA = resources.files("detente.lexicons").joinpath("data")
REGIONS = read_actor_yaml(DATA.joinpath("organisations_regions.yaml").read_text("utf-8"), "r")


@pytest.fixture(scope="module")
def lexicon() -> ActorLexicon:
    return load_actor_lexicon()


def test_the_regions_file_is_shipped() -> None:
    assert "organisations_regions.yaml" in shipped_actor_files()


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [("the Alberta government", "CAN", "GOV"), ("Borno state police", "NGA", "COP"),
     ("Tamil Nadu Chief Minister", "IND", "GOV"), ("Tigray", "ETH", None),
     ("the Catalonia regional government", "ESP", "GOV")],
)
def test_a_division_acts_for_its_country_with_the_nouns_sector(
    lexicon: ActorLexicon, text: str, country: str, sector: str | None
) -> None:
    code = resolve_actor(lexicon, text)
    assert code is not None and (code.country, code.sector) == (country, sector)


def test_no_division_shares_a_name_with_a_country_or_another_division() -> None:
    countries = read_actor_yaml(DATA.joinpath("countries.yaml").read_text("utf-8"), "c")
    taken = {fold(n) for c in countries.countries
             for n in (c.name, *c.names, *c.adjectives, *c.peoples, *c.seats)}
    names = [fold(n) for r in REGIONS.organisations for n in (r.name, *r.aliases)]
    assert len(names) == len(set(names))
    assert not taken & set(names)
    assert all(r.sector is None and r.code is None for r in REGIONS.organisations)
