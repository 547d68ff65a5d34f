"""The single writer: idempotent upserts, duplicates, GDELT-style unique events and mentions."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from tests.store.factories import DAY, MEETING, event_in, story, unrelated

from detente.records import InputError
from detente.store import Store, open_store
from detente.store.migrations import MIGRATIONS, schema_version
from detente.store.writer import RunInfo, StoreWriter

RUN = RunInfo(
    run_id="run-1",
    kind="ingest",
    inputs=("x",),
    model="m",
    model_version=None,
    lexicon_version="test-1",
    settings_hash="h",
    settings={},
    workers=1,
)

BOILERPLATES = (
    "MINAS TIRITH HERALD | Home | World | Sport | Subscribe now for one silver piece\n",
    "The Bree Gazette — your trusted voice since the Third Age. Advertisement.\n",
    "Rohan Daily Rider. Sign in. Newsletter. Most read today. Share this story.\n",
)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with open_store(tmp_path / "t.duckdb", read_only=False) as opened:
        StoreWriter(opened).start_run(RUN)
        yield opened


def write(store: Store, *items) -> object:
    return StoreWriter(store).write_batch(list(items), run_id=RUN.run_id)


def test_migrations_are_recorded_and_applied_once(tmp_path: Path) -> None:
    path = tmp_path / "m.duckdb"
    open_store(path, read_only=False).close()
    with open_store(path, read_only=False) as store:
        assert schema_version(store.con) == MIGRATIONS[-1].number
        rows = store.rows("SELECT number, name FROM schema_migrations ORDER BY number")
        assert rows == [(m.number, m.name) for m in MIGRATIONS]


def test_reading_a_missing_database_says_so(tmp_path: Path) -> None:
    from detente.store import StoreError

    with pytest.raises(StoreError, match="no such database"):
        open_store(tmp_path / "nope.duckdb")


def test_writing_the_same_batch_twice_adds_nothing(store: Store) -> None:
    doc = story("a1", url="https://minas-tirith.example/a")
    first = write(store, doc)
    second = write(store, doc)
    assert (first.articles, first.events, first.mentions) == (1, 1, 1)
    assert (second.articles, second.events, second.mentions) == (0, 0, 0)
    counts = store.counts()
    assert (counts.articles, counts.events, counts.mentions) == (1, 1, 1)


def test_one_story_on_three_sites_is_one_article_two_duplicates_and_three_sources(
    store: Store,
) -> None:
    sites = ("minas-tirith.example", "bree.example", "edoras.example")
    docs = [
        story(f"site{i}", url=f"https://www.{site}/story", boilerplate=boiler)
        for i, (site, boiler) in enumerate(zip(sites, BOILERPLATES, strict=True))
    ]
    stats = write(store, *docs)
    assert (stats.articles, stats.duplicates) == (1, 2)
    articles = store.articles().set_index("id")
    assert articles.loc["site1", "duplicate_of"] == "site0"
    assert articles.loc["site2", "duplicate_of"] == "site0"
    [event] = store.events().to_dict("records")
    assert (event["num_sources"], event["num_articles"], event["num_mentions"]) == (3, 1, 1)


def test_a_duplicate_arriving_later_raises_the_stored_events_source_count(store: Store) -> None:
    write(store, story("early", url="https://minas-tirith.example/a"))
    stats = write(store, story("late", url="https://bree.example/b", boilerplate=BOILERPLATES[1]))
    assert stats.duplicates == 1
    [event] = store.events().to_dict("records")
    assert event["num_sources"] == 2


def test_an_exact_copy_under_another_id_is_a_duplicate_with_similarity_one(store: Store) -> None:
    original = story("orig", url="https://a.example/1")
    copy = dataclasses.replace(
        original, article=dataclasses.replace(original.article, doc_id="copy")
    )
    write(store, original, copy)
    articles = store.articles().set_index("id")
    assert articles.loc["copy", "duplicate_of"] == "orig"
    assert articles.loc["copy", "similarity"] == 1.0


def test_different_stories_are_not_duplicates(store: Store) -> None:
    stats = write(store, story("a", url="https://a.example/1"), unrelated("b"))
    assert (stats.articles, stats.duplicates, stats.events) == (2, 0, 2)


def test_the_same_event_in_two_independent_articles_is_one_event_with_two_mentions(
    store: Store,
) -> None:
    first = story("a", url="https://a.example/1")
    other_text = f"{MEETING} Nothing else happened that week in the whole of the west."
    article = dataclasses.replace(
        first.article, doc_id="b", text=other_text, url="https://b.example/2"
    )
    event = event_in(
        article,
        MEETING,
        trigger="met",
        actor="The king of Arnor",
        recipient="the steward of Gondor",
    )
    second = dataclasses.replace(first, article=article, events=(event,))
    write(store, first, second)
    [row] = store.events().to_dict("records")
    assert (row["num_mentions"], row["num_articles"], row["num_sources"]) == (2, 2, 2)
    mentions = store.mentions(event_id=row["event_id"])
    assert sorted(mentions.article_id) == ["a", "b"]


def test_a_negated_event_is_not_the_same_event_as_an_asserted_one(store: Store) -> None:
    doc = story("a", url="https://a.example/1")
    negated = dataclasses.replace(doc.events[0], modality="negated", event_id="neg")
    write(store, dataclasses.replace(doc, events=(doc.events[0], negated)))
    assert sorted(store.events().modality) == ["asserted", "negated"]


def test_mentions_point_at_the_evidence_in_the_article_text(store: Store) -> None:
    doc = story("a", url="https://a.example/1")
    write(store, doc)
    [m] = store.mentions().to_dict("records")
    text = doc.article.text
    assert text[m["trigger_start"] : m["trigger_end"]] == "met"
    assert text[m["sentence_start"] : m["sentence_end"]] == MEETING
    assert text[m["actor_start"] : m["actor_end"]] == "The king of Arnor"


def test_bad_records_are_stored_once_however_often_they_come_back(store: Store) -> None:
    bad = InputError(origin="feed.jsonl:7", reason="malformed JSON")
    write(store, bad)
    write(store, bad)
    assert store.rows("SELECT file, record, reason FROM errors") == [
        ("feed.jsonl", "7", "malformed JSON")
    ]
    assert store.error_summary() == [("malformed JSON", 1, "feed.jsonl:7")]


def test_recoding_replaces_mentions_and_drops_events_no_one_reports(store: Store) -> None:
    doc = story("a", url="https://a.example/1")
    write(store, doc)
    old_event = store.events().event_id[0]
    recoded = dataclasses.replace(
        doc, events=(dataclasses.replace(doc.events[0], cameo="042", event_id="x"),)
    )
    stats = StoreWriter(store).replace_coding(
        [recoded], run_id=RUN.run_id, lexicon_version="test-2"
    )
    assert stats.removed_events == 1
    events = store.events()
    assert list(events.cameo) == ["042"] and old_event not in set(events.event_id)
    assert store.rows("SELECT lexicon_version FROM articles") == [("test-2",)]


def test_events_filter_by_party_type_and_date(store: Store) -> None:
    write(store, story("a", url="https://a.example/1"), unrelated("b"))
    assert len(store.events(actor="ARN")) == 2
    assert list(store.events(event_type="ACCUSE").cameo) == ["112"]
    assert len(store.events(cameo="04", recipient="GONGOV")) == 1
    assert store.events(arrow=True).num_rows == 2
    assert len(store.events(country="XXX")) == 0
    assert len(store.events(since=DAY + dt.timedelta(days=1))) == 0
    assert len(store.events(until=DAY, limit=1)) == 1
