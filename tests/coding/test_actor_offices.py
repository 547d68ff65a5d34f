"""Titles that say whose they are: offices only one state bears, and military ranks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.coding.actors import ActorLexicon, load_actor_lexicon, resolve_actor

from support import FIXTURES

STORY = "Gondor said it would take no more refugees from Mordor."
# A steward of Gondor who never held a military post, and a captain of Arnor's who did.
OFFICERS = """version: test
people:
  - {name: Faramir Hurinion, country: GND, roles: [{title: Steward, start: 2019-03-16}]}
  - name: Halbarad Dunadan
    country: ARN
    roles:
      - {title: Commander of the Guard, sector: MIL, start: 2001-01-01, end: 2014-12-31}
      - {title: Envoy, start: 2015-01-01}
  - name: Boromir Denethorion
    country: GND
    roles:
      - {title: Prime Minister, start: 2001-01-01, end: 2007-06-27}
      - {title: Envoy of the White Council, country: IGO, org: WHITE, start: 2007-06-28}
organisations:
  - {name: Easterling Host, country: MDR, sector: REB, roles: [{sector: GOV, start: 2021-08-15}]}
"""


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> ActorLexicon:
    path: Path = tmp_path_factory.mktemp("officers") / "officers.yaml"
    path.write_text(OFFICERS, encoding="utf-8")
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml", path], imported=False)


@pytest.mark.parametrize("text", ["the Secretary of State", "Secretary of Defense"])
def test_an_office_only_one_state_bears_names_that_state(world: ActorLexicon, text: str) -> None:
    # in a story about Gondor, "the Secretary of State" is still the United States' officer
    code = resolve_actor(world, text, context=STORY)
    assert code is not None and (code.country, code.sector) == ("USA", "GOV")


def test_a_secretary_of_state_for_a_department_is_another_office(world: ActorLexicon) -> None:
    # "Secretary of State for War" is a British-style cabinet title: the story's state decides
    code = resolve_actor(world, "the Secretary of State for War", context=STORY)
    assert code is not None and code.country == "GND"


def test_a_rank_fits_a_bearer_who_held_a_military_post(world: ActorLexicon) -> None:
    # "General Dunadan" while he is an envoy: the rank outlives the command
    code = resolve_actor(world, "General Dunadan", context=STORY)
    assert code is not None and (code.country, code.name) == ("ARN", "Halbarad Dunadan")


def test_a_rank_does_not_fit_a_civilian_office_holder(world: ActorLexicon) -> None:
    # "General Hurinion" names no steward who never held a military post
    code = resolve_actor(world, "General Hurinion", context=STORY)
    assert code is None or code.name != "Faramir Hurinion"


def test_an_office_title_is_no_rank(world: ActorLexicon) -> None:
    # "Senator Hurinion" names an office he never held: the rank rule does not vouch for it
    code = resolve_actor(world, "Senator Hurinion", context=STORY)
    assert code is None or code.name != "Faramir Hurinion"


def test_an_undated_story_names_a_former_leader_by_the_state_he_led(world: ActorLexicon) -> None:
    # "Tony Blair" in an undated story is the prime minister, not the later envoy
    undated = resolve_actor(world, "Boromir Denethorion")
    assert undated is not None and (undated.country, undated.sector) == ("GND", "GOV")
    later = resolve_actor(world, "Boromir Denethorion", date=dt.date(2010, 1, 1))
    assert later is not None and later.country == "IGO"


def test_an_undated_story_names_a_body_by_its_own_sector(world: ActorLexicon) -> None:
    # "the Taliban" in an undated story: the insurgents the entry names, not the latest role
    undated = resolve_actor(world, "the Easterling Host")
    assert undated is not None and (undated.country, undated.sector) == ("MDR", "REB")
    later = resolve_actor(world, "the Easterling Host", date=dt.date(2022, 1, 1))
    assert later is not None and later.sector == "GOV"
