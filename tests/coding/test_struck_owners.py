"""recip15: "its"/"their" on what force or seizure hit stands for another party named before in
the sentence, never for the party using force ("stormed a checkpoint and destroyed its
vehicles")."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text, parties


def _event(nlp: Language, coder: Coder, text: str, trigger: str):
    [event] = [e for e in code_text(nlp, coder, text) if e.trigger.text.startswith(trigger)]
    return event


def test_its_on_a_destroyed_thing_is_the_side_attacked(nlp: Language, coder: Coder) -> None:
    text = "Orcish fighters stormed a Gondorian army checkpoint and destroyed its vehicles."
    event = _event(nlp, coder, text, "destroyed")
    assert {p[0] for p in parties(event.recipient)} == {"GND"}


def test_their_on_an_attacked_post_is_the_party_named_before(
    nlp: Language, coder: Coder
) -> None:
    text = "Gondorian police returned fire after Orcish gunmen attacked their checkpoint."
    event = _event(nlp, coder, text, "attacked")
    assert {p[0] for p in parties(event.actor)} == {"MDR"}
    assert {p[0] for p in parties(event.recipient)} == {"GND"}


def test_their_own_is_the_actors_and_names_no_other_party(nlp: Language, coder: Coder) -> None:
    event = _event(nlp, coder, "Gondorian troops destroyed their own depot.", "destroyed")
    assert event.recipient == ()


def test_a_site_of_a_party_is_that_partys(nlp: Language, coder: Coder) -> None:
    # "the positions of the Gondorian army": whose the site is, not the place, is hit
    text = "Orcish rebels stormed the positions of the Gondorian army near Bree."
    event = _event(nlp, coder, text, "stormed")
    assert [p[:2] for p in parties(event.recipient)] == [("GND", "MIL")]


def test_a_threat_to_shell_bases_of_forces_targets_the_forces(
    nlp: Language, coder: Coder
) -> None:
    text = (
        "Orcish rebels threatened to shell all the bases of Gondorian forces if Arnor did not "
        "meet their demands."
    )
    event = _event(nlp, coder, text, "threatened")
    assert {p[0] for p in parties(event.recipient)} == {"GND"}
