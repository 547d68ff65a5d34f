"""actors18: a machine of force named by its model or kind ("F-16s", "MiG-29s", "fighter
planes") is a machine as much as "warplanes": with no owner named, it is of no country the
story's context or the struck side suggests. An unnamed attacker told by a missile, a drone or
an air strike is of no known country either (no unidentified forces of the place it hit); a
roadside bomb or a suicide bomber still is.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

import pytest

from detente.coding.events import Coder, code_article
from detente.coding.machines import machine_arm, machine_words
from detente.coding.unowned_arms import unowned_arms
from detente.lexicons.actors import tokenise
from detente.records import ActorMention, Article, Event

from middle_earth import DATE
from support import build_doc


@pytest.mark.parametrize(
    "text",
    [
        "F-16s",
        "MiG-29s",
        "Su-24 bombers",
        "fighter planes",
        "B-52",
        "MQ-9 Reaper",
        "Mirage 2000 jets",
    ],
)
def test_models_and_kinds_of_military_aircraft_are_machines(text: str) -> None:
    assert machine_words(tokenise(text), "MIL")


@pytest.mark.parametrize(
    "text",
    ["the 12,000-man force", "1st Lt. Smith", "the 82nd Airborne", "the 3rd brigade", "troops"],
)
def test_numbers_of_men_ordinals_and_troops_are_no_machines(text: str) -> None:
    assert not machine_words(tokenise(text), "MIL")


def test_a_model_number_outside_the_military_names_no_machine() -> None:
    assert not machine_words(tokenise("G-20 leaders"), "GOV")


def test_guessed_f16s_are_not_of_the_army_they_strike() -> None:
    def mention(text: str, sector: str | None, rule: str) -> ActorMention:
        return ActorMention(text=text, start=0, end=len(text), country="ARN", sector=sector,
                            rule=rule)  # fmt: skip

    actor = (mention("F-16s", "MIL", "context"),)
    struck = (mention("an Arnorian army base", None, "agent"),)
    assert [m.country for m in unowned_arms(actor, struck)] == [None]


def _struck(subject: list[tuple[str, str, str, str, int]]) -> list:
    """ "<subject> hit a market in Bree." with the subject's head at index len(subject) - 1."""
    n = len(subject)
    return [
        *subject,
        ("hit", "hit", "VERB", "ROOT", n),
        ("a", "a", "DET", "det", n + 2),
        ("market", "market", "NOUN", "dobj", n),
        ("in", "in", "ADP", "prep", n + 2),
        ("Bree", "Bree", "PROPN", "pobj", n + 3),
        (".", ".", "PUNCT", "punct", n),
    ]


def _code(rows: list, coder: Coder) -> tuple[Event, ...]:
    doc = build_doc(rows)
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE)
    return code_article(coder, article, doc)


def test_a_missile_with_no_owner_is_of_no_country_not_the_struck_place(coder: Coder) -> None:
    rows = _struck([("A", "a", "DET", "det", 1), ("missile", "missile", "NOUN", "nsubj", 2)])
    doc = build_doc(rows)
    assert machine_arm(doc[1])
    assert not [e for e in _code(rows, coder) if e.trigger.text.startswith("hit")]


def test_a_drone_strike_is_an_attack_made_by_a_machine() -> None:
    doc = build_doc([("A", "a", "DET", "det", 2), ("drone", "drone", "NOUN", "compound", 2),
                     ("strike", "strike", "NOUN", "ROOT", 2)])  # fmt: skip
    assert machine_arm(doc[2])


@pytest.mark.parametrize(
    ("words", "lemmas"),
    [(("roadside", "bomb"), ("roadside", "bomb")), (("suicide", "bomber"), ("suicide", "bomber"))],
)
def test_bombs_and_bombers_are_no_machine_arms(
    words: tuple[str, str], lemmas: tuple[str, str]
) -> None:
    doc = build_doc([("A", "a", "DET", "det", 2), (words[0], lemmas[0], "NOUN", "compound", 2),
                     (words[1], lemmas[1], "NOUN", "ROOT", 2)])  # fmt: skip
    assert not machine_arm(doc[2])
