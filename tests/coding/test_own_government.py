"""A country's own bodies calling on "the government" call on their own state's government
(coding/own_government.py): "Arnor's parliament urged the government to retaliate against
Mordor" asks Arnor's government, not Mordor's, whatever country the article's context gives
"the government". A state or a minister urging "the government" may speak to a host, so it is
left to the resolver. Unit tests on mentions and made-up sentences parsed by the real model."""

from __future__ import annotations

from detente.coding.events import Coder
from detente.coding.own_government import own_government
from detente.records import ActorMention

from middle_earth import code_text, parties


def _mention(text: str, country: str, sector: str | None, rule: str) -> ActorMention:
    return ActorMention(text=text, start=0, end=len(text), country=country, sector=sector,
                        rule=rule)  # fmt: skip


def test_a_legislature_calls_on_its_own_government() -> None:
    actor = (_mention("Arnor's parliament", "ARN", "LEG", "agent"),)
    recipient = (_mention("the government", "MDR", "GOV", "context"),)
    assert parties(own_government("020", actor, recipient)) == [("ARN", "GOV", "reference")]


def test_an_opposition_accusing_the_government_accuses_its_own() -> None:
    actor = (_mention("Arnorian opposition leaders", "ARN", "OPP", "demonym"),)
    recipient = (_mention("the authorities", "MDR", "GOV", "reference"),)
    assert parties(own_government("112", actor, recipient)) == [("ARN", "GOV", "reference")]


def test_a_state_urging_the_government_is_left_to_the_resolver() -> None:
    recipient = (_mention("the government", "MDR", "GOV", "context"),)
    for actor in (_mention("Arnor", "ARN", None, "country-name"),
                  _mention("Arnor's envoy", "ARN", "GOV", "agent")):  # fmt: skip
        assert own_government("020", (actor,), recipient) == recipient


def test_a_government_named_by_its_own_words_stays() -> None:
    actor = (_mention("Arnor's parliament", "ARN", "LEG", "agent"),)
    for recipient in (_mention("the Mordor government", "MDR", "GOV", "demonym"),
                      _mention("its government", "MDR", "GOV", "reference"),
                      _mention("the government of Mordor", "MDR", "GOV", "context")):  # fmt: skip
        assert own_government("020", actor, (recipient,)) == (recipient,)


def test_an_actor_placed_by_a_guess_places_no_one_else() -> None:
    actor = (_mention("lawmakers", "ARN", "LEG", "context"),)
    recipient = (_mention("the government", "MDR", "GOV", "context"),)
    assert own_government("020", actor, recipient) == recipient


def test_acts_other_than_calls_and_blame_are_left_alone() -> None:
    actor = (_mention("Arnor's parliament", "ARN", "LEG", "agent"),)
    recipient = (_mention("the government", "MDR", "GOV", "context"),)
    assert own_government("040", actor, recipient) == recipient


def test_a_parliament_urging_retaliation_asks_its_own_government(nlp, coder: Coder) -> None:
    text = (
        "Mordor's king ordered an attack on Arnor on Monday. Arnor's parliament on Tuesday "
        "urged the government to retaliate against the Mordor king."
    )
    events = code_text(nlp, coder, text)
    [call] = [e for e in events if e.event_type == "REQUEST"]
    assert [m.country for m in call.actor] == ["ARN"]
    assert [(m.text, m.country, m.sector) for m in call.recipient] == [
        ("the government", "ARN", "GOV")
    ]
