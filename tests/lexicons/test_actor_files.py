"""The shipped actor files are complete, consistent and strictly checked on load."""

from __future__ import annotations

import datetime as dt
from importlib import resources

import pycountry
import pytest

from detente.errors import LexiconError
from detente.lexicons.actors import (
    KINDS,
    SHIPPED_FILES,
    ActorFile,
    RoleEntry,
    Term,
    load_actor_lexicon,
    read_actor_yaml,
    tokenise,
)

G20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
       "RUS", "SAU", "ZAF", "TUR", "GBR", "USA")
WATCHED = ("PRK", "IRN", "ISR", "PSE", "SYR", "UKR", "AFG", "IRQ", "PAK", "VEN", "CUB", "EGY")


@pytest.fixture(scope="module")
def shipped() -> dict[str, ActorFile]:
    data = resources.files("detente.lexicons").joinpath("data")
    return {name: read_actor_yaml(data.joinpath(name).read_text("utf-8"), name)
            for name in SHIPPED_FILES}


def test_every_shipped_file_has_a_version(shipped: dict[str, ActorFile]) -> None:
    assert all(f.version for f in shipped.values())


def test_every_iso_country_is_present(shipped: dict[str, ActorFile]) -> None:
    codes = {c.code for c in shipped["countries.yaml"].countries}
    assert {c.alpha_3 for c in pycountry.countries} <= codes


def test_partially_recognised_entities_are_present(shipped: dict[str, ActorFile]) -> None:
    countries = {c.name: c for c in shipped["countries.yaml"].countries}
    assert {"Taiwan", "Kosovo", "Palestine", "Western Sahara"} <= set(countries)
    for name, parent in [("Transnistria", "MDA"), ("Abkhazia", "GEO"), ("South Ossetia", "GEO"),
                         ("Northern Cyprus", "CYP"), ("Somaliland", "SOM")]:
        assert (countries[name].output, countries[name].partial) == (parent, True)


def test_sizes(shipped: dict[str, ActorFile]) -> None:
    assert len(shipped["organisations.yaml"].organisations) >= 60
    assert len(shipped["people.yaml"].people) >= 500
    assert sum(len(g.terms) for g in shipped["agents.yaml"].agents) >= 500


@pytest.mark.parametrize("country", G20 + WATCHED)
def test_someone_governs_each_watched_country_today(
    shipped: dict[str, ActorFile], country: str
) -> None:
    today = dt.date(2025, 6, 1)
    holders = [p.name for p in shipped["people.yaml"].people for r in p.roles
               if r.country == country and r.sector == "GOV" and r.holds_on(today)]
    assert len(holders) >= 2, holders  # at least a head of state or government and a minister


def test_every_role_has_a_title_and_a_start(shipped: dict[str, ActorFile]) -> None:
    for person in shipped["people.yaml"].people:
        for role in person.roles:
            assert role.title and role.start, person.name


def test_un_secretaries_general_are_igo(shipped: dict[str, ActorFile]) -> None:
    sgs = {p.name for p in shipped["people.yaml"].people for r in p.roles
           if r.org == "UNO" and r.country == "IGO"}
    assert {"Kofi Annan", "Ban Ki-moon", "António Guterres"} <= sgs


def test_no_name_is_claimed_by_two_unrelated_entries() -> None:
    lexicon = load_actor_lexicon(imported=False)  # our own files; imports rank below them
    # ("coalition",): capitalised, a parliamentary alliance of parties (actors20); in lower
    # case, an alliance of groups
    allowed = {("us",), ("security", "council"), ("red", "crescent"), ("state", "department"),
               ("revolutionary", "guards"), ("revolutionary", "guard"), ("coalition",)}
    clashes = [key for key, terms in lexicon.index.items()
               if len({id(t.entry) for t in terms}) > 1 and key not in allowed
               and not _shared_acronym(key, terms)]
    assert clashes == []


def _shared_acronym(key: tuple[str, ...], terms: tuple[Term, ...]) -> bool:
    """actors12: one acronym in capitals of several national bodies ("APC": Nigeria's and
    Sierra Leone's) is read by the countries its article names (coding/phrase_acronyms.py)."""
    return len(key) == 1 and all(
        t.kind == "org" and t.case == ("upper",) and t.entry.country not in KINDS for t in terms
    )


