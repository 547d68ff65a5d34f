"""actors18: "captain" (PETRARCH CAPTAIN, military), "president" and "chairman" (government)
have a civil sense when what they head is a team, a sport, a club or a vessel, named before the
title or in its "of" phrase: the Arnorian team captain is a civilian, no Arnorian officer. A
state's body in the phrase keeps the state's sense ("an Arnorian navy ship's captain")."""

from __future__ import annotations

import pytest

from detente.coding.actors import resolve_actor
from detente.coding.events import Coder


@pytest.mark.parametrize(
    "text",
    [
        "the Arnorian team captain",
        "Gondor's cricket captain",
        "the Arnorian team's captain",
        "the captain of the Gondorian national team",
        "the ship's captain",
        "the club's chairman",
        "the club president of Gondor United",
    ],
)
def test_a_title_of_a_team_club_or_ship_is_a_civilians(coder: Coder, text: str) -> None:
    code = resolve_actor(coder.actors, text)
    assert code is not None and code.sector == "CVL"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("an Arnorian army captain", "MIL"),
        ("the Arnorian navy ship's captain", "MIL"),
        ("Captain Halbarad", "MIL"),
        ("the Gondorian president", "GOV"),
        ("the president of Gondor", "GOV"),
    ],
)
def test_a_title_with_no_civil_owner_keeps_its_sector(coder: Coder, text: str, sector: str) -> None:
    code = resolve_actor(coder.actors, text, context="Arnor")
    assert code is not None and code.sector == sector


@pytest.mark.parametrize(
    "text", ["the club chief", "the club's spokesman", "the chief of the club"]
)
def test_any_office_of_a_club_is_the_clubs(coder: Coder, text: str) -> None:
    code = resolve_actor(coder.actors, text, context="Arnor")
    assert code is not None and code.sector == "CVL"


@pytest.mark.parametrize(
    ("text", "sector"),
    [("the party's general secretary", "PTY"), ("the firm's general manager", "BUS")],
)
def test_general_before_an_office_is_no_rank(coder: Coder, text: str, sector: str) -> None:
    code = resolve_actor(coder.actors, text, context="Arnor")
    assert code is not None and code.sector == sector and "MIL" not in code.other_sectors


@pytest.mark.parametrize("text", ["the general", "General Halbarad", "the Arnorian generals"])
def test_the_rank_general_stays_military(coder: Coder, text: str) -> None:
    code = resolve_actor(coder.actors, text, context="Arnor")
    assert code is not None and code.sector == "MIL"


def test_general_after_an_office_is_no_rank(coder: Coder) -> None:
    code = resolve_actor(coder.actors, "the Prosecutor General", context="Arnor")
    assert code is not None and code.sector == "JUD"


@pytest.mark.parametrize("text", ["the head coach", "the Arnorian team's head coach"])
def test_head_before_a_noun_is_no_head_of_government(coder: Coder, text: str) -> None:
    code = resolve_actor(coder.actors, text, context="Arnor")
    assert code is None or code.sector != "GOV"


@pytest.mark.parametrize("text", ["the head of state", "the head of the delegation"])
def test_head_of_something_keeps_its_sector(coder: Coder, text: str) -> None:
    code = resolve_actor(coder.actors, text, context="Arnor")
    assert code is not None and code.sector == "GOV"


def test_a_rank_of_an_armed_group_is_the_groups(coder: Coder) -> None:
    # the Rangers of the North are a rebel group of the made-up world (REB)
    code = resolve_actor(coder.actors, "a Dunedain Rangers commander")
    assert code is not None and (code.country, code.sector) == ("ARN", "REB")


def test_a_rank_of_a_states_army_stays_military(coder: Coder) -> None:
    code = resolve_actor(coder.actors, "an Arnorian army commander")
    assert code is not None and (code.country, code.sector) == ("ARN", "MIL")


@pytest.mark.parametrize(
    "text", ["Gondor captain Halbarad", "the Arnor captain", "Gondor's skipper", "Arnor skipper"]
)
def test_a_countrys_name_before_captain_names_its_national_team(coder: Coder, text: str) -> None:
    # actors19: sports pages write "England captain", "Pakistan captain Younis"
    code = resolve_actor(coder.actors, text, context="Arnor")
    assert code is not None and code.sector in ("CVL", None)


@pytest.mark.parametrize(
    "text", ["the Gondorian captain", "a Gondor army captain", "Captain Halbarad of Gondor"]
)
def test_a_captain_after_an_adjective_or_a_service_stays_an_officer(
    coder: Coder, text: str
) -> None:
    code = resolve_actor(coder.actors, text, context="Arnor")
    assert code is not None and code.sector == "MIL"
