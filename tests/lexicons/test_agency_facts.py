"""US federal agencies, UN peace operations, armed-group spellings and state abbreviations."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import resolve_actor
from detente.lexicons.actors import ActorLexicon, load_actor_lexicon


@pytest.fixture(scope="module")
def lexicon() -> ActorLexicon:
    return load_actor_lexicon()


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("FDA officials", "USA", "GOV"),
        ("the NLRB", "USA", "GOV"),
        ("ATF agents", "USA", "COP"),
        ("the Mine Safety and Health Administration", "USA", "GOV"),
        ("UNDOF", "IGO", "MIL"),
        ("MINUSCA peacekeepers", "IGO", "MIL"),
        ("UNAMA", "IGO", None),
    ],
)
def test_an_agency_or_mission_named_alone_acts_for_its_state_or_the_un(
    lexicon: ActorLexicon, text: str, country: str, sector: str | None
) -> None:
    code = resolve_actor(lexicon, text)
    assert code is not None and (code.country, code.sector) == (country, sector)


def test_hezb_e_islami_was_an_armed_group_until_its_2016_peace_deal(lexicon: ActorLexicon) -> None:
    before = resolve_actor(lexicon, "Hezb-e-Islami", date=dt.date(2010, 5, 1))
    after = resolve_actor(lexicon, "Hizb-e-Islami", date=dt.date(2018, 5, 1))
    assert before is not None and (before.country, before.sector) == ("AFG", "REB")
    assert after is not None and (after.country, after.sector) == ("AFG", "PTY")


def test_an_acronym_that_names_other_things_is_not_taken_for_an_agency(
    lexicon: ActorLexicon,
) -> None:
    # "SEC" is also a sports conference: only the commission's full name codes the agency
    code = resolve_actor(lexicon, "the SEC")
    assert code is None or code.country != "USA"


def test_t_and_t_is_trinidad_and_tobago_but_at_and_t_is_not(lexicon: ActorLexicon) -> None:
    # Caribbean news writes the state "T&T"; the American company "AT&T" keeps its own entry
    code = resolve_actor(lexicon, "the T&T mission in Washington")
    assert code is not None and code.country == "TTO"
    other = resolve_actor(lexicon, "AT&T")
    assert other is not None and other.country != "TTO"
