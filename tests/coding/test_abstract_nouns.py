"""Agent nouns in their mass sense name no party (coding/abstract_nouns.py): bare, singular and
with no word before them, "justice", "assembly" or "movement" are the quality, the gathering
or the moving, not a court, a legislature or a political movement; "the assembly" and "a
justice" stay bodies. Made-up sentences parsed by the real model."""

from __future__ import annotations

from detente.coding.abstract_nouns import names_an_abstraction
from detente.coding.events import Coder

from middle_earth import code_text


def _object(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_a_bare_agent_noun_is_its_mass_sense(nlp) -> None:
    assert names_an_abstraction(_object(nlp, "The protesters demanded justice.", "justice"))
    assert names_an_abstraction(_object(nlp, "Gondor banned assembly in Osgiliath.", "assembly"))
    assert names_an_abstraction(_object(nlp, "Mordor restricts movement across the border.",
                                        "movement"))  # fmt: skip


def test_a_determiner_or_a_modifier_makes_it_a_body(nlp) -> None:
    assert not names_an_abstraction(_object(nlp, "The king dissolved the assembly.", "assembly"))
    assert not names_an_abstraction(_object(nlp, "Arnor urged the Gondorian assembly to act.",
                                            "assembly"))  # fmt: skip
    assert not names_an_abstraction(_object(nlp, "The Assembly voted on Monday.", "Assembly"))


def test_a_demand_for_justice_addresses_no_one_it_names(nlp, coder: Coder) -> None:
    events = code_text(nlp, coder, "Gondorian protesters demanded justice for the victims.")
    [demand] = [e for e in events if e.event_type == "REQUEST"]
    assert [m.country for m in demand.actor] == ["GND"]
    assert demand.recipient == ()


def test_a_demand_for_justice_from_a_named_party_keeps_it(nlp, coder: Coder) -> None:
    events = code_text(nlp, coder, "Gondorian protesters demanded justice from Arnor.")
    [demand] = [e for e in events if e.event_type == "REQUEST"]
    assert [m.country for m in demand.recipient] == ["ARN"]


def test_a_mass_noun_said_to_be_about_a_thing_is_still_no_body(nlp) -> None:
    # recip20: "job security" is the state of being secure in a job, no security force
    assert names_an_abstraction(_object(nlp, "The nurses demanded job security.", "security"))
    assert names_an_abstraction(_object(nlp, "The farmers demanded food security.", "security"))


def test_a_title_a_peoples_adjective_or_a_bodys_noun_keeps_the_body(nlp) -> None:
    assert not names_an_abstraction(_object(nlp, "Gondor restored the chief justice.", "justice"))
    assert not names_an_abstraction(_object(nlp, "The king accused Gondorian security of torture.",
                                            "security"))  # fmt: skip
    assert not names_an_abstraction(_object(nlp, "The rebels attacked army security in Bree.",
                                            "security"))  # fmt: skip


def test_a_demand_for_job_security_goes_to_whom_it_is_made_of(nlp, coder: Coder) -> None:
    text = "Gondorian teachers demanded higher wages and job security from the Arnorian government."
    [demand] = [e for e in code_text(nlp, coder, text) if e.event_type == "REQUEST"]
    assert [(m.country, m.sector) for m in demand.recipient] == [("ARN", "GOV")]


def test_a_demand_for_job_security_alone_has_no_police_recipient(nlp, coder: Coder) -> None:
    events = code_text(nlp, coder, "Protesters in Gondor demanded job security.")
    [demand] = [e for e in events if e.event_type == "REQUEST"]
    assert demand.recipient == ()


def test_national_security_aides_are_the_government(nlp, coder: Coder) -> None:
    # recip20 (agents.yaml): a leader's national security aides advise the government
    events = code_text(nlp, coder, "The Gondorian king met his national security aides.")
    [meeting] = [e for e in events if e.event_type == "CONSULT"]
    assert [m.sector for m in meeting.recipient] == ["GOV"]
