"""A breach of a rule told in another party's words is that party's charge, alleged; the same
breach told by the text itself, or admitted by its doer, and an attack another party reports
stay told as done (made-up world, parsed by the real model; coding/breach_claims.py)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import only_typed


def test_a_breach_another_party_tells_is_alleged(nlp, coder: Coder) -> None:
    told = [
        "The Arnorian ministry says Gondor violated the trade rules.",
        "Arnorian consumer groups told the regulator that the Gondorian firm was violating "
        "its deal.",
    ]
    for text in told:
        event = only_typed(nlp, coder, text, "REJECT")
        assert event.modality == "hypothetical" and "charged" in event.modality_cue, text


def test_a_breach_the_text_tells_or_its_doer_admits_stays_done(nlp, coder: Coder) -> None:
    for text in ("Gondor violated the trade rules.", "Gondor says it violated the trade rules."):
        assert only_typed(nlp, coder, text, "REJECT").modality == "asserted", text


def test_an_attack_another_party_reports_stays_done(nlp, coder: Coder) -> None:
    text = "The Arnorian ministry says Gondorian troops attacked Mordor."
    assert only_typed(nlp, coder, text, "ASSAULT").modality == "asserted"
