"""`detente code --explain` parses what a plain run does: the same events, each sentence traced."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.config import load_settings
from detente.pipeline import Pipeline, code_text, explain_text, iter_coded, load_pipeline
from detente.records import CodedDocument

pytestmark = pytest.mark.model

TEXT = (
    "It rained all week in the north.\n\n"
    "The weather stayed cold. The foreign minister of Russia met the Chinese foreign minister "
    "in Beijing on Monday. Both sides signed an agreement on border trade. "
    "The harvest was good this year. The talks ended at noon."
)


SKIPPED = {
    "It rained all week in the north.": "no-trigger",
    "The harvest was good this year.": "no-trigger",
    "The talks ended at noon.": "no-party-word",  # a trigger, but no one to hold them
}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return load_pipeline(load_settings())


def test_explaining_codes_the_same_events_and_says_which_sentences_were_skipped(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
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
    assert skipped == SKIPPED


def test_the_python_api_parses_a_text_as_the_cli_does(tmp_path: Path, pipeline: Pipeline) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    [cli] = [d for d in iter_coded(pipeline, [path]) if isinstance(d, CodedDocument)]
    article = cli.article
    assert article.text == TEXT  # nothing to clean: the API and the CLI see the same text
    api = explain_text(pipeline, TEXT, doc_id=article.doc_id, date=article.date)
    assert cli.events and api.events == cli.events
    assert code_text(pipeline, TEXT, doc_id=article.doc_id, date=article.date) == cli.events
    skipped = {s.text.strip(): s.reason for s in api.trace if s.stage == "filter"}
    assert skipped == SKIPPED
