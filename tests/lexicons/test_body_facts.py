"""Regional bodies by their acronyms, police bodies named as departments, and heads of small
states after 2011 (shipped data)."""

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
        ("CARICOM", "IGO", None),
        ("Caricom heads", "IGO", "GOV"),
        ("UNASUR", "IGO", None),
        ("ECCAS", "IGO", None),
        ("Europol", "IGO", "COP"),
        ("the EPRDF", "ETH", "PTY"),
    ],
)
def test_a_body_named_by_its_acronym_is_known(
    lexicon: ActorLexicon, text: str, country: str, sector: str | None
) -> None:
    code = resolve_actor(lexicon, text)
    assert code is not None and (code.country, code.sector) == (country, sector)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("the police department", "COP"),
        ("the Fargo Police Department", "COP"),
        ("the police chief", "COP"),
        ("the health department", "GOV"),
    ],
)
def test_a_police_department_is_police_not_government(
    lexicon: ActorLexicon, text: str, sector: str
) -> None:
    code = resolve_actor(lexicon, text)
    assert code is not None and code.sector == sector


@pytest.mark.parametrize(
    ("text", "date", "country", "sector"),
    [
        # PETRARCH's open-ended 2004 role ends in 2011; our own file carries it on
        ("Roosevelt Skerrit", dt.date(2018, 3, 20), "DMA", "GOV"),
        ("Zlatko Lagumdzija", dt.date(2013, 6, 1), "BIH", "GOV"),
        ("Zlatko Lagumdzija", dt.date(2020, 6, 1), "BIH", "ELI"),
        ("Tom Thabane", dt.date(2016, 6, 1), "LSO", "ELI"),  # between his two terms
        ("Tom Thabane", dt.date(2018, 6, 1), "LSO", "GOV"),
        ("Gaston Browne", dt.date(2015, 6, 1), "ATG", "GOV"),
    ],
)
def test_heads_of_small_states_after_2011_hold_office_only_in_their_terms(
    lexicon: ActorLexicon, text: str, date: dt.date, country: str, sector: str
) -> None:
    code = resolve_actor(lexicon, text, date=date)
    assert code is not None and (code.country, code.sector) == (country, sector)
