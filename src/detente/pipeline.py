"""The one module that wires the stages: read → clean → parse → code. No domain logic here."""

from __future__ import annotations

import datetime as dt
import gc
import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from spacy.language import Language

from detente.clean import clean_document, date_from_name
from detente.coding.actors import load_actor_lexicon
from detente.coding.events import Coder, code_article
from detente.config import Settings
from detente.geo import load_gazetteer
from detente.ingest import content_id, iter_documents
from detente.ingest.ids import article_id
from detente.lexicons.ontology import load_ontology
from detente.lexicons.verbs import VerbLexicon, load_verbs
from detente.parse import iter_parsed, load_nlp
from detente.parse.candidates import CandidateFilter
from detente.parse.compiled import load_filter_cached, load_verbs_cached
from detente.parse.sentences import explain_skipped
from detente.records import (
    Article,
    CodedDocument,
    Event,
    InputError,
    RawDocument,
    SentenceTrace,
)

log = logging.getLogger(__name__)

# Allocations between two young-generation collections while a batch is parsed and coded.
# A batch makes ~10^6 short-lived objects (Docs, spans, phrase scans) and almost no cycles;
# at Python's default of 700 the collector ran ~550 times per 200 articles, 4 % of the CPU of
# an ingest, and ~25 times at this threshold (the same results: it only frees garbage later).
BATCH_COLLECT_THRESHOLD = 10_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Pipeline:
    """A loaded model and lexicons; build it once per process with ``load_pipeline``."""

    settings: Settings
    nlp: Language
    coder: Coder
    candidates: CandidateFilter | None = None  # parse only sentences that can hold an event


def _load_verbs(settings: Settings, codes: tuple[str, ...]) -> VerbLexicon:
    """Ours alone from the compiled cache; with PETRARCH verb dictionaries, through their own."""
    if not settings.imported_verbs and not settings.verb_files:
        return load_verbs_cached(codes)
    cache = settings.lexicon_cache_dir
    return load_verbs(
        known_codes=codes,
        imported=settings.imported_verbs,
        verb_files=settings.verb_files,
        cache_dir=cache and cache / "verbs",
    )


def load_coder(settings: Settings) -> Coder:
    """Load the gazetteer and the lexicons (verb codes must exist in the ontology)."""
    ontology = load_ontology()
    cache = settings.lexicon_cache_dir
    return Coder(
        verbs=_load_verbs(settings, tuple(ontology.codes)),
        ontology=ontology,
        actors=load_actor_lexicon(
            settings.actor_files, settings.agent_files, cache_dir=cache and cache / "lexicons"
        ),
        gazetteer=load_gazetteer(settings),
    )


def load_pipeline(settings: Settings) -> Pipeline:
    """Load the spaCy model and every lexicon named in the settings."""
    nlp, coder = load_nlp(settings.model), load_coder(settings)
    candidates = (
        load_filter_cached(nlp, coder.verbs, coder.actors) if settings.candidate_filter else None
    )
    return Pipeline(settings=settings, nlp=nlp, coder=coder, candidates=candidates)


def prepare_article(raw: RawDocument, *, default_date: dt.date | None = None) -> Article:
    """Clean one raw document into an Article with a stable id."""
    # The file name's date, and --date only when nothing else dates the story (see clean_document).
    named = None if raw.date else date_from_name(Path(raw.origin.split(":")[0]).name)
    return clean_document(
        raw, doc_id=article_id(raw.doc_id, raw.text), named_date=named, default_date=default_date
    )


def iter_articles(
    items: Iterable[RawDocument | InputError], *, default_date: dt.date | None = None
) -> Iterator[Article | InputError]:
    """Clean each readable document; a failure becomes an InputError, never a stopped batch."""
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        try:
            article = prepare_article(item, default_date=default_date)
        except Exception as exc:  # a cleaning bug must not lose the rest of the batch
            log.exception("cleaning failed for %s", item.origin)
            yield InputError(
                origin=item.origin, reason=f"cleaning failed ({type(exc).__name__}: {exc})"
            )
            continue
        if not article.text.strip():
            yield InputError(origin=item.origin, reason="no article text left after cleaning")
        else:
            yield article


