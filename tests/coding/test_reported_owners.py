"""actors20: a possessive in the subject of a reported clause is the reporter's ("Gondor said
*its* troops had killed ten fighters"), not the latest party the article named (often the
side attacked); a reporter that does not agree with the pronoun, a clause that is not
reported and a phrase that states its own country are left alone."""

from __future__ import annotations

import pytest

from detente.coding.events import Coder
from detente.coding.reported_owners import reporter_owned
from detente.records import ActorMention

from middle_earth import code_text

pytestmark = pytest.mark.model

# The side attacked is named first, so the memory's latest party is Mordor.
BEFORE = "Mordorian fighters shelled Osgiliath on Monday. "


def _actors(nlp, coder: Coder, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    events = code_text(nlp, coder, BEFORE + text)
    return [
        (m.country, m.sector)
        for e in events
        if (BEFORE + text)[e.trigger.start : e.trigger.end] == trigger
        for m in e.actor
    ]


@pytest.mark.parametrize(
    ("text", "owner", "sector"),
    [
        ("Gondor said on Tuesday its troops had killed ten Mordorian fighters.", "GND", "MIL"),
        ("The Arnorian defence ministry said its soldiers had arrested ten Orcs.", "ARN", "MIL"),
        ("Gondor's king said his soldiers had attacked Udun.", "GND", "MIL"),
        ("The Rangers of the North said their fighters had attacked Udun.", "ARN", "REB"),
    ],
)
def test_a_reported_clauses_possessive_is_the_reporters(
    nlp, coder: Coder, text: str, owner: str, sector: str
) -> None:
    trigger = "attacked" if "attacked" in text else "killed" if "killed" in text else "arrested"
    assert _actors(nlp, coder, text, trigger) == [(owner, sector)]


def test_a_states_name_does_not_bind_their(nlp, coder: Coder) -> None:
    # "their" after a state's singular name may be anyone's named before: the reading stands
    text = "Gondor said their troops had attacked Osgiliath."
    assert ("GND", "MIL") not in _actors(nlp, coder, text, "attacked")


def test_a_stated_country_is_left_alone(nlp, coder: Coder) -> None:
    text = "Gondor said Mordorian troops had attacked Osgiliath."
    assert _actors(nlp, coder, text, "attacked") == [("MDR", "MIL")]


def test_a_clause_that_is_not_reported_keeps_the_memorys_reading(nlp, coder: Coder) -> None:
    # no verb of saying above "its troops": the article's latest party stands for "its"
    text = "Its troops also attacked Udun on Tuesday."
    assert _actors(nlp, coder, text, "attacked") == [("MDR", "MIL")]


def test_a_reporter_whose_country_was_only_guessed_lends_none(nlp) -> None:
    # "the sheriff" of no stated country, guessed from a story that names Arnor: the memory's
    # reading of "his deputies" stands
    doc = nlp("The sheriff said his deputies had arrested ten men.")
    head = next(t for t in doc if t.text == "deputies")
    actor = (_mention("his deputies", "GND", "reference"),)
    guessed = lambda token: (_mention(token.text, "ARN", "context"),)  # noqa: E731
    assert reporter_owned(guessed, head, actor) == actor
    stated = lambda token: (_mention(token.text, "ARN", "agent"),)  # noqa: E731
    assert [m.country for m in reporter_owned(stated, head, actor)] == ["ARN"]


def _mention(text: str, country: str, rule: str) -> ActorMention:
    return ActorMention(text=text, start=0, end=len(text), country=country, sector="COP",
                        rule=rule)  # fmt: skip
