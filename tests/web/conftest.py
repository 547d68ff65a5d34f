"""A made-up world stored through the real writer: Arnor warms to Gondor, then cools."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from detente.coding.events import event_id
from detente.records import ActorMention, Article, CodedDocument, Event, Span
from detente.store import open_store
from detente.store.writer import RunInfo, StoreWriter

RUN = RunInfo(
    run_id="web-run", kind="ingest", inputs=("world",), model="none", model_version=None,
    lexicon_version="test-1", settings_hash="h", settings={}, workers=1,
)
START = dt.date(2021, 1, 5)
# Eight cooperative reports, then eight conflictual ones: one cooling change in April 2021.
COOPERATIVE = [("met", "CONSULT", "040", 1.0, 1), ("praised", "SUPPORT", "051", 3.4, 1)]
CONFLICTUAL = [("accused", "ACCUSE", "112", -2.0, 3), ("threatened", "THREATEN", "130", -4.4, 3)]
HOSTILE = (
    'Gondor said the letter read <script>window.__pwned = 1</script> and '
    '<img src=x onerror="window.__pwned = 1"> in full.'
)
# Invented filler words keep every article distinct, so none is taken for a duplicate.
WORDS = (
    "river", "harvest", "granary", "ferry", "beacon", "orchard", "quarry", "lantern", "bridge",
    "mill", "caravan", "tollgate", "vineyard", "causeway", "shipyard", "market", "weir",
    "citadel", "pasture", "smithy", "archive", "lighthouse", "canal", "terrace", "garrison",
    "watchtower", "meadow", "tannery", "brewery", "foundry", "cistern", "aqueduct",
)


def _mention(text: str, start: int, country: str, name: str) -> ActorMention:
    return ActorMention(
        text=text, start=start, end=start + len(text), country=country, sector="GOV",
        name=name, rule="test",
    )


def _document(
    index: int, verb: str, event_type: str, cameo: str, goldstein: float, quad: int,
    *, day: dt.date, extra: str = "",
) -> CodedDocument:
    rng = random.Random(index)
    filler = " ".join(rng.choice(WORDS) for _ in range(40))
    sentence = f"The king of Arnor {verb} the steward of Gondor in Osgiliath."
    text = f"Dispatch {index} on the {filler}. {sentence} {extra}Officials spoke of the {filler}."
    doc_id = f"world-{index:02d}"
    article = Article(
        doc_id=doc_id, origin=f"{doc_id}.txt", text=text, date=day,
        url=f"https://herald.example/{doc_id}", title=f"Arnor and Gondor, report {index}",
        source=f"herald-{index % 3}",
    )
    start = text.index(sentence)
    actor = (_mention("The king of Arnor", start, "ARN", "Arnor"),)
    recipient_at = start + sentence.index("the steward of Gondor")
    recipient = (_mention("the steward of Gondor", recipient_at, "GON", "Gondor"),)
    where = start + sentence.index(verb)
    event = Event(
        doc_id=doc_id, event_id=event_id(doc_id, 1, where, cameo, actor, recipient),
        sentence_index=1, sentence=sentence, sentence_start=start, date=day,
        event_type=event_type, mode=None, context=(), cameo=cameo, goldstein=goldstein,
        quad_class=quad, actor=actor, recipient=recipient,
        trigger=Span(text=verb, start=where, end=where + len(verb)), confidence=0.9,
        lexicon_version="test-1", pattern_id=f"test.{verb}",
    )
    return CodedDocument(article=article, events=(event,))


def world_documents() -> list[CodedDocument]:
    """Sixteen Arnor→Gondor reports over six months, the last one quoting hostile markup."""
    docs = []
    for i in range(16):
        verb, event_type, cameo, goldstein, quad = (COOPERATIVE if i < 8 else CONFLICTUAL)[i % 2]
        extra = HOSTILE + " " if i == 15 else ""
        docs.append(_document(i, verb, event_type, cameo, goldstein, quad,
                              day=START + dt.timedelta(days=11 * i), extra=extra))
    return docs


def build_world(path: Path) -> Path:
    """Write the world into a new store with the store's own writer."""
    with open_store(path, read_only=False) as store:
        writer = StoreWriter(store)
        writer.start_run(RUN)
        writer.write_batch(world_documents(), run_id=RUN.run_id)
        writer.finish_run(RUN.run_id, status="completed", seconds=0.0)
    return path


@pytest.fixture(scope="session")
def world_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The world's database file, built once per test session."""
    return build_world(tmp_path_factory.mktemp("world") / "world.duckdb")


@pytest.fixture(scope="session")
def client(world_db: Path) -> Iterator:
    """A TestClient on the app over the world, opened read-only."""
    from fastapi.testclient import TestClient

    from detente.web import create_app

    with TestClient(create_app(world_db)) as test_client:
        yield test_client
