"""actors19: people of everyday news named by what they do in the street, a shop or at home
("a shopkeeper", "a pedestrian", "mourners") are private people, never the government of the
capital named after them: "a shopkeeper in Minas Tirith" is a Gondorian shopkeeper."""

from __future__ import annotations

import pytest

from detente.coding.actors import resolve_actor
from detente.coding.events import Coder

from middle_earth import code_text


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("a shopkeeper in Minas Tirith", "BUS"),
        ("a store owner in Minas Tirith", "BUS"),
        ("a pedestrian in Minas Tirith", "CVL"),
        ("a cashier in Minas Tirith", "CVL"),
        ("mourners in Minas Tirith", "CVL"),
        ("a teenager in Minas Tirith", "CVL"),
    ],
)
def test_a_private_person_in_a_capital_is_no_government(
    coder: Coder, text: str, sector: str
) -> None:
    code = resolve_actor(coder.actors, text)
    assert code is not None and (code.country, code.sector) == ("GND", sector)


def test_officials_in_a_capital_are_still_its_government(coder: Coder) -> None:
    code = resolve_actor(coder.actors, "officials in Minas Tirith")
    assert code is not None and (code.country, code.sector) == ("GND", "GOV")


def test_a_shopkeeper_attacked_in_a_capital_is_the_recipient(nlp, coder: Coder) -> None:
    events = code_text(nlp, coder, "Two men attacked a shopkeeper in Minas Tirith on Sunday.")
    recipients = [(m.country, m.sector) for e in events for m in e.recipient]
    assert recipients and ("GND", "GOV") not in recipients