def test_country_fields_name_known_codes(shipped: dict[str, ActorFile]) -> None:
    known = {c.code for c in shipped["countries.yaml"].countries} | KINDS
    orgs = shipped["organisations.yaml"].organisations
    assert {o.country for o in orgs} <= known
    assert {r.country for p in shipped["people.yaml"].people for r in p.roles} <= known


def test_partial_dates_widen_to_the_whole_period() -> None:
    role = RoleEntry(title="Premier", country="PRK", start="2011-12", end="2019-06")
    assert (role.start, role.end) == (dt.date(2011, 12, 1), dt.date(2019, 6, 30))
    year = RoleEntry(title="Premier", country="PRK", start="2011", end="2012")
    assert (year.start, year.end) == (dt.date(2011, 1, 1), dt.date(2012, 12, 31))


def test_a_role_ending_before_it_starts_is_rejected() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        RoleEntry(title="Premier", country="PRK", start="2019", end="2011")


def test_yaml_scalars_stay_strings() -> None:
    model = read_actor_yaml("version: 1\npeople:\n  - {name: No Kwang Chol, surname: No, "
                       "country: PRK, roles: [{title: Minister, start: 2018-06}]}\n", "t.yaml")
    assert model.people[0].surname == "No"
    assert model.version == "1"


def test_not_yaml_is_reported_with_the_line() -> None:
    with pytest.raises(LexiconError, match=r"t\.yaml:3: not valid YAML"):
        read_actor_yaml("version: 1\npeople:\n  - {name: X, roles: [}\ncountries: []\n", "t.yaml")


def test_tokens_fold_accents_dots_and_possessives() -> None:
    assert [t.norm for t in tokenise("Élysée")] == ["elysee"]
    assert [t.norm for t in tokenise("U.S. troops")] == ["us", "troops"]
    assert [t.norm for t in tokenise("North Korea's army")] == ["north", "korea", "army"]
    assert [t.case for t in tokenise("NATO Nato nato")] == ["upper", "title", "lower"]


def test_a_mixed_case_acronym_is_read_in_capitals_only(tmp_path) -> None:
    # "GaR" (a made-up armed group's acronym, like "LeT") is no capitalised English "Gar"
    assert [t.case for t in tokenise("GaR Gar McCoy")] == ["upper", "title", "title"]
    mine = tmp_path / "mine.yaml"
    mine.write_text("version: 1\norganisations:\n"
                    "  - {name: Gondor Army of the Rising, aliases: [GaR], country: GBR}\n")
    lexicon = load_actor_lexicon([mine], imported=False, cache_dir=tmp_path / "cache")

    def orgs(text: str) -> list[str]:
        return [m.term.entry.name for m in lexicon.scan(text)[1] if m.term.kind == "org"]

    assert orgs("GaR fighters struck.") == ["Gondor Army of the Rising"]
    assert orgs("GAR fighters struck.") == ["Gondor Army of the Rising"]
    assert orgs("Gar the hall be opened.") == []


def test_the_compiled_index_is_kept_and_rebuilt_when_a_file_changes(tmp_path) -> None:
    # Load speed is measured by benchmarks/lexicons.py; this checks what makes it fast.
    mine = tmp_path / "mine.yaml"
    mine.write_text("version: 1\norganisations:\n  - {name: Arnor Guard, country: GBR}\n")
    cache = tmp_path / "cache"
    first = load_actor_lexicon([mine], imported=False, cache_dir=cache)
    assert len(list(cache.glob("actors-*.pickle"))) == 1
    again = load_actor_lexicon([mine], imported=False, cache_dir=cache)
    assert again.index.keys() == first.index.keys()
    arnor = again.index[("arnor", "guard")][0]
    assert arnor.user and id(arnor.entry) in again.user_entries  # ids re-taken after loading
    mine.write_text("version: 1\norganisations:\n  - {name: Arnor Guard, country: FRA}\n")
    changed = load_actor_lexicon([mine], imported=False, cache_dir=cache)
    assert changed.index[("arnor", "guard")][0].entry.country == "FRA"
    assert len(list(cache.glob("actors-*.pickle"))) == 2
