"""Emergency work, campaigning, crime and sport told with the words of political acts (made-up
world, parsed by the real model; coding/routine_senses.py). Minimal pairs: the political act
told with the same words is still coded."""

from __future__ import annotations

import pytest
from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code_text


def _types(nlp: Language, coder: Coder, text: str) -> list[str]:
    return [e.event_type for e in code_text(nlp, coder, text)]


@pytest.mark.parametrize("text", [
    "Firefighters from Gondor headed to a blaze in Osgiliath.",
    "Gondorian police officers headed to the scene of the crash.",
])  # fmt: skip
def test_an_emergency_service_going_to_an_incident_visits_no_one(
    nlp: Language, coder: Coder, text: str
) -> None:
    assert "CONSULT" not in _types(nlp, coder, text)


def test_a_trip_to_a_realm_is_still_a_visit(nlp: Language, coder: Coder) -> None:
    assert "CONSULT" in _types(nlp, coder, "The Gondorian king headed to Arnor on Monday.")


def test_a_pledge_that_appeals_to_voters_asks_no_one(nlp: Language, coder: Coder) -> None:
    text = "King Aragorn's promise to cut taxes appealed to many voters in Gondor."
    assert "REQUEST" not in _types(nlp, coder, text)


def test_a_party_appealing_to_another_to_act_still_requests(
    nlp: Language, coder: Coder
) -> None:
    text = "King Aragorn appealed to Mordor to release the prisoners."
    assert "REQUEST" in _types(nlp, coder, text)


def test_damage_done_with_a_theft_is_a_robbery_no_riot(nlp: Language, coder: Coder) -> None:
    text = "Gondorian youths smashed the windows of a shop in Osgiliath and stole watches."
    assert "PROTEST" not in _types(nlp, coder, text)
    text = "A Gondorian gang smashed the windows of a shop in Osgiliath."
    assert "PROTEST" not in _types(nlp, coder, text)


def test_vandals_damaging_property_commit_a_crime_no_riot(nlp: Language, coder: Coder) -> None:
    text = "Vandals smashed the windows of the Gondorian town hall in Osgiliath overnight."
    assert "PROTEST" not in _types(nlp, coder, text)


def test_rioters_smashing_windows_still_riot(nlp: Language, coder: Coder) -> None:
    text = "Gondorian protesters smashed the windows of the Arnorian embassy in Osgiliath."
    assert "PROTEST" in _types(nlp, coder, text)


@pytest.mark.parametrize("text", [
    "King Aragorn met the Gondorian referees in Osgiliath.",
    "King Aragorn met the national team in Osgiliath.",
])  # fmt: skip
def test_meeting_referees_or_a_team_is_a_sports_occasion(
    nlp: Language, coder: Coder, text: str
) -> None:
    assert "CONSULT" not in _types(nlp, coder, text)


def test_meeting_a_realms_envoys_is_still_a_meeting(nlp: Language, coder: Coder) -> None:
    assert "CONSULT" in _types(nlp, coder, "King Aragorn met the Arnorian envoys in Osgiliath.")


def test_a_tour_named_like_a_race_is_still_a_visit(nlp: Language, coder: Coder) -> None:
    # lead17: the trip noun inside the trigger ("concludes a marathon tour") is no partner
    text = "King Aragorn concluded a marathon tour of Arnor on Sunday."
    assert "CONSULT" in _types(nlp, coder, text)


def test_assisting_an_offender_is_an_offence_no_aid(nlp: Language, coder: Coder) -> None:
    text = "A man from Gondor pleaded guilty to assisting an offender at the Osgiliath court."
    assert "AID" not in _types(nlp, coder, text)


def test_assisting_a_realm_is_still_aid(nlp: Language, coder: Coder) -> None:
    text = "King Aragorn assisted Arnor after the floods."
    assert "AID" in _types(nlp, coder, text)


def test_setting_off_on_a_march_detonates_nothing(nlp: Language, coder: Coder) -> None:
    text = "Gondorian protesters set off on a march to the palace in Osgiliath."
    assert "ASSAULT" not in _types(nlp, coder, text)


def test_setting_off_a_bomb_still_detonates(nlp: Language, coder: Coder) -> None:
    text = "Orcish rebels set off a bomb near the palace in Osgiliath."
    assert "ASSAULT" in _types(nlp, coder, text)


def test_a_kickoff_rally_gathers_supporters_no_protest(nlp: Language, coder: Coder) -> None:
    text = "The Gondorian party held a kickoff rally in Osgiliath."
    assert "PROTEST" not in _types(nlp, coder, text)


def test_a_rally_with_a_grievance_is_still_a_protest(nlp: Language, coder: Coder) -> None:
    text = "Gondorian protesters held a rally against the war in Osgiliath."
    assert "PROTEST" in _types(nlp, coder, text)


@pytest.mark.parametrize("text", [
    "Hundreds of detainees at the Gondorian camp breached the perimeter fence and fled.",
    "Gondorian prisoners breached the prison wall in Osgiliath.",
])  # fmt: skip
def test_breaching_a_fence_is_an_escape_no_defiance(nlp: Language, coder: Coder, text: str) -> None:
    assert "REJECT" not in _types(nlp, coder, text)


def test_breaching_a_ceasefire_or_a_curfew_is_still_defiance(nlp: Language, coder: Coder) -> None:
    text = "Gondorian protesters defied the curfew in Osgiliath."
    assert "REJECT" in _types(nlp, coder, text)


@pytest.mark.parametrize("text", [
    "Gondorian police officers spoke with the suspect in Osgiliath.",
    "The Gondorian deputies met the witnesses in Osgiliath on Monday.",
])  # fmt: skip
def test_speaking_with_a_cases_people_is_no_consultation(
    nlp: Language, coder: Coder, text: str
) -> None:
    assert "CONSULT" not in _types(nlp, coder, text)


def test_police_meeting_envoys_still_consult(nlp: Language, coder: Coder) -> None:
    text = "Gondorian police chiefs met the Arnorian envoys in Osgiliath on Monday."
    assert "CONSULT" in _types(nlp, coder, text)


def test_protesters_breaching_a_parliaments_fence_are_left_to_other_rules(
    nlp: Language, coder: Coder
) -> None:
    text = "Gondorian protesters breached the fence around the parliament in Osgiliath."
    assert "REJECT" in _types(nlp, coder, text)


@pytest.mark.parametrize("text", [
    "Refugees whom the Gondorian delegation met in the camp asked for food.",
    "Detainees whom the Arnorian envoys met in Osgiliath complained of overcrowding.",
])  # fmt: skip
def test_a_meeting_that_picks_out_the_people_met_is_no_consultation(
    nlp: Language, coder: Coder, text: str
) -> None:
    assert "CONSULT" not in _types(nlp, coder, text)


def test_a_meeting_set_off_by_commas_is_still_a_meeting(nlp: Language, coder: Coder) -> None:
    text = "The Arnorian envoy, whom King Aragorn met on Monday, said the talks would continue."
    assert "CONSULT" in _types(nlp, coder, text)


def test_a_meeting_told_as_news_is_still_a_meeting(nlp: Language, coder: Coder) -> None:
    text = "The Gondorian delegation met refugees in the camp on Sunday."
    assert "CONSULT" in _types(nlp, coder, text)
