"""`detente code --explain` parses what a plain run does: the same events, each sentence traced."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.config import load_settings
from detente.pipeline import iter_coded, load_pipeline
from detente.records import CodedDocument

pytestmark = pytest.mark.model

TEXT = (
    "It rained all week in the north.\n\n"
    "The weather stayed cold. The foreign minister of Russia met the Chinese foreign minister "
    "in Beijing on Monday. Both sides signed an agreement on border trade. "
    "The harvest was good this year. The talks ended at noon."
)


def test_explaining_codes_the_same_events_and_says_which_sentences_were_skipped(
    tmp_path: Path,
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    pipeline = load_pipeline(load_settings())
    plain, explained = (
        [d for d in iter_coded(pipeline, [path], explain=e) if isinstance(d, CodedDocument)]
        for e in (False, True)
    )
    [plain_doc], [explained_doc] = plain, explained
    assert plain_doc.events and plain_doc.events == explained_doc.events
    text = explained_doc.article.text
    for sentence in explained_doc.trace:
        assert text[sentence.start : sentence.start + len(sentence.text)] == sentence.text
    skipped = {s.text.strip(): s.reason for s in explained_doc.trace if s.stage == "filter"}
    assert skipped == {
        "It rained all week in the north.": "no-trigger",
        "The harvest was good this year.": "no-trigger",
        "The talks ended at noon.": "no-party-word",  # a trigger, but no one to hold them
    }
