"""A stored event says how it was coded, from the record its mention keeps."""

from __future__ import annotations

from detente.analysis.explained import how_coded

RECORD = {
    "pattern_id": "frame.request+consult.meet",
    "trigger": {"text": "urged", "start": 10, "end": 15},
    "actor": [{"text": "Gondor", "country": "GND", "sector": "GOV", "rule": "user"}],
    "recipient": [{"text": "Arnor", "country": "ARN", "sector": None, "rule": "country-name"}],
    "event_type": "REQUEST",
    "cameo": "026",
    "goldstein": 3.0,
    "quad_class": 1,
    "modality": "asserted",
    "modality_cue": "no negation, condition, modal or future marker on the clause",
    "date": "2020-06-01",
    "date_rule": "publication",
    "date_precision": "day",
    "location": None,
}


def test_every_stage_of_a_stored_event_is_explained_in_order() -> None:
    steps = how_coded(RECORD, {"frame.request": "verbs.yaml:520", "consult.meet": "verbs.yaml:9"})
    assert [s.stage for s in steps] == [
        "trigger", "actor", "recipient", "code", "modality", "date", "place",
    ]
    assert "verbs.yaml:520, verbs.yaml:9" in steps[0].why
    assert steps[1].found == "'Gondor' → GND GOV" and steps[1].why == "rule user"
    assert steps[2].found == "'Arnor' → ARN -"
    assert steps[4].why.startswith("no negation")
    assert steps[6].found == "not placed"


def test_a_pattern_the_current_lexicon_lacks_is_named_as_such() -> None:
    older = {**RECORD, "pattern_id": "consult.gone", "modality_cue": None}
    steps = how_coded(older, {})
    assert "consult.gone (not in the current lexicon)" in steps[0].why
    assert steps[4].why == "not recorded by this lexicon version"
