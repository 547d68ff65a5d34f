"""PETRARCH/Phoenix dictionaries: read as written, translated to our codes, ranked below ours."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.coding.actors import resolve_actor
from detente.lexicons.actor_files import read_actor_yaml
from detente.lexicons.actor_schema import CountryEntry, OrganisationEntry, PersonEntry
from detente.lexicons.actors import load_actor_lexicon
from detente.lexicons.petrarch.actors import read_petrarch_actors
from detente.lexicons.petrarch.agents import read_petrarch_agents
from detente.lexicons.petrarch.codes import OurCode, translate
from detente.lexicons.petrarch.convert import HORIZON, convert_actors, convert_agents
from detente.lexicons.petrarch.discards import load_discards, read_discards

from support import FIXTURES

WORLD = read_actor_yaml((FIXTURES / "actors_middle_earth.yaml").read_text("utf-8"), "w.yaml")
COUNTRIES = WORLD.countries
OUTPUTS = {c.code: c.output for c in COUNTRIES} | {"RUS": "RUS"}

ACTORS = """\
# a made-up world in PETRARCH form
GONDOR_  [GND]
+GONDORIAN_
+OSGILIATH_      # a city: left to the gazetteer
DENETHOR_  ; CountryInfo.txt
+LORD_DENETHOR_
\t[GNDELI 800101-900101]
\t[GNDGOV >19900101]
\t[GNDELI]
BOROMIR_ [GNDMIL 19950101-20190301]
RANGERS_PARTY_
\t[ARNOPP <100101]
\t[ARNGOV >100101]
WHITE_COUNCIL_ [IGOWHIGOV]
HOBBIT_SHIRE_WATCH [MEAREB]
"""


def test_names_aliases_and_dated_codes_are_read_with_their_lines() -> None:
    read = read_petrarch_actors(ACTORS, "w.actors")
    denethor = next(a for a in read.actors if a.name == "DENETHOR_")
    assert denethor.aliases == ("LORD_DENETHOR_",) and denethor.line == 5
    assert [(c.code, c.start, c.end) for c in denethor.codes] == [
        ("GNDELI", dt.date(1980, 1, 1), dt.date(1990, 1, 1)),
        ("GNDGOV", dt.date(1990, 1, 1), None),
        ("GNDELI", None, None),
    ]
    assert read.problems == ()


def test_a_bad_line_is_recorded_with_file_and_line_and_the_rest_is_read() -> None:
    text = "GONDOR_ [GND]\n\t[GNDGOV >2004017]\nARNOR_ [ARN\n\tnot a code\nMORDOR_ [MDR]\n"
    read = read_petrarch_actors(text, "bad.actors")
    assert [str(p) for p in read.problems] == [
        "bad.actors:2: date '2004017' is not YYMMDD or YYYYMMDD",
        "bad.actors:3: unbalanced [ ]",
        "bad.actors:4: indented line 'not a code' is not a [code]",
    ]
    assert [a.name for a in read.actors] == ["GONDOR_", "ARNOR_", "MORDOR_"]


@pytest.mark.parametrize(("code", "ours"), [
    ("GNDGOV", OurCode(country="GND", sector="GOV")),
    ("GNDMED", OurCode(country="GND", sector="JRN")),  # CAMEO media is PLOVER JRN
    ("GNDHLH", OurCode(country="GND", sector="MED")),  # CAMEO health is PLOVER MED
    ("GNDGOVMIL", OurCode(country="GND", sector="GOV")),  # the first role is the primary one
    ("IGOUNOKID", OurCode(country="IGO", org="UNO")),
    ("NGOGNDHRI", OurCode(country="NGO", sector="SOC")),
    ("MNCGND", OurCode(country="MNC", sector="BUS")),
    ("IMGMUSALQ", OurCode(country="IMG", sector="REB", org="ALQ")),  # armed, not a faith
    ("GNDMUSREB", OurCode(country="GND", sector="REB")),  # the faith modifies the role
    ("GNDMUS", OurCode(country="GND", sector="REL")),
    ("USRGOV", OurCode(country="RUS", sector="GOV")),  # the USSR by its successor
    ("MEAREB", OurCode(country=None, sector="REB")),  # a region is no country
])
def test_cameo_codes_become_country_sector_and_org(code: str, ours: OurCode) -> None:
    assert translate(code, OUTPUTS) == ours


def _converted() -> dict[str, object]:
    made = convert_actors(read_petrarch_actors(ACTORS, "w.actors"), COUNTRIES).model
    entries = (*made.countries, *made.organisations, *made.people)
    return {e.names[0] if isinstance(e, CountryEntry) else e.name: e for e in entries}


def test_an_open_role_ends_at_the_horizon_but_a_former_official_stays_one() -> None:
    denethor = _converted()["Denethor"]
    assert isinstance(denethor, PersonEntry)
    assert [(r.sector, r.start, r.end) for r in denethor.roles] == [
        ("ELI", dt.date(1980, 1, 1), dt.date(1990, 1, 1)),
        ("GOV", dt.date(1990, 1, 1), HORIZON),
        ("ELI", None, None),  # the undated default applies when no date fits: after the horizon
    ]
    assert denethor.source == "w.actors:5"


def test_place_names_under_a_country_are_left_to_the_gazetteer() -> None:
    gondor = _converted()["Gondor"]
    assert isinstance(gondor, CountryEntry)
    assert gondor.code == "GND" and gondor.names == ("Gondor", "Gondorian")


def test_a_dated_body_stays_a_body_and_a_region_code_is_skipped() -> None:
    converted = _converted()
    party = converted["Rangers Party"]
    assert isinstance(party, OrganisationEntry) and [r.sector for r in party.roles] == [
        "OPP", "GOV"]
    council = converted["White Council"]
    assert isinstance(council, OrganisationEntry)
    assert (council.country, council.code) == ("IGO", "WHI")
    skipped = convert_actors(read_petrarch_actors(ACTORS, "w.actors"), COUNTRIES).skipped
    assert skipped == {"no country (region or unknown code)": 1}


AGENTS = """\
!MINIST! = MINISTER, MINISTRY
STEWARD [~GOV]
ARMY {} [~MIL]
PALANTIR_KEEPER {PALANTIRI_KEEPERS} [~SPY]
SECRET_POLICY [~COPSPY]
WAR_!MINIST! [~GOV]
WIZARD_COUNCIL [IGO~]
ENVOY_TO [~GOV]
WRAITH [~RAD]
HOBBIT [~CVL]
ENVOY [~GOV]
TAXPAYERS [~GOV]
HOBBITISH [~MUS]
HOBBITISH_MONK [~BUD]
"""


def test_agents_get_plurals_substitutions_and_sectors() -> None:
    read = read_petrarch_agents(AGENTS, "w.agents")
    groups = convert_agents(read)
    terms = {g.terms: (g.sector, g.kind) for g in groups.model.agents}
    assert terms == {
        ("steward", "stewards"): ("GOV", None),
        ("army",): ("MIL", None),
        ("palantir keeper", "palantiri keepers"): ("SPY", None),
        ("secret policy", "secret policies"): ("COP", None),
        ("war minister", "war ministry"): ("GOV", None),
        ("wizard council", "wizard councils"): (None, "IGO"),
        ("envoy", "envoys"): ("GOV", None),
        ("taxpayers",): ("GOV", None),
        ("hobbitish monk", "hobbitish monks"): ("REL", None),
    }
    assert groups.skipped == {"ends in a preposition": 1, "code RAD has no PLOVER sector": 1,
                              "CVL noun (ours list them)": 1, "one-word faith adjective": 1}


def test_discards_mark_sentences_or_stories_and_match_whole_words_when_asked() -> None:
    entries = read_discards("+SHIRE FAIR\nPIPEWEED_\nDRAGON  # a stem\n", "d.txt")
    assert [(d.phrase, d.story, d.whole_word, d.source) for d in entries] == [
        ("shire fair", True, False, "d.txt:1"),
        ("pipeweed", False, True, "d.txt:2"),
        ("dragon", False, False, "d.txt:3"),
    ]


def test_the_discard_list_finds_a_phrase_as_petrarch_does(tmp_path: Path) -> None:
    mine = tmp_path / "discards.txt"
    mine.write_text("+SHIRE FAIR\nPIPEWEED_\n", encoding="utf-8")
    discards = load_discards([mine])
    assert len(discards.entries) > 400  # the shipped Phoenix list comes first
    assert discards.find("Hobbits met at the Shire Fair on Monday").story  # type: ignore[union-attr]
    assert discards.find("They traded pipeweed.") is not None
    assert discards.find("They traded pipeweeds.") is None  # whole word only
    assert discards.find("Gondor's steward met Arnor's king") is None


def test_a_users_petrarch_dictionary_is_used_unchanged_below_their_yaml(tmp_path: Path) -> None:
    mine = tmp_path / "world.txt"  # no telling suffix: recognised by its content
    mine.write_text("FARAMIR_\n\t[GNDMIL 20000101-20190301]\n\t[GNDGOV >20190302]\n"
                    "DENETHOR_ [MDRGOV]\n", encoding="utf-8")
    lexicon = load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml", mine], imported=False)
    faramir = resolve_actor(lexicon, "Faramir", date=dt.date(2025, 1, 1))
    assert faramir is not None and (faramir.country, faramir.sector) == ("GND", "GOV")  # no horizon
    denethor = resolve_actor(lexicon, "Denethor", date=dt.date(2000, 1, 1))
    assert denethor is not None and denethor.country == "GND"  # the YAML entry wins
    assert lexicon.shadowing is not None and lexicon.shadowing.disagreeing == {str(mine): 1}


def test_our_entries_win_over_a_users_petrarch_entry_and_the_clash_is_counted(
        tmp_path: Path) -> None:
    mine = tmp_path / "world.actors"
    mine.write_text("KREMLIN_ [GNDGOV]\nMINAS_MORGUL_ [MDRMIL]\n", encoding="utf-8")
    lexicon = load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml", mine], imported=False)
    kremlin = resolve_actor(lexicon, "the Kremlin")
    assert kremlin is not None and kremlin.country == "RUS"
    morgul = resolve_actor(lexicon, "Minas Morgul")
    assert morgul is not None and (morgul.country, morgul.sector) == ("MDR", "MIL")
    example = lexicon.shadowing.examples[0]  # type: ignore[union-attr]
    assert (example.name, example.kept, example.dropped) == ("Kremlin", "RUS -", "GND GOV")
    assert example.source == f"{mine}:1"


def test_an_unreadable_petrarch_file_names_itself(tmp_path: Path) -> None:
    from detente.errors import LexiconError

    with pytest.raises(LexiconError, match=r"absent\.actors: cannot read actor file"):
        load_actor_lexicon([tmp_path / "absent.actors"], imported=False)


def test_the_shipped_imports_end_open_roles_at_the_horizon() -> None:
    lexicon = load_actor_lexicon()
    in_office = resolve_actor(lexicon, "Hamid Karzai", date=dt.date(2009, 6, 1))
    assert in_office is not None and (in_office.country, in_office.sector) == ("AFG", "GOV")
    later = resolve_actor(lexicon, "Hamid Karzai", date=dt.date(2030, 6, 1))
    assert later is not None and later.country == "AFG" and later.sector != "GOV"
    sources = {s.origin: s for s in lexicon.sources}
    assert sources["Phoenix.Countries.actors.txt"].entries["people"] > 15_000
    assert sources["Phoenix.agents.txt"].entries["agents"] > 2_000


def test_convert_writes_yaml_that_reads_back_as_the_same_entries(tmp_path: Path) -> None:
    source = tmp_path / "world.actors"
    # Conversion knows our countries only: the made-up people get real codes here.
    source.write_text("BOROMIR_ [NZLMIL 19950101-20190301]\n+BOROMIR_OF_GONDOR\n"
                      "WHITE_COUNCIL_ [IGOWHIGOV]\nISLAND_ [ZZZ]\n", encoding="utf-8")
    out = tmp_path / "world.yaml"
    result = CliRunner().invoke(app, ["lexicon", "convert", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    model = read_actor_yaml(out.read_text("utf-8"), str(out))
    boromir = model.people[0]
    assert (boromir.name, boromir.aliases) == ("Boromir", ("Boromir of Gondor",))
    assert [(r.country, r.sector, r.start, r.end) for r in boromir.roles] == [
        ("NZL", "MIL", dt.date(1995, 1, 1), dt.date(2019, 3, 1))]
    assert model.organisations[0].country == "IGO"
    assert "Left out: 1 no country" in out.read_text("utf-8")  # ZZZ is no country we know


def test_lexicon_stats_prints_each_source_and_kind() -> None:
    result = CliRunner().invoke(app, ["lexicon", "stats"])
    assert result.exit_code == 0, result.output
    lines = [line.split("\t") for line in result.output.splitlines()]
    rows = {(c[0], c[2]): int(c[3]) for c in lines if len(c) == 4 and c[3].isdigit()}
    assert rows[("people.yaml", "people")] > 500
    assert rows[("Phoenix.MilNonState.actors.txt", "organisations")] > 500
    assert rows[("Phoenix.discards.txt", "discards (story)")] > 10
    assert ("Phoenix.Countries.actors.txt", "names a stronger file holds, disagreeing") in rows


def test_settings_name_agent_and_discard_files_and_split_them_from_the_environment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from detente.config import load_settings

    assert load_settings().agent_files == () and load_settings().discard_files == ()
    monkeypatch.setenv("DETENTE_AGENT_FILES", "a.agents:b.agents")
    monkeypatch.setenv("DETENTE_DISCARD_FILES", "d.txt")
    settings = load_settings()
    assert settings.agent_files == (Path("a.agents"), Path("b.agents"))
    assert settings.discard_files == (Path("d.txt"),)


def test_a_users_agent_dictionary_adds_sector_nouns(tmp_path: Path) -> None:
    mine = tmp_path / "world.agents"
    mine.write_text("PALANTIR_KEEPER [~SPY]\n", encoding="utf-8")
    lexicon = load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], [mine], imported=False)
    code = resolve_actor(lexicon, "Gondorian palantir keepers")
    assert code is not None and (code.country, code.sector) == ("GND", "SPY")


def test_every_entry_names_the_file_and_line_it_came_from(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("version: 1\norganisations:\n  - {name: Arnor Guard, country: GBR}\n"
                    "  - {name: Gondor Watch, country: FRA}\n", encoding="utf-8")
    lexicon = load_actor_lexicon([mine], imported=False)
    assert lexicon.index[("gondor", "watch")][0].entry.source == f"{mine}:4"
    assert lexicon.index[("mossad",)][0].entry.source.startswith("organisations.yaml:")


def test_further_forms_of_a_persons_name_before_the_codes_are_aliases() -> None:
    # Phoenix writes later forms of a name without "+" before the person's date lines; the
    # first name would otherwise be an actor with no code and be lost.
    text = (
        "FARAMIR_HURIN_\n+PRINCE_FARAMIR_\nSTEWARD_FARAMIR_HURIN\n"
        "\t[GNDGOV 20190301-20300101]\nELBOETH_HURIN_ [GNDMIL]\n"
        "U.N._\nUN_WHITE_COUNCIL [IGOWHIGOV]\n"
    )
    read = read_petrarch_actors(text, "w.actors")
    faramir, elboeth, un, council = read.actors
    assert faramir.aliases == ("PRINCE_FARAMIR_", "STEWARD_FARAMIR_HURIN")
    assert [c.code for c in faramir.codes] == ["GNDGOV"]
    # once the codes came, a name that repeats the surname is someone else
    assert (elboeth.name, [c.code for c in elboeth.codes]) == ("ELBOETH_HURIN_", ["GNDMIL"])
    # "U.N._" is no person's name of two words: the next line starts its own record
    assert (un.name, un.codes, council.name) == ("U.N._", (), "UN_WHITE_COUNCIL")
