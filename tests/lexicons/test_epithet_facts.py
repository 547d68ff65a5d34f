"""actors15: states named by an epithet or by the seat of their government ("the Jewish state",
"the Hermit Kingdom", "South Block"), and Hong Kong's and Macao's officials, who code as their
own territory rather than as China (shipped data)."""

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
        ("the Jewish state", "ISR", None),
        ("the Hermit Kingdom", "PRK", None),
        ("the Middle Kingdom", "CHN", None),
        ("the Islamic Republic", "IRN", None),
        ("the Hashemite Kingdom", "JOR", None),
        ("the Zionist regime", "ISR", "GOV"),
        ("the Kremlin", "RUS", "GOV"),
        ("the Elysee", "FRA", "GOV"),
        ("Downing Street", "GBR", "GOV"),
        ("the Blue House", "KOR", "GOV"),
        ("South Block", "IND", "GOV"),
        ("Aso Rock", "NGA", "GOV"),
        ("the Farnesina", "ITA", "GOV"),
    ],
)
def test_a_state_named_by_an_epithet_or_its_seat(
    lexicon: ActorLexicon, text: str, country: str, sector: str | None
) -> None:
    code = resolve_actor(lexicon, text, date=dt.date(2019, 5, 1))
    assert code is not None and (code.country, code.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "date", "country"),
    [
        ("York Chow", dt.date(2009, 5, 1), "HKG"),
        ("Donald Tsang", dt.date(2008, 5, 1), "HKG"),
        ("Sophia Chan", dt.date(2020, 3, 1), "HKG"),
        ("Fernando Chui", dt.date(2015, 3, 1), "MAC"),
        ("Macanese officials", dt.date(2015, 3, 1), "MAC"),
    ],
)
def test_a_territorys_officials_code_as_the_territory(
    lexicon: ActorLexicon, text: str, date: dt.date, country: str
) -> None:
    code = resolve_actor(lexicon, text, date=date)
    assert code is not None and (code.country, code.sector) == (country, "GOV")
