"""Bodies called by the head noun of their name ("the Council" after the White Council), and
sector words whose everyday sense is civil ("carrier" is an airline), in the made-up world."""

from __future__ import annotations

import pytest

from detente.coding.actors import ActorLexicon, ActorMemory, load_actor_lexicon, resolve_actor

from support import FIXTURES


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


def _memory(world: ActorLexicon, *names: str) -> ActorMemory:
    memory = ActorMemory()
    for name in names:
        code = resolve_actor(world, name)
        assert code is not None
        memory.remember(code)
    return memory


# A body whose short form is in none of the names the story uses for it ("NATO" and "the
# Alliance"): only its aliases say it is an alliance.
HOST = """
version: short-forms-1
countries:
  - {code: GND, name: Gondor, adjectives: [Gondorian]}
  - {code: MDR, name: Mordor}
organisations:
  - {name: Grey Host, aliases: [GH, Dunedain Alliance, Host of the North], country: IGO,
     code: HOST, sector: MIL}
"""


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> ActorLexicon:
    path = tmp_path_factory.mktemp("short") / "host.yaml"
    path.write_text(HOST, encoding="utf-8")
    return load_actor_lexicon([path], imported=False)


def test_the_head_noun_of_a_body_named_before_is_that_body(host: ActorLexicon) -> None:
    # "GH ministers met in Osgiliath. The Alliance condemned Mordor."
    memory = _memory(host, "Gondor", "GH ministers")
    code = resolve_actor(host, "The Alliance", memory=memory, context="Gondor and Mordor")
    assert code is not None
    assert (code.country, code.sector, code.org, code.rule) == ("IGO", "MIL", "HOST", "reference")


def test_a_name_of_the_form_x_of_y_is_called_by_x_not_by_y(host: ActorLexicon) -> None:
    # "Host of the North": "the Host" is the body; "the North" is a region, no short form
    memory = _memory(host, "GH")
    named = resolve_actor(host, "the Host", memory=memory)
    assert named is not None and named.org == "HOST"
    north = resolve_actor(host, "the North", memory=memory)
    assert north is None or north.org != "HOST"


def test_a_short_form_with_no_such_body_in_the_article_stays_a_plain_noun(
    host: ActorLexicon,
) -> None:
    # "The Alliance" in a story that named no alliance: no body is guessed for it
    memory = _memory(host, "Gondor")
    code = resolve_actor(host, "The Alliance", memory=memory, context="Gondor and Mordor")
    assert code is not None and code.org is None and code.sector != "MIL"


def test_a_carrier_is_an_airline_and_an_aircraft_carrier_a_warship(world: ActorLexicon) -> None:
    airline = resolve_actor(world, "the Gondorian carrier")
    assert airline is not None and (airline.country, airline.sector) == ("GND", "BUS")
    warship = resolve_actor(world, "a Gondorian aircraft carrier")
    assert warship is not None and warship.sector == "MIL"
    armour = resolve_actor(world, "a Gondorian armoured personnel carrier")
    assert armour is not None and armour.sector == "MIL"


def test_a_state_led_coalition_is_an_armed_coalition(world: ActorLexicon) -> None:
    code = resolve_actor(world, "the Gondorian-led coalition")
    assert code is not None and (code.country, code.sector) == ("GND", "MIL")
    ruling = resolve_actor(world, "the ruling coalition")
    assert ruling is not None and ruling.sector == "GOV"


def test_those_who_go_with_a_party_do_not_say_what_it_is(world: ActorLexicon) -> None:
    # "Gondorian diplomats and their families": diplomats, with their families beside them
    code = resolve_actor(world, "Gondorian diplomats and their families")
    assert code is not None and (code.country, code.sector) == ("GND", "GOV")
    plain = resolve_actor(world, "Gondorian diplomats and families")
    assert plain is not None and plain.sector == "CVL"  # no owner: two groups, the last decides


def test_a_state_and_its_own_services_keep_the_services_sector(world: ActorLexicon) -> None:
    # "Gondor and its police": the police are what acts for the state, not people beside it
    code = resolve_actor(world, "Gondor and its police")
    assert code is not None and (code.country, code.sector) == ("GND", "COP")
