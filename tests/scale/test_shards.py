"""Parquet shards hold a coded batch losslessly, with the store's column types (no model needed)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import duckdb
import pytest

from detente.records import (
    ActorMention,
    Article,
    CodedDocument,
    Dateline,
    Event,
    InputError,
    Place,
    Span,
)
from detente.scale.shards import read_shard, shard_schemas, write_shards

DAY = dt.date(2021, 3, 4)

OSGILIATH = Place(
    name="Osgiliath",
    country="GON",
    admin1="01",
    lat=47.5,
    lon=-3.25,
    geonames_id=424242,
    precision="city",
    rule="governing",
    text="Osgiliath",
    start=62,
    end=71,
)


def party(text: str, sentence_start: int, sentence: str, country: str) -> ActorMention:
    """A government actor found in its sentence."""
    start = sentence_start + sentence.index(text)
    return ActorMention(
        text=text,
        start=start,
        end=start + len(text),
        country=country,
        sector="GOV",
        name=country.title(),
        rule="test",
    )


def story(doc_id: str, sentence: str, trigger: str, actor: str, recipient: str) -> CodedDocument:
    """An article of one sentence and one event of Arnor towards Gondor."""
    text = f"{sentence} The talks went on until dusk."
    article = Article(doc_id=doc_id, origin=f"{doc_id}.txt", text=text, date=DAY)
    where = sentence.index(trigger)
    event = Event(
        doc_id=doc_id,
        event_id=f"{doc_id}-e1",
        sentence_index=0,
        sentence=sentence,
        sentence_start=0,
        date=DAY,
        event_type="CONSULT",
        mode=None,
        context=(),
        cameo="040",
        goldstein=1.0,
        quad_class=1,
        actor=(party(actor, 0, sentence, "ARN"),),
        recipient=(party(recipient, 0, sentence, "GON"),),
        trigger=Span(text=trigger, start=where, end=where + len(trigger)),
        confidence=0.9,
        lexicon_version="test-1",
        pattern_id="consult.meet",
    )
    return CodedDocument(article=article, events=(event,))


MEETING = "The king of Arnor met the steward of Gondor in Osgiliath on Tuesday."
QUARREL = "Arnor accused Gondor of hoarding grain."


def placed(doc: CodedDocument) -> CodedDocument:
    """The same story with a dateline, an agency and an event location: every optional field set."""
    article = dataclasses.replace(
        doc.article,
        title="Kings meet",
        byline="By a Ranger",
        agency="PALANTIR",
        source="Minas Tirith Herald",
        url="https://minas-tirith.example/a1",
        dateline=Dateline(
            text="OSGILIATH, March 4 (PALANTIR) -", place="Osgiliath", date=DAY, agency="PALANTIR"
        ),
    )
    events = tuple(
        dataclasses.replace(
            e,
            location=OSGILIATH,
            context=("diplomatic",),
            mode="meet",
            date_rule="explicit",
            modality="future",
        )
        for e in doc.events
    )
    return CodedDocument(article=article, events=events)


@pytest.fixture(scope="module")
def schemas():
    return shard_schemas()


@pytest.fixture()
def batch() -> list[CodedDocument | InputError]:
    return [
        placed(story("a1", MEETING, "met", "The king of Arnor", "the steward of Gondor")),
        InputError(origin="feed.jsonl:7", reason="not valid JSON"),
        story("a2", QUARREL, "accused", "Arnor", "Gondor"),
        CodedDocument(article=Article(doc_id="a3", origin="a3.txt", text="No events."), events=()),
    ]


def test_a_batch_read_back_from_its_shards_equals_the_batch_coded(
    batch: list, schemas, tmp_path: Path
) -> None:
    shard = write_shards(batch, tmp_path, schemas)
    back = read_shard(shard)
    assert [b for b in back if isinstance(b, CodedDocument)] == [
        b for b in batch if isinstance(b, CodedDocument)
    ]
    assert [b for b in back if isinstance(b, InputError)] == [
        b for b in batch if isinstance(b, InputError)
    ]


def test_shards_are_a_dataset_duckdb_reads_with_store_column_types(
    batch: list, schemas, tmp_path: Path
) -> None:
    write_shards(batch, tmp_path, schemas)
    write_shards([story("a4", QUARREL, "accused", "Arnor", "Gondor")], tmp_path, schemas)
    con = duckdb.connect()
    articles = con.sql(f"SELECT id, date FROM read_parquet('{tmp_path}/articles/*.parquet')")
    assert sorted(r[0] for r in articles.fetchall()) == ["a1", "a2", "a3", "a4"]
    assert dict(zip(articles.columns, articles.types, strict=True))["date"] == "DATE"
    # The same quarrel reported in two batches is one unique event with two mentions.
    events = con.sql(
        f"SELECT m.event_id, any_value(e.location_name), count(DISTINCT m.mention_id)"
        f" FROM read_parquet('{tmp_path}/mentions/*.parquet') m"
        f" JOIN (SELECT DISTINCT event_id, location_name"
        f"       FROM read_parquet('{tmp_path}/events/*.parquet')) e USING (event_id)"
        f" GROUP BY 1 ORDER BY 3"
    ).fetchall()
    assert [(place, n) for _, place, n in events] == [("Osgiliath", 1), (None, 2)]


def test_writing_the_same_batch_again_replaces_its_shard(
    batch: list, schemas, tmp_path: Path
) -> None:
    first = write_shards(batch, tmp_path, schemas)
    again = write_shards(batch, tmp_path, schemas)
    assert first == again
    assert sorted(p.name for p in (tmp_path / "articles").iterdir()) == [
        first.path("articles").name
    ]


def test_a_batch_of_errors_only_writes_an_errors_file(schemas, tmp_path: Path) -> None:
    shard = write_shards([InputError(origin="x.txt", reason="empty")], tmp_path, schemas)
    assert shard.tables == ("errors",)
    assert read_shard(shard) == [InputError(origin="x.txt", reason="empty")]
