"""lead26: senses of event words that report no event between parties.

- A crowd of a people counted in hundreds or more arriving somewhere migrates or flees; no party
  visits ("52,000 Arnorians have arrived in Gondor"). A counted few may be a delegation.
- A verb's bare adjective used as a predicate tells a state ("Ithilien remains fatality free").
- Parties "locked in" talks or a contest are engaged in it; nobody is locked up.
- "Assisting an offender" is an offence in court news, no aid to a party.
"""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder
from detente.coding.triggers import match_sentence

from middle_earth import code_text, dyad


def _types(nlp: Language, coder: Coder, text: str) -> list[str]:
    return [e.event_type for e in code_text(nlp, coder, text)]


def test_a_counted_crowd_arriving_visits_no_one(nlp: Language, coder: Coder) -> None:
    text = "More than 52,000 Arnorians have arrived in Gondor since the beginning of the year."
    assert "CONSULT" not in _types(nlp, coder, text)


def test_thousands_arriving_visit_no_one(nlp: Language, coder: Coder) -> None:
    text = "Thousands of Arnorians arrived in Gondor last week."
    assert "CONSULT" not in _types(nlp, coder, text)


def test_a_few_officials_arriving_still_visit(nlp: Language, coder: Coder) -> None:
    events = code_text(nlp, coder, "Three Arnorian ministers arrived in Gondor on Monday.")
    visits = [e for e in events if e.event_type == "CONSULT"]
    assert [dyad(e)[0] for e in visits] == ["ARN"]


def test_a_bare_adjective_tells_a_state(nlp: Language, coder: Coder) -> None:
    text = "Arnor has recorded three deaths, while Gondor remains fatality free."
    assert "RETREAT" not in _types(nlp, coder, text)


def test_freeing_prisoners_is_still_a_release(nlp: Language, coder: Coder) -> None:
    events = code_text(nlp, coder, "Gondor freed 20 Arnorian prisoners on Monday.")
    found = [(dyad(e)[0], dyad(e)[2]) for e in events if e.event_type == "RETREAT"]
    assert found == [("GND", "ARN")]


def test_parties_locked_in_talks_are_not_arrested(nlp: Language, coder: Coder) -> None:
    text = (
        "Faramir also said he expected the four Gondorian groups locked in intensive dialogue for "
        "eight days would reach agreement on the composition of the government later on Tuesday."
    )
    assert "COERCE" not in _types(nlp, coder, text)


def test_locking_people_up_is_still_an_arrest(nlp: Language, coder: Coder) -> None:
    events = code_text(nlp, coder, "Gondorian police locked the Arnorian protesters in a cell.")
    found = [(dyad(e)[0], dyad(e)[2]) for e in events if e.event_type == "COERCE"]
    assert found == [("GND", "ARN")]


def test_assisting_an_offender_is_a_charge_not_aid(nlp: Language, coder: Coder) -> None:
    doc = nlp("The youth denies two counts of assisting an offender.")
    found = [m.pattern_id for m in match_sentence(next(iter(doc.sents)), coder.verbs)]
    assert "statement.aid-effort" in found
    assert "aid.aid" not in found


def test_assisting_a_people_is_still_aid(nlp: Language, coder: Coder) -> None:
    events = code_text(nlp, coder, "Gondor assisted Arnor with food and medicine.")
    assert [(dyad(e)[0], dyad(e)[2]) for e in events if e.event_type == "AID"] == [("GND", "ARN")]
