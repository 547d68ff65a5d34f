"""actors15: a country named at the head of a clause sets it. In a round-up ("Arnor reported new
cases. In Gondor, the government asked …"), the fronted "In Gondor," makes the government
Gondor's, not the country named last; a city there ("In Minas Tirith, the minister said") may
be a visitor's stage and sets nothing; a party with a country of its own keeps it."""

from __future__ import annotations

from detente.coding.fronted_settings import set_in_fronted_country
from detente.records import ActorMention

from middle_earth import code_text


def _m(text: str, country: str | None, sector: str | None, rule: str) -> ActorMention:
    return ActorMention(text=text, start=0, end=len(text), country=country, sector=sector,
                        rule=rule)  # fmt: skip


def test_a_guessed_organ_of_state_takes_the_fronted_country() -> None:
    actor = (_m("the government", "ARN", "GOV", "reference"),)
    assert [(m.country, m.rule) for m in set_in_fronted_country(actor, "GND")] == [("GND", "place")]


def test_a_party_named_with_its_country_keeps_it() -> None:
    actor = (_m("Arnorian officials", "ARN", "GOV", "demonym"),)
    assert [m.country for m in set_in_fronted_country(actor, "GND")] == ["ARN"]


def test_a_private_party_is_not_moved() -> None:
    actor = (_m("the farmers", "ARN", "AGR", "reference"),)
    assert [m.country for m in set_in_fronted_country(actor, "GND")] == ["ARN"]


def test_in_a_round_up_the_government_is_the_fronted_countrys(nlp, coder) -> None:
    text = ("Arnor reported new cases of the fever on Monday. "
            "In Gondor, the government arrested two farmers for hiding sick cattle.")  # fmt: skip
    events = [e for e in code_text(nlp, coder, text) if e.trigger.text.startswith("arrested")]
    assert events and [m.country for m in events[0].actor] == ["GND"]


def test_a_fronted_city_sets_no_country(nlp, coder) -> None:
    text = ("The Arnorian foreign minister arrived in Gondor on Monday. "
            "In Osgiliath, the minister criticized Mordor.")  # fmt: skip
    events = [e for e in code_text(nlp, coder, text) if e.trigger.text.startswith("criticized")]
    assert events and [m.country for m in events[0].actor] == ["ARN"]
