"""A promise, offer or refusal told by a noun is made by the party of its possessive or of its
"by"/"from" phrase, not by the subject of the clause above; a promise "from" a party is made to
that subject. Made-up world, parsed by the real model."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text, dyad


def _agreements(nlp, coder: Coder, text: str) -> list[tuple[str, str, str]]:
    return [dyad(e) for e in code_text(nlp, coder, text) if e.event_type == "AGREE"]


def test_a_promise_from_a_party_is_that_partys_made_to_the_subject(nlp, coder: Coder) -> None:
    text = "Gondor wants a promise from Arnor to end the raids."
    assert _agreements(nlp, coder, text) == [("ARN", "AGREE", "GND")]
    text = "Gondor secured a pledge from Arnor to withdraw its troops."
    assert _agreements(nlp, coder, text) == [("ARN", "AGREE", "GND")]


def test_a_pledge_by_a_party_is_that_partys(nlp, coder: Coder) -> None:
    text = "Gondor welcomed a pledge by Mordor to lay down its arms."
    assert ("MDR", "AGREE", "") in [(a, t, r) for a, t, r in _agreements(nlp, coder, text)]
    assert not any(a == "GND" for a, _, _ in _agreements(nlp, coder, text))


def test_a_possessive_still_names_the_maker(nlp, coder: Coder) -> None:
    text = "Arnor's promise to withdraw its troops was welcomed by Gondor."
    assert [a for a, _, _ in _agreements(nlp, coder, text)] == ["ARN"]


def test_a_time_after_by_or_from_names_no_maker(nlp, coder: Coder) -> None:
    # "by Friday", "from last year" tell when, not who: the event is not lost to a time
    for text in (
        "Gondor wants a promise by Friday to end the raids.",
        "Gondor wants a promise from last year to end the raids.",
    ):
        assert len(_agreements(nlp, coder, text)) == 1, text


def test_an_offer_from_a_party_rejected_by_the_subject_is_made_to_it(nlp, coder: Coder) -> None:
    events = _agreements(nlp, coder, "Gondor rejected an offer from Mordor to hold talks.")
    assert events == [("MDR", "AGREE", "GND")]
