"""Geo fixtures: the session's small gazetteer, and hand-built parses with entities."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
import spacy
from spacy.tokens import Doc, Span

from detente.config import Settings, load_settings
from detente.geo import Gazetteer, load_gazetteer

Row = tuple[str, str, str, str, int]  # word, lemma, POS, dependency label, head index
Ents = Sequence[tuple[int, int, str]]  # token start, token end, label


@pytest.fixture(scope="session")
def geo_settings(geo_cache) -> Settings:
    """Settings naming the session's gazetteer (``geo_cache`` comes from tests/conftest.py)."""
    settings = load_settings()
    assert settings.geo_cache_dir == geo_cache
    return settings


@pytest.fixture(scope="session")
def gazetteer(geo_settings) -> Gazetteer:
    return load_gazetteer(geo_settings)


def _build(rows: Sequence[Row], ents: Ents = (), tags: dict[int, str] | None = None) -> Doc:
    words = [r[0] for r in rows]
    spaces = [not (i + 1 < len(rows) and rows[i + 1][2] == "PUNCT") for i in range(len(rows))]
    spaces[-1] = False
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        tags=[(tags or {}).get(i, "") for i in range(len(rows))],
        sent_starts=[i == 0 for i in range(len(rows))],
    )
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


@pytest.fixture
def parse() -> Callable[..., Doc]:
    """Build a one-sentence parse by hand: rows of (word, lemma, POS, dep, head) plus entities."""
    return _build