def code_articles(
    pipeline: Pipeline, articles: Iterable[Article], *, explain: bool = False
) -> Iterator[CodedDocument]:
    """Parse and code articles in batches, in input order.

    ``explain`` keeps every sentence's trace on the result. It parses exactly what a run
    without it parses (the same events); a sentence the filter skipped is explained as such.
    """
    flt = pipeline.candidates
    parsed = iter_parsed(
        pipeline.nlp, articles, batch_size=pipeline.settings.batch_size, candidates=flt
    )
    for article, doc in parsed:
        trace: list[SentenceTrace] | None = [] if explain else None
        events = code_article(pipeline.coder, article, doc, trace=trace)
        if trace and flt is not None:
            trace = explain_skipped(pipeline.nlp, flt, article.text, doc, trace)
        yield CodedDocument(article=article, events=events, trace=tuple(trace or ()))


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Collect young garbage less often for a while; the process's own setting comes back."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], BATCH_COLLECT_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def code_batch(
    pipeline: Pipeline, articles: Sequence[Article], *, explain: bool = False
) -> list[CodedDocument | InputError]:
    """Parse and code one batch, in order; an article that breaks parsing or coding is an error."""
    with _fewer_collections():
        return _code_batch(pipeline, articles, explain=explain)


def _code_batch(
    pipeline: Pipeline, articles: Sequence[Article], *, explain: bool
) -> list[CodedDocument | InputError]:
    try:
        return list(code_articles(pipeline, articles, explain=explain))
    except Exception:  # find the bad article one by one, so the rest of the batch is kept
        log.exception("coding a batch of %d articles failed; retrying one by one", len(articles))
    done: list[CodedDocument | InputError] = []
    for article in articles:
        try:
            done.extend(code_articles(pipeline, [article], explain=explain))
        except Exception as exc:
            reason = f"coding failed ({type(exc).__name__}: {exc})"
            done.append(InputError(origin=article.origin, reason=reason))
    return done


def process_batch(
    pipeline: Pipeline,
    raws: Sequence[RawDocument | InputError],
    *,
    default_date: dt.date | None = None,
    explain: bool = False,
) -> list[CodedDocument | InputError]:
    """Clean, parse and code one batch of raw documents, in order: every engine's unit of work."""
    with _fewer_collections():
        items = list(iter_articles(raws, default_date=default_date))
    articles = [item for item in items if isinstance(item, Article)]
    coded = iter(code_batch(pipeline, articles, explain=explain))
    return [item if isinstance(item, InputError) else next(coded) for item in items]


def iter_coded(
    pipeline: Pipeline,
    paths: Iterable[str | Path],
    *,
    default_date: dt.date | None = None,
    stdin: BinaryIO | None = None,
    explain: bool = False,
) -> Iterator[CodedDocument | InputError]:
    """Read, clean, parse and code every input; errors are yielded in place, in input order.

    ``explain`` keeps each sentence's trace on the results (see ``code_articles``).
    """
    raws = iter_documents(paths, max_chars=pipeline.settings.max_chars, stdin=stdin)
    while chunk := list(islice(raws, pipeline.settings.batch_size)):
        yield from process_batch(pipeline, chunk, default_date=default_date, explain=explain)


def code_text(
    pipeline: Pipeline, text: str, *, doc_id: str | None = None, date: dt.date | None = None
) -> tuple[Event, ...]:
    """Code one already-clean text (a sentence or paragraph) without the cleaning stage."""
    return explain_text(pipeline, text, doc_id=doc_id, date=date, explain=False).events


def explain_text(
    pipeline: Pipeline,
    text: str,
    *,
    doc_id: str | None = None,
    date: dt.date | None = None,
    explain: bool = True,
) -> CodedDocument:
    """Code one already-clean text and keep the trace of every sentence (``explain=True``).

    The text is parsed as `detente code` parses an article (the candidate filter included),
    so the API, the CLI and ingest give the same events for the same text.
    """
    article = Article(doc_id=doc_id or content_id(text), origin="<text>", text=text, date=date)
    [coded] = code_articles(pipeline, [article], explain=explain)
    return coded
