"""Code gold sentences in batches through the pipeline (spaCy's nlp.pipe), in input order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import islice

from detente.evaluation.scores import Coded
from detente.ingest import content_id
from detente.pipeline import Pipeline, code_batch
from detente.records import Article, InputError

# Codes a list of sentences; gives each one's events or the reason it could not be coded.
BatchCoder = Callable[[Sequence[str]], list[Coded]]


def batch_coder(pipeline: Pipeline) -> BatchCoder:
    """A coder that parses sentences in batches of the pipeline's batch size."""
    # Gold sentences are parsed whole, without the candidate filter that `detente code` and
    # ingest apply: the scores measure the coder alone. What the filter would lose on a gold
    # set is counted apart (`benchmarks/ingest.py --gold FILE --lost`).
    whole = replace(pipeline, candidates=None)
    size = pipeline.settings.batch_size

    def code(texts: Sequence[str]) -> list[Coded]:
        articles = [
            Article(doc_id=content_id(text), origin=f"sentence {i}", text=text)
            for i, text in enumerate(texts, start=1)
        ]
        coded: list[Coded] = []
        chunks = iter(articles)
        while chunk := list(islice(chunks, size)):
            for item in code_batch(whole, chunk):
                coded.append(item if isinstance(item, InputError) else item.events)
        return coded

    return code
