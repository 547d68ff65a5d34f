"""Acts told by an unproven account are alleged, not reported as done ("a conspiracy theory
holds that Gondor staged the attack", "unconfirmed reports said ..."), while the same act told
by a party or a plain report stays asserted (made-up world, parsed by the real model)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code_text


def _modality(nlp, coder: Coder, text: str, event_type: str = "ASSAULT") -> str:
    [event] = [e for e in code_text(nlp, coder, text) if e.event_type == event_type]
    return event.modality


def test_what_a_theory_or_rumour_holds_is_alleged(nlp, coder: Coder) -> None:
    told = [
        "A conspiracy theory holds that Gondorian soldiers attacked Arnor.",
        "One theory is that Gondorian soldiers attacked Arnor.",
        "Rumours spread that Gondorian soldiers attacked Arnor.",
        "According to rumours, Gondorian soldiers attacked Arnor.",
    ]
    for text in told:
        assert _modality(nlp, coder, text) == "hypothetical", text


def test_an_unconfirmed_report_alleges_and_a_plain_report_tells(nlp, coder: Coder) -> None:
    unconfirmed = "Unconfirmed reports said Gondorian soldiers attacked Arnor."
    assert _modality(nlp, coder, unconfirmed) == "hypothetical"
    assert _modality(nlp, coder, "Reports said Gondorian soldiers attacked Arnor.") == "asserted"
    assert _modality(nlp, coder, "Mordor said Gondorian soldiers attacked Arnor.") == "asserted"


def test_what_a_party_charged_is_alleged(nlp, coder: Coder) -> None:
    text = "Arnor has long charged that Gondor backs the Mordorian rebels."
    [support] = [e for e in code_text(nlp, coder, text) if e.event_type == "SUPPORT"]
    assert support.modality == "hypothetical"


def test_each_conjoined_act_an_accusation_alleges_is_its_content(nlp, coder: Coder) -> None:
    # the accusation is Arnor's act; neither the backing nor the funding is reported as done
    events = code_text(nlp, coder, "Arnor accused Gondor of backing and funding the rebels.")
    assert [e.event_type for e in events] == ["ACCUSE"]


def test_what_speculation_says_was_done_is_alleged(nlp, coder: Coder) -> None:
    text = "There is speculation that Gondorian soldiers attacked Arnor."
    assert _modality(nlp, coder, text) == "hypothetical"
