"""Actor phrases resolve to country, sector and name on the event's date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.coding.actors import (
    ActorCode,
    ActorLexicon,
    ActorMemory,
    describe,
    load_actor_lexicon,
    resolve_actor,
    resolve_actors,
)
from detente.errors import LexiconError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
WORLD = (FIXTURES / "actors_middle_earth.yaml", FIXTURES / "actors_middle_earth.tsv")
PYONGYANG_STORY = (
    "PYONGYANG - North Korea on Tuesday accused Washington of hostility. Pyongyang said the "
    "North Korean people would not bow, and North Korea's state media repeated the warning."
)


@pytest.fixture(scope="module")
def lexicon() -> ActorLexicon:
    return load_actor_lexicon()


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon(WORLD)


def codes(lexicon: ActorLexicon, text: str, **kwargs: object) -> list[tuple[str | None, ...]]:
    return [(c.country, c.sector) for c in resolve_actors(lexicon, text, **kwargs)]  # type: ignore[arg-type]


def one(lexicon: ActorLexicon, text: str, **kwargs: object) -> ActorCode:
    code = resolve_actor(lexicon, text, **kwargs)  # type: ignore[arg-type]
    assert code is not None, text
    return code


# ---------------------------------------------------------------- countries


def test_bare_country_name_gives_the_country_without_sector(lexicon: ActorLexicon) -> None:
    code = one(lexicon, "Israel")
    assert (code.country, code.sector, code.name) == ("ISR", None, "Israel")
    assert code.rule == "country-name"


@pytest.mark.parametrize(
    ("text", "country"),
    [("U.S.", "USA"), ("US", "USA"), ("the United States", "USA"), ("America", "USA"),
     ("Britain", "GBR"), ("the U.K.", "GBR"), ("DPRK", "PRK"), ("ROK", "KOR"), ("PRC", "CHN"),
     ("UAE", "ARE"), ("DRC", "COD"), ("Burma", "MMR"), ("Ivory Coast", "CIV"),
     ("Côte d'Ivoire", "CIV"), ("Czechia", "CZE"), ("Emirates", "ARE")],
)
def test_abbreviations_and_other_names(lexicon: ActorLexicon, text: str, country: str) -> None:
    assert one(lexicon, text).country == country


def test_lower_case_abbreviation_is_a_pronoun_not_a_country(lexicon: ActorLexicon) -> None:
    assert resolve_actor(lexicon, "us") is None
    assert resolve_actor(lexicon, "Who") is None


@pytest.mark.parametrize(
    ("text", "country"),
    [("Congo", "COD"), ("Republic of the Congo", "COG"), ("Democratic Republic of Congo", "COD"),
     ("Korea", "KOR"), ("North Korea", "PRK"), ("Georgia", "GEO"), ("Niger", "NER"),
     ("Nigeria", "NGA"), ("Guinea-Bissau", "GNB"), ("Papua New Guinea", "PNG"),
     ("South Sudan", "SSD"), ("Turkey", "TUR"), ("Türkiye", "TUR"), ("Chad", "TCD")],
)
def test_ambiguous_country_names_take_the_documented_reading(
    lexicon: ActorLexicon, text: str, country: str
) -> None:
    assert one(lexicon, text).country == country


@pytest.mark.parametrize("text", ["Jordan Peterson", "Chad Wolf", "the South China Sea",
                                  "the Indian Ocean", "New Mexico", "the weather", "Ethopia", ""])
def test_phrases_naming_no_actor_give_none(lexicon: ActorLexicon, text: str) -> None:
    assert resolve_actor(lexicon, text) is None


def test_possessive_country_before_a_surname_is_kept(lexicon: ActorLexicon) -> None:
    code = one(lexicon, "Russia's Putin", date=dt.date(2015, 1, 1))
    assert (code.country, code.sector, code.name) == ("RUS", "GOV", "Vladimir Putin")


@pytest.mark.parametrize(
    ("text", "country"),
    [("Beijing", "CHN"), ("the Kremlin", "RUS"), ("the White House", "USA"), ("Whitehall", "GBR"),
     ("Pyongyang", "PRK"), ("Downing Street", "GBR"), ("Seoul", "KOR"), ("Tokyo", "JPN")],
)
def test_seats_of_power_act_for_the_government(
    lexicon: ActorLexicon, text: str, country: str
) -> None:
    code = one(lexicon, text)
    assert (code.country, code.sector, code.rule) == (country, "GOV", "seat-of-power")


def test_plural_demonym_names_the_people(lexicon: ActorLexicon) -> None:
    code = one(lexicon, "Palestinians")
    assert (code.country, code.sector, code.rule) == ("PSE", "CVL", "demonym")


def test_dependencies_fold_into_the_sovereign_state(lexicon: ActorLexicon) -> None:
    assert one(lexicon, "Puerto Rico").country == "USA"
    assert one(lexicon, "Greenland").country == "DNK"
    assert one(lexicon, "Hong Kong").country == "HKG"  # a PLOVER exception, kept apart


def test_breakaway_regions_keep_the_parent_country_and_add_pre(lexicon: ActorLexicon) -> None:
    assert codes(lexicon, "Transnistria") == [("MDA", "PRE")]
    authorities = one(lexicon, "Transnistrian authorities")
    assert (authorities.country, authorities.sector, authorities.other_sectors) == (
        "MDA", "GOV", ("PRE",))
    assert codes(lexicon, "Abkhazia") == [("GEO", "PRE")]
    assert codes(lexicon, "Western Sahara") == [("ESH", "PRE")]
    assert codes(lexicon, "Kosovo") == [("XKX", None)]
    assert codes(lexicon, "Taiwan's Vice Foreign Minister") == [("TWN", "GOV")]


# ---------------------------------------------------------------- sectors from the head noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea's foreign ministry", ("PRK", "GOV")),
        ("Chinese diplomats", ("CHN", "GOV")),
        ("Chinese embassy staff", ("CHN", "GOV")),
        ("Mexican authorities", ("MEX", "GOV")),
        ("four Saudi men", ("SAU", "CVL")),
        ("American warplanes", ("USA", "MIL")),
        ("U.S. troops", ("USA", "MIL")),
        ("Palestinian militants", ("PSE", "REB")),
        ("Israeli police", ("ISR", "COP")),
        ("the Serbian parliament", ("SRB", "LEG")),
        ("Ivory Coast's Supreme Court", ("CIV", "JUD")),
        ("Venezuelan opposition", ("VEN", "OPP")),
        ("Iraqi students", ("IRQ", "EDU")),
        ("Syrian refugees", ("SYR", "REF")),
        ("Swiss doctors", ("CHE", "MED")),
        ("Lebanese journalists", ("LBN", "JRN")),
        ("Saudi businessman", ("SAU", "BUS")),
        ("Nigerian clerics", ("NGA", "REL")),
        ("Israeli intelligence", ("ISR", "SPY")),
        ("Colombian gunmen", ("COL", "UAF")),
        ("Serbian Workers' Union", ("SRB", "LAB")),
        ("Kenyan farmers", ("KEN", "AGR")),
        ("Egyptian protesters", ("EGY", "CVL")),
        ("military officials", (None, "MIL")),
        ("retired vice president Dick Cheney", ("USA", "ELI")),
        ("anti-government protesters in Iran", ("IRN", "CVL")),
        ("Afghan rebel leaders", ("AFG", "REB")),
        ("refugees fleeing the civil war in Liberia", ("LBR", "REF")),
        ("Doctors from two American aid groups", ("USA", "MED")),
        ("members of the Syrian parliament", ("SYR", "LEG")),
    ],
)
def test_head_noun_gives_the_sector(lexicon: ActorLexicon, text: str, expected: tuple) -> None:
    assert codes(lexicon, text)[:1] == [expected]


def test_counterpart_after_to_is_not_the_actor(lexicon: ActorLexicon) -> None:
    code = one(lexicon, "Li Jinjun, the Chinese ambassador to North Korea")
    assert (code.country, code.sector, code.name) == ("CHN", "GOV", "Li Jinjun")
    assert codes(lexicon, "the ambassador to North Korea") == [(None, "GOV")]


def test_backer_is_not_the_actor(lexicon: ActorLexicon) -> None:
    assert codes(lexicon, "pro-Iranian Hizbollah") == [("LBN", "REB")]
    assert codes(lexicon, "U.S.-backed militias") == [(None, "REB")]


# ---------------------------------------------------------------- compounds


def test_compound_adjectives_share_the_head_noun(lexicon: ActorLexicon) -> None:
    assert codes(lexicon, "Senior Hungarian and Romanian officials") == [
        ("HUN", "GOV"), ("ROU", "GOV")]
    assert codes(lexicon, "U.S. and South Korean troops") == [("USA", "MIL"), ("KOR", "MIL")]


def test_compound_countries_stay_a_list(lexicon: ActorLexicon) -> None:
    assert codes(lexicon, "Jordan and Britain") == [("JOR", None), ("GBR", None)]
    assert codes(lexicon, "Jordan, Syria and Egypt") == [
        ("JOR", None), ("SYR", None), ("EGY", None)]
    assert codes(lexicon, "leaders of Russia and China") == [("RUS", "GOV"), ("CHN", "GOV")]
    assert one(lexicon, "Jordan and Britain").country == "JOR"  # the first named


def test_one_country_with_two_nouns_is_one_actor(lexicon: ActorLexicon) -> None:
    assert codes(lexicon, "Israeli helicopters and tanks") == [("ISR", "MIL")]


# ---------------------------------------------------------------- organisations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the United Nations", ("IGO", None, "UNO")),
        ("U.N.", ("IGO", None, "UNO")),
        ("UN peacekeepers", ("IGO", "MIL", "UNO")),
        ("NATO", ("IGO", "MIL", "NATO")),
        ("the European Community", ("IGO", None, "EUR")),
        ("the Security Council", ("IGO", "GOV", "UNSC")),
        ("the IAEA", ("IGO", None, "IAEA")),
        ("WHO", ("IGO", "MED", "WHO")),
        ("Amnesty International", ("NGO", None, "AMNESTY")),
        ("Doctors Without Borders", ("NGO", "MED", "MSF")),
        ("ExxonMobil", ("MNC", "BUS", "EXXON")),
        ("Hamas", ("PSE", "REB", "HAMAS")),
        ("Rodong Sinmun", ("PRK", "JRN", "RODONG")),
        ("Arab League Secretary General Chadli Klibi", ("IGO", "GOV", "ARL")),
    ],
)
def test_organisations_give_kind_and_specific_code(
    lexicon: ActorLexicon, text: str, expected: tuple
) -> None:
    code = one(lexicon, text)
    assert (code.country, code.sector, code.org) == expected


def test_generic_ngo_noun_gives_the_ngo_kind(lexicon: ActorLexicon) -> None:
    assert codes(lexicon, "a human rights group") == [("NGO", None)]


def test_organisation_role_changes_with_the_date(lexicon: ActorLexicon) -> None:
    assert codes(lexicon, "the Taliban", date=dt.date(2010, 5, 1)) == [("AFG", "REB")]
    assert codes(lexicon, "the Taliban", date=dt.date(2022, 5, 1)) == [("AFG", "GOV")]


# ---------------------------------------------------------------- people and dates


def test_president_codes_differently_before_and_after_the_term(lexicon: ActorLexicon) -> None:
    assert codes(lexicon, "Barack Obama", date=dt.date(2008, 6, 1)) == [("USA", None)]
    assert codes(lexicon, "Barack Obama", date=dt.date(2015, 6, 1)) == [("USA", "GOV")]
    assert codes(lexicon, "Barack Obama", date=dt.date(2018, 6, 1)) == [("USA", "ELI")]


def test_a_second_term_after_a_gap_codes_as_office_again(lexicon: ActorLexicon) -> None:
    trump = [codes(lexicon, "Donald Trump", date=dt.date(y, 6, 1)) for y in (2019, 2022, 2025)]
    assert trump == [[("USA", "GOV")], [("USA", "ELI")], [("USA", "GOV")]]


def test_without_a_date_the_most_recent_role_counts(lexicon: ActorLexicon) -> None:
    code = one(lexicon, "Ban Ki-moon")
    assert (code.country, code.sector, code.org, code.rule) == ("IGO", "GOV", "UNO", "person-role")
    assert codes(lexicon, "Ban Ki-moon", date=dt.date(2005, 1, 1)) == [("KOR", "GOV")]


def test_person_with_title_and_country(lexicon: ActorLexicon) -> None:
    code = one(lexicon, "U.S. President Donald Trump", date=dt.date(2017, 3, 1))
    assert (code.country, code.sector, code.name, code.rule) == (
        "USA", "GOV", "Donald Trump", "person-role")
    assert code.matched == "U.S. President Donald Trump"


def test_former_title_makes_a_former_official(lexicon: ActorLexicon) -> None:
    code = one(lexicon, "former President Barack Obama", date=dt.date(2016, 1, 1))
    assert (code.country, code.sector) == ("USA", "ELI")
    assert codes(lexicon, "Ousted President Askar Akayev", date=dt.date(2005, 6, 1)) == [
        ("KGZ", "ELI")]


def test_stated_role_wins_over_the_knowledge_base(lexicon: ActorLexicon) -> None:
    code = one(lexicon, "General Michel Aoun", date=dt.date(2020, 1, 1))
    assert (code.country, code.sector, code.rule) == ("LBN", "MIL", "stated-role")
    assert one(lexicon, "Michel Aoun", date=dt.date(2020, 1, 1)).sector == "GOV"


def test_stated_role_with_unknown_name_takes_the_context_country(lexicon: ActorLexicon) -> None:
    code = one(lexicon, "Ri Gil Song, deputy minister of foreign affairs", context=PYONGYANG_STORY)
    # the rule says where the country came from: an unknown name does not vouch for it
    assert (code.country, code.sector, code.name, code.rule) == (
        "PRK", "GOV", "Ri Gil Song", "context")
    bare = one(lexicon, "deputy minister of foreign affairs", context=PYONGYANG_STORY)
    assert (bare.country, bare.sector, bare.rule) == ("PRK", "GOV", "context")


def test_unknown_name_with_seat_and_title(lexicon: ActorLexicon) -> None:
    code = one(lexicon, "White House Press Secretary Sean Spicer")
    assert (code.country, code.sector, code.name) == ("USA", "GOV", "Sean Spicer")


def test_title_and_surname_find_the_office_holder_of_the_day(lexicon: ActorLexicon) -> None:
    assert one(lexicon, "President Bush", date=dt.date(1990, 6, 1)).name == "George H. W. Bush"
    assert one(lexicon, "President Bush", date=dt.date(2003, 6, 1)).name == "George W. Bush"
    assert one(lexicon, "President Assad", date=dt.date(1995, 6, 1)).name == "Hafez al-Assad"
    assert one(lexicon, "President Assad", date=dt.date(2012, 6, 1)).name == "Bashar al-Assad"
    king = one(lexicon, "Jordan's King Abdullah", date=dt.date(2010, 6, 1))
    assert (king.country, king.name) == ("JOR", "Abdullah II")


def test_united_nations_secretary_general_is_igo_gov(lexicon: ActorLexicon) -> None:
    code = one(lexicon, "U.N. Secretary-General Kofi Annan", date=dt.date(2003, 1, 1))
    assert (code.country, code.sector, code.org, code.name) == ("IGO", "GOV", "UNO", "Kofi Annan")


# ---------------------------------------------------------------- references within an article


def test_surname_alone_is_resolved_only_from_the_article(lexicon: ActorLexicon) -> None:
    assert resolve_actor(lexicon, "Kim") is None
    memory = ActorMemory()
    memory.remember(one(lexicon, "Kim Jong Un", date=dt.date(2018, 4, 27)))
    code = one(lexicon, "Kim", memory=memory)
    assert (code.country, code.sector, code.name, code.rule) == (
        "PRK", "GOV", "Kim Jong Un", "reference")
    from_context = one(lexicon, "Kim", date=dt.date(2018, 4, 27),
                       context="Kim Jong Un crossed the border.")
    assert (from_context.country, from_context.name) == ("PRK", "Kim Jong Un")


def test_definite_role_refers_back_to_the_last_actor(lexicon: ActorLexicon) -> None:
    memory = ActorMemory()
    memory.remember(one(lexicon, "Chinese diplomats"))
    memory.remember(one(lexicon, "North Korea's foreign ministry"))
    code = one(lexicon, "the ministry", memory=memory)
    assert (code.country, code.sector, code.rule) == ("PRK", "GOV", "reference")
    assert codes(lexicon, "its army", memory=memory) == [("PRK", "MIL")]


def test_both_sides_are_the_last_two_countries(lexicon: ActorLexicon) -> None:
    memory = ActorMemory()
    memory.remember(one(lexicon, "Chinese diplomats"))
    memory.remember(one(lexicon, "North Korea"))
    assert codes(lexicon, "the two countries", memory=memory) == [("PRK", None), ("CHN", None)]
    assert codes(lexicon, "officials on both sides", memory=memory) == [
        ("PRK", "GOV"), ("CHN", "GOV")]


def test_pronouns_take_the_fitting_antecedent(lexicon: ActorLexicon) -> None:
    memory = ActorMemory()
    memory.remember(one(lexicon, "Vladimir Putin", date=dt.date(2015, 1, 1)))
    memory.remember(one(lexicon, "the Chinese government"))
    assert one(lexicon, "he", memory=memory).name == "Vladimir Putin"
    assert one(lexicon, "its", memory=memory).country == "CHN"
    assert one(lexicon, "they", memory=memory).country == "CHN"
    assert resolve_actor(lexicon, "they") is None


def test_describe_gives_the_json_fields(lexicon: ActorLexicon) -> None:
    assert describe(one(lexicon, "the Kremlin")) == {
        "country": "RUS", "sector": "GOV", "name": "Russia", "matched": "Kremlin",
        "rule": "seat-of-power"}


# ---------------------------------------------------------------- user files


def test_user_yaml_adds_a_made_up_world(world: ActorLexicon) -> None:
    assert codes(world, "Gondorian soldiers") == [("GND", "MIL")]
    assert codes(world, "Minas Tirith") == [("GND", "GOV")]
    assert codes(world, "Orcs") == [("MDR", "CVL")]
    council = one(world, "the White Council")
    assert (council.country, council.org, council.rule) == ("IGO", "WHITE", "user")
    assert codes(world, "Arnor's foreign minister met Gondor's king")[:1] == [("ARN", "GOV")]


def test_user_person_codes_differently_before_and_after_a_term(world: ActorLexicon) -> None:
    before = one(world, "Denethor", date=dt.date(2010, 1, 1))
    after = one(world, "Denethor", date=dt.date(2020, 1, 1))
    assert (before.country, before.sector, before.rule) == ("GND", "GOV", "user")
    assert (after.country, after.sector) == ("GND", "ELI")
    assert codes(world, "Aragorn", date=dt.date(2010, 1, 1)) == [("ARN", "REB")]
    assert codes(world, "Aragorn", date=dt.date(2020, 1, 1)) == [("GND", "GOV")]
    assert codes(world, "King Elessar", date=dt.date(2020, 1, 1)) == [("GND", "GOV")]


def test_user_tsv_rows_are_dated_roles(world: ActorLexicon) -> None:
    assert codes(world, "Faramir", date=dt.date(2015, 1, 1)) == [("GND", "MIL")]
    assert codes(world, "Faramir", date=dt.date(2020, 1, 1)) == [("GND", "GOV")]
    assert codes(world, "Saruman", date=dt.date(2020, 1, 1)) == [("IGO", "ELI")]


def test_user_file_overrides_a_shipped_entry(lexicon: ActorLexicon, world: ActorLexicon) -> None:
    assert one(lexicon, "the Red Cross").country == "IGO"
    assert codes(world, "the Red Cross") == [("NGO", "MED")]


def test_user_files_change_the_lexicon_version(lexicon: ActorLexicon, world: ActorLexicon) -> None:
    assert lexicon.version.startswith("actors-")
    assert world.version != lexicon.version and "+user." in world.version


def test_user_yaml_error_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: x\npeople:\n  - name: Someone\n    country: GND\n"
                   "    roles: [{title: Chief, sector: BOSS}]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad\.yaml:5: .*unknown sector 'BOSS'"):
        load_actor_lexicon([bad])


def test_user_yaml_unknown_country_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: x\norganisations:\n  - {name: Nowhere Club, country: NUL}\n",
                   encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad\.yaml:3: .*unknown country code 'NUL'"):
        load_actor_lexicon([bad])


def test_user_tsv_error_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("name\tcountry\tsector\tstart\tend\nSomeone\tFRA\tGOV\t2001\t\n"
                   "Other\tFRA\tGOV\tlast year\t\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad\.tsv:3: start: .*YYYY"):
        load_actor_lexicon([bad])


def test_missing_user_file_is_a_lexicon_error(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read"):
        load_actor_lexicon([tmp_path / "absent.yaml"])


# ---------------------------------------------------------------- numbered phrases


def test_a_trailing_number_does_not_change_who_a_phrase_names(lexicon: ActorLexicon) -> None:
    # (Resolution speed is measured by benchmarks/lexicons.py, never by a test.)
    countries = {"Chinese": "CHN", "U.S.": "USA", "the Iraqi": "IRQ", "Kremlin": "RUS"}
    for words, country in countries.items():
        for head in ("officials", "troops", "foreign ministry spokesman"):
            for suffix in ("", " 17"):
                codes = resolve_actors(lexicon, f"{words} {head}{suffix}", date=dt.date(2020, 1, 1))
                assert codes and codes[0].country == country, (words, head, suffix)


# ---------------------------------------------------------------- courtesy titles


def test_a_courtesy_title_before_a_surname_names_the_person_the_story_named(
    world: ActorLexicon,
) -> None:
    context = "King Aragorn Elessar rode to Bree."
    for text in ("Mr Elessar", "Mr. Elessar", "Lord Elessar"):
        code = one(world, text, date=dt.date(2020, 6, 1), context=context)
        assert (code.country, code.sector, code.name) == ("GND", "GOV", "Aragorn Elessar"), text


def test_a_courtesy_title_alone_vouches_for_no_one(world: ActorLexicon) -> None:
    assert resolve_actors(world, "Mr Elessar", date=dt.date(2020, 6, 1)) == ()


def test_a_town_named_after_a_capital_is_not_the_capitals_country(lexicon: ActorLexicon) -> None:
    for text in ("police in Athens, Ga.", "the mayor of Moscow, Idaho", "police in Paris, Texas"):
        assert all(c.country in (None, "USA") for c in resolve_actors(lexicon, text)), text
    assert codes(lexicon, "police in Moscow, in a raid") == [("RUS", "COP")]
    assert codes(lexicon, "officials in London, Ont.") == [(None, "GOV")]
