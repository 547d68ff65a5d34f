"""An account told in the historic present and set in a year before the story: its undated
present-tense sentences are background (coding/historic_present.py, senses19). Made-up world,
real parses; minimal pairs keep the present tense as news when no past year sets an account,
and a past tense after the account as the story's own."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


def _modalities(nlp: Language, coder: Coder, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.modality) for e in code_text(nlp, coder, text)]


def test_a_present_sentence_after_a_past_year_goes_on_with_the_account(
    nlp: Language, coder: Coder
) -> None:
    text = "In 1993, Gondorian police arrest the mayor. Prosecutors charge him with fraud."
    assert _modalities(nlp, coder, text) == [("COERCE", "historical"), ("ACCUSE", "historical")]


def test_the_present_with_no_past_year_before_it_is_news(nlp: Language, coder: Coder) -> None:
    text = "Gondorian police arrest the mayor. Prosecutors charge him with fraud."
    assert _modalities(nlp, coder, text) == [("COERCE", "asserted"), ("ACCUSE", "asserted")]


def test_a_past_tense_after_the_account_is_the_storys_own(nlp: Language, coder: Coder) -> None:
    text = "In 1993, Gondorian police arrest the mayor. Prosecutors charged him on Monday."
    assert _modalities(nlp, coder, text)[1] == ("ACCUSE", "asserted")
