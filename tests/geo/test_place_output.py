"""An event's place and date precision in the public JSONL record and the CSV row."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from detente.records import Event, Place, Span
from detente.serialize import CSV_COLUMNS, csv_writer, event_to_dict, event_to_row

PYONGYANG = Place(
    name="Pyongyang", country="PRK", admin1="12", lat=39.03385, lon=125.75432, geonames_id=1871859,
    precision="city", rule="governing", text="Pyongyang", start=40, end=49,
)


def _event(location: Place | None, precision: str | None = "day") -> Event:
    return Event(
        doc_id="d", event_id="e", sentence_index=0, sentence="…", sentence_start=0,
        date=dt.date(2017, 2, 8), event_type="CONSULT", mode=None, context=(), cameo="043",
        goldstein=2.8, quad_class=1, actor=(), recipient=(),
        trigger=Span(text="hosted", start=0, end=6), confidence=0.9, lexicon_version="v",
        pattern_id="consult.host", date_precision=precision,
        location=location,
    )


def test_the_jsonl_record_carries_the_place_and_date_precision():
    record = json.loads(json.dumps(event_to_dict(_event(PYONGYANG))))
    assert record["date_precision"] == "day"
    assert record["location"] == {
        "name": "Pyongyang", "country": "PRK", "admin1": "12", "lat": 39.03385, "lon": 125.75432,
        "geonames_id": 1871859, "precision": "city", "rule": "governing", "text": "Pyongyang",
        "start": 40, "end": 49,
    }


def test_an_unplaced_event_has_a_null_location():
    record = event_to_dict(_event(None, precision=None))
    assert record["location"] is None
    assert record["date_precision"] is None


def test_the_csv_row_flattens_the_place_into_location_columns():
    out = io.StringIO()
    writer = csv_writer(out)
    writer.writerow(event_to_row(_event(PYONGYANG)))
    writer.writerow(event_to_row(_event(None)))
    placed, unplaced = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert set(placed) == set(CSV_COLUMNS)
    assert (placed["location_name"], placed["location_country"], placed["location_rule"]) == (
        "Pyongyang", "PRK", "governing")
    assert float(placed["location_lat"]) == 39.03385
    assert unplaced["location_name"] == unplaced["location_lat"] == ""
