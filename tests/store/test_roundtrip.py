"""Events survive the trip through DuckDB: the stored mention record is the public JSON record."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.store.factories import story
from tests.store.test_writer import RUN

from detente.serialize import event_to_dict
from detente.store import open_store
from detente.store.writer import StoreWriter

names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)


@settings(max_examples=25, deadline=None)
@given(
    actor_name=names,
    sector=st.sampled_from(["GOV", "MIL", "REB", None]),
    confidence=st.floats(0, 1),
)
def test_a_stored_mention_record_equals_the_events_json(
    tmp_path_factory, actor_name: str, sector: str | None, confidence: float
) -> None:
    doc = story("a", url="https://a.example/1")
    event = doc.events[0]
    actor = dataclasses.replace(event.actor[0], name=actor_name, sector=sector)
    event = dataclasses.replace(event, actor=(actor,), confidence=confidence)
    db: Path = tmp_path_factory.mktemp("rt") / "rt.duckdb"
    with open_store(db, read_only=False) as store:
        writer = StoreWriter(store)
        writer.start_run(RUN)
        writer.write_batch([dataclasses.replace(doc, events=(event,))], run_id=RUN.run_id)
        [(record,)] = store.rows("SELECT record FROM mentions")
        [row] = store.events().to_dict("records")
    assert json.loads(record) == json.loads(json.dumps(event_to_dict(event)))
    assert row["actor_name"] == actor_name and row["actor_sector"] == sector
    assert row["confidence"] == confidence
