"""Acceptance on the shared UPI story: the meeting is in Pyongyang, the 2016 tests background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from detente.pipeline import Pipeline, iter_coded, load_coder
from detente.records import CodedDocument, Event

pytestmark = [pytest.mark.model, pytest.mark.shared]

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SAMPLE = SHARED / "samples" / "upi_2017-02-08_scraped.txt"
PUBLISHED = dt.date(2017, 2, 8)  # a Wednesday: "state media reported on Wednesday" is that day


@pytest.fixture(scope="module")
def events(nlp, geo_settings) -> tuple[Event, ...]:
    if not SAMPLE.exists():
        pytest.skip(f"../shared/samples/{SAMPLE.name} missing: put shared/ beside the repo")
    pipeline = Pipeline(settings=geo_settings, nlp=nlp, coder=load_coder(geo_settings))
    [coded] = list(iter_coded(pipeline, [SAMPLE]))
    assert isinstance(coded, CodedDocument)
    assert coded.article.date == PUBLISHED
    return coded.events


def test_the_goodwill_meeting_is_in_pyongyang_in_the_week_of_the_report(events):
    meeting = [e for e in events if "goodwill meeting" in e.sentence and e.event_type == "CONSULT"]
    assert meeting, "no CONSULT event coded for the goodwill meeting"
    for event in meeting:
        place = event.location
        assert place is not None, event.trigger.text
        assert (place.name, place.country, place.precision) == ("Pyongyang", "PRK", "city")
        assert place.lat == pytest.approx(39.0, abs=0.1)
        assert place.lon == pytest.approx(125.7, abs=0.1)
        assert PUBLISHED - dt.timedelta(days=7) <= event.date <= PUBLISHED
        assert event.modality == "asserted"


def test_the_2016_missile_and_nuclear_tests_are_dated_2016_and_historical(events):
    background = [e for e in events if "deteriorated in 2016" in e.sentence]
    triggers = {e.trigger.text.split()[0] for e in background}
    assert {"fired", "conducted"} <= triggers, f"test events not coded: {sorted(triggers)}"
    for event in background:
        assert event.event_type in ("MOBILIZE", "ASSAULT")
        assert (event.date, event.date_rule) == (dt.date(2016, 1, 1), "explicit")
        assert event.date_precision == "year"
        assert event.modality == "historical"


def test_on_tuesday_is_the_day_before_publication(events):
    [spicer] = [e for e in events if e.sentence.startswith("On Tuesday")]
    assert (spicer.date, spicer.date_rule) == (dt.date(2017, 2, 7), "relative")
    assert spicer.modality == "asserted"
