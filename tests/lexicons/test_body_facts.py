"""Regional bodies by their acronyms, and police bodies named as departments (shipped data)."""

from __future__ import annotations

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
