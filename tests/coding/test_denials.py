"""What a denial says was done is told as not done (negated); a denial withheld, evaded or
not made leaves it a claim (hypothetical). Made-up world, parsed by the real model."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _modality(nlp, coder: Coder, text: str, event_type: str) -> str:
    [event] = [e for e in code_text(nlp, coder, text) if e.event_type == event_type]
    return event.modality


def test_the_clause_a_denial_governs_is_negated(nlp, coder: Coder) -> None:
    text = "Gondor denies it is negotiating with the Orcs."
    assert _modality(nlp, coder, text, "CONSULT") == "negated"
    text = "Mordor denied that its soldiers had attacked Gondorian villages."
    assert _modality(nlp, coder, text, "ASSAULT") == "negated"


def test_the_gerund_a_denial_governs_is_negated(nlp, coder: Coder) -> None:
    text = "Gondor has denied allowing Mordorian troops to cross its territory."
    assert _modality(nlp, coder, text, "CONCEDE") == "negated"


def test_the_content_of_a_denial_noun_is_negated(nlp, coder: Coder) -> None:
    text = "Mordor's denial that its soldiers attacked Gondorian villages angered Arnor."
    assert _modality(nlp, coder, text, "ASSAULT") == "negated"


def test_a_denial_not_made_leaves_a_claim(nlp, coder: Coder) -> None:
    for text in (
        "Mordor did not deny that its soldiers had attacked Gondorian villages.",
        "Mordor refused to deny that its soldiers had attacked Gondorian villages.",
        "Mordor declined to deny that its soldiers had attacked Gondorian villages.",
        "Mordor neither confirmed nor denied that its soldiers had attacked Gondorian villages.",
    ):
        assert _modality(nlp, coder, text, "ASSAULT") == "hypothetical", text


def test_a_claim_that_is_no_denial_stays_hypothetical(nlp, coder: Coder) -> None:
    text = "Mordor claimed that Gondorian soldiers had attacked its villages."
    assert _modality(nlp, coder, text, "ASSAULT") == "hypothetical"


def test_denying_what_ones_own_troops_did_rejects_no_one(nlp, coder: Coder) -> None:
    # senses20: the denied clause is told as not done; no party's proposal is rejected
    for text in ("Gondor denied that its troops crossed the border into Arnor.",
                 "Gondor denied its troops had attacked Arnor."):
        assert "REJECT" not in [e.event_type for e in code_text(nlp, coder, text)]
    text = "Gondor denied Arnor's request for talks."
    assert "REJECT" in [e.event_type for e in code_text(nlp, coder, text)]
