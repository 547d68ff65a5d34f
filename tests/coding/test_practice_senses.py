"""Training, drills and play held by teams, schools and emergency services are no talks and no
military exercise (coding/practice_senses.py, english.yaml `practice_kinds`, `practice_nouns`,
`practising_people`, `play_nouns`, `war_words`, senses19). Made-up world, real parses; minimal
pairs keep armed forces exercising and parties holding talks."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


def _types(nlp: Language, coder: Coder, text: str) -> list[str]:
    return [e.event_type for e in code_text(nlp, coder, text)]


@pytest.mark.parametrize("text", [
    "Gondor's national team held a training session in Osgiliath on Tuesday.",
    "The Arnorian squad held its final practice session before the match against Gondor.",
])  # fmt: skip
def test_a_training_session_is_no_talks(nlp: Language, coder: Coder, text: str) -> None:
    assert "CONSULT" not in _types(nlp, coder, text)


def test_a_game_against_another_team_is_play(nlp: Language, coder: Coder) -> None:
    text = "The Gondorian team will begin its game against Arnor at noon."
    assert _types(nlp, coder, text) == []


def test_talks_held_between_parties_stay(nlp: Language, coder: Coder) -> None:
    text = "Gondor held talks with Arnor in Osgiliath on Tuesday."
    assert "CONSULT" in _types(nlp, coder, text)


@pytest.mark.parametrize("text", [
    "The Gondorian navy held exercises with the Arnorian navy.",
    "Gondor and Arnor began war games near the border.",
])  # fmt: skip
def test_armed_forces_exercising_together_still_cooperate(
    nlp: Language, coder: Coder, text: str
) -> None:
    assert "COOPERATE" in _types(nlp, coder, text)


@pytest.mark.parametrize("text", [
    "Gondorian students held drills with Arnorian students.",
    "The Gondorian players held drills with the Arnorian players in Osgiliath.",
])  # fmt: skip
def test_students_or_players_holding_drills_exercise_no_forces(
    nlp: Language, coder: Coder, text: str
) -> None:
    assert "COOPERATE" not in _types(nlp, coder, text)


def test_troops_carrying_out_an_evacuation_exercise_still_exercise(
    nlp: Language, coder: Coder
) -> None:
    text = "Gondorian troops carried out an emergency evacuation exercise with Arnorian troops."
    assert "COOPERATE" in _types(nlp, coder, text)
