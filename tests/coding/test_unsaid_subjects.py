"""claims19: whose act a clause with no subject of its own tells, when the subject of the clause
above is the wrong party (coding/unsaid_subjects.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder
from detente.records import Event

from middle_earth import code_text, dyad

pytestmark = pytest.mark.model


def _of(events: tuple[Event, ...], word: str) -> list[Event]:
    return [e for e in events if e.trigger.text.split()[0] == word]


@pytest.mark.parametrize(
    "text",
    [
        "Arnor put pressure on the Gondorian king to resign.",
        "Arnorian lawmakers stepped up pressure on the Gondorian king to resign over the scandal.",
        "Arnor pushed the Gondorian king to resign.",
    ],
)
def test_the_party_pressed_would_resign_not_the_presser(
    nlp: Language, coder: Coder, text: str
) -> None:
    [resignation] = _of(code_text(nlp, coder, text), "resign")
    assert dyad(resignation)[0] == "GND"
    assert resignation.modality != "asserted"


def test_pressure_on_a_party_is_still_the_pressers_request(nlp: Language, coder: Coder) -> None:
    events = code_text(nlp, coder, "Arnor put pressure on the Gondorian king to resign.")
    assert [dyad(e) for e in events if e.event_type == "REQUEST"] == [("ARN", "REQUEST", "GND")]


def test_a_party_under_pressure_still_acts_itself(nlp: Language, coder: Coder) -> None:
    """Negative: "under pressure to" names no one pressed but the subject."""
    text = "Arnor is under pressure to withdraw its troops from Fornost."
    assert [dyad(e)[0] for e in code_text(nlp, coder, text)] == ["ARN"]


def test_a_purpose_after_an_object_stays_the_subjects(nlp: Language, coder: Coder) -> None:
    """Negative: a verb that makes no one act keeps the purpose reading."""
    text = "Gondor sent envoys to Arnor to negotiate a ceasefire with Mordor."
    assert all(dyad(e)[0] == "GND" for e in code_text(nlp, coder, text))


@pytest.mark.parametrize(
    ("text", "word", "doer"),
    [
        ("Gondorian rebels clashed with Arnorian soldiers trying to seize the town.", "seize",
         "ARN"),
        ("Orcish police said rebels fought gun battles with Gondorian soldiers trying to arrest "
         "them.", "arrest", "GND"),
        ("Gondorian police fired tear gas at Orcish protesters trying to storm the embassy.",
         "storm", "MDR"),
    ],
)
def test_a_participle_right_after_people_is_theirs(
    nlp: Language, coder: Coder, text: str, word: str, doer: str
) -> None:
    [act] = _of(code_text(nlp, coder, text), word)
    assert dyad(act)[0] == doer


def test_a_participle_of_result_stays_the_clauses(nlp: Language, coder: Coder) -> None:
    """Negative: "killing three" tells what the firing did, not what the protesters did."""
    events = code_text(nlp, coder, "Arnorian soldiers fired on Orcish protesters killing three.")
    assert events
    assert all(dyad(e)[0] == "ARN" for e in events)


def test_a_participle_after_a_comma_stays_the_subjects(nlp: Language, coder: Coder) -> None:
    """Negative: set off by a comma, the participle is the subject's."""
    text = "The Gondorian king denounced the Orcish rebels, accusing them of treason."
    assert all(dyad(e)[0] == "GND" for e in code_text(nlp, coder, text))


def test_talks_one_is_forced_into_are_ones_own(nlp: Language, coder: Coder) -> None:
    text = (
        "Gondorian air strikes forced the Orcish rebels into surrender talks with the Arnorian "
        "army."
    )
    talks = [e for e in code_text(nlp, coder, text) if e.event_type == "CONSULT"]
    assert [dyad(e) for e in talks] == [("MDR", "CONSULT", "ARN")]


def test_talks_entered_by_the_subject_stay_the_subjects(nlp: Language, coder: Coder) -> None:
    """Negative: with no object brought in, the subject is the one talking."""
    text = "The Orcish rebels entered into talks with Gondor."
    talks = [e for e in code_text(nlp, coder, text) if e.event_type == "CONSULT"]
    assert [dyad(e) for e in talks] == [("MDR", "CONSULT", "GND")]


def test_an_attempt_made_by_no_one_names_no_arrester(nlp: Language, coder: Coder) -> None:
    text = "The Orcish rebels will fight if any attempt is made to arrest them."
    assert not [e for e in code_text(nlp, coder, text) if e.event_type == "COERCE"]


def test_an_attempt_made_by_a_party_is_that_partys(nlp: Language, coder: Coder) -> None:
    """Negative: a "by" phrase names who would arrest."""
    text = "An attempt was made by Gondorian police to arrest the Orcish leader."
    [arrest] = [e for e in code_text(nlp, coder, text) if e.event_type == "COERCE"]
    assert dyad(arrest) == ("GND", "COERCE", "MDR")
    assert arrest.modality == "hypothetical"


def test_a_meeting_requested_is_the_requesters(nlp: Language, coder: Coder) -> None:
    text = "Arnor rejected the Gondorian king's request to visit Arnor."
    events = code_text(nlp, coder, text)
    [visit] = [e for e in events if e.event_type == "CONSULT"]
    assert dyad(visit) == ("GND", "CONSULT", "ARN")
    assert visit.modality != "asserted"
    assert ("ARN", "REJECT", "GND") in [dyad(e) for e in events]


def test_a_demand_to_act_is_still_done_by_whom_it_asks(nlp: Language, coder: Coder) -> None:
    """Negative: a demand to withdraw is not the demander's withdrawal."""
    text = "Arnor rejected Gondor's demand to withdraw its troops from Fornost."
    withdrawals = [e for e in code_text(nlp, coder, text) if e.event_type == "RETREAT"]
    assert all(dyad(e)[0] != "GND" for e in withdrawals)
