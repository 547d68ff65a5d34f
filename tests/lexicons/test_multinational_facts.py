"""actors19: multinational forces, missions and groups of states are bodies of their own (IGO,
with the body's sector), whatever country the story is set in or which member is named nearby
(shipped data: organisations_multinational.yaml)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import resolve_actor
from detente.lexicons.actors import ActorLexicon, load_actor_lexicon

DATE = dt.date(2010, 5, 1)


@pytest.fixture(scope="module")
def lexicon() -> ActorLexicon:
    return load_actor_lexicon()


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("soldiers of the International Security Assistance Force", "MIL"),
        ("the Kosovo Force", "MIL"),
        ("EUFOR troops", "MIL"),
        ("EULEX", "COP"),
        ("UNMIS peacekeepers", "MIL"),
        ("ECOMOG", "MIL"),
        ("ministers of the Commonwealth Ministerial Action Group", "GOV"),
        ("Commonwealth foreign ministers", "GOV"),
        ("the Commonwealth Secretariat", None),
        ("the Quartet", None),
        ("the Middle East Quartet", None),
        ("Arab League monitors", None),
    ],
)
def test_a_multinational_body_is_its_own_not_the_host_countrys(
    lexicon: ActorLexicon, text: str, sector: str | None
) -> None:
    code = resolve_actor(lexicon, text, date=DATE, context="Kabul, Afghanistan. Pristina, Kosovo.")
    assert code is not None and (code.country, code.sector) == ("IGO", sector)


@pytest.mark.parametrize("text", ["the Commonwealth's attorney", "Commonwealth Edison"])
def test_commonwealth_alone_names_no_international_body(
    lexicon: ActorLexicon, text: str
) -> None:
    # four US states and Australia call themselves "the Commonwealth"
    code = resolve_actor(lexicon, text, date=DATE, context="Richmond, Virginia")
    assert code is None or code.country != "IGO"


@pytest.mark.parametrize("text", ["Action", "the Command", "Direct Action", "Flame"])
def test_a_name_read_only_in_part_codes_no_armed_group(lexicon: ActorLexicon, text: str) -> None:
    # "Anti-state Action", "Anti-communist Command" (Phoenix.MilNonState) lose their "Anti-"
    # to the scanner: they must not stand for every "Action" or "Command"
    code = resolve_actor(lexicon, text, date=DATE)
    assert code is None or code.sector != "REB"
