"""Parse only the candidate sentences, each as its own short Doc, and join them per article.

A sentence that cannot hold an event becomes a placeholder ("_" padded with spaces to its
length, its outer whitespace kept) that never goes through the pipeline. Each run of
consecutive kept sentences is parsed as one short Doc (their sentence starts preset, so a
sentence still sees its neighbour as it would in the whole article), in batches; then every
piece of an article is joined with ``Doc.from_docs`` without added whitespace, so the joined
text has the article's length, each token's ``idx`` is its offset in the cleaned article text,
and sentence starts are the cheap splitter's (placeholders count as sentences, so sentence
numbers do not depend on the filter).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from spacy.attrs import SPACY
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from detente.parse.candidates import (
    CandidateFilter,
    Tokens,
    Words,
    blank_sentence,
    keep_sentences,
    skip_reason,
    split_token_ranges,
    words_doc,
)
from detente.records import SentenceTrace

# Short sentence Docs handed to nlp.pipe at once: enough to fill the model's batches.
SENTENCE_BATCH = 256
# What from_docs must not carry over: the coder reads no tensor, span group or user data.
_NOT_JOINED = ("tensor", "spans", "user_data")


@dataclass(frozen=True, slots=True)
class ArticlePlan:
    """An article cut into sentence pieces, and which of them go through the pipeline."""

    pieces: list[Doc]
    parse: list[int]  # indexes into pieces, in order (a piece holds consecutive kept sentences)
    sentences: int
    kept: int  # sentences parsed
    words: Words  # every piece's words and spaces in order: the joined Doc's tokens


def _sentences_words(tokens: Tokens, ranges: Sequence[tuple[int, int]]) -> Words:
    """Consecutive kept sentences' words, each sentence start preset."""
    out = Words()
    for a, b in ranges:
        out.take(tokens, a, b)
    return out


def _placeholder_doc(vocab: Vocab, out: Words) -> Doc:
    """A blanked sentence as one tree rooted at its first token.

    Joined with parsed pieces, sentence starts come from the dependency trees, so the
    placeholder needs one of its own to stay a sentence apart.
    """
    return words_doc(vocab, out, tree=True)


def plan_article(nlp: Language, text: str, flt: CandidateFilter) -> ArticlePlan:
    """Split an article into sentences and build the piece Docs, parsed or not."""
    tokens = Tokens(nlp.make_doc(text), text)
    bounds = split_token_ranges(tokens)
    pieces: list[Doc] = []
    parse: list[int] = []
    run: list[tuple[int, int]] = []  # kept sentences since the last blanked one
    whole = Words()
    kept = 0

    def add_run() -> None:
        words = _sentences_words(tokens, run)
        whole.extend(words)
        parse.append(len(pieces))
        pieces.append(words_doc(nlp.vocab, words))

    for (a, b), keep in zip(bounds, keep_sentences(tokens, bounds, flt), strict=True):
        if keep:
            run.append((a, b))
            kept += 1
            continue
        if run:
            add_run()
            run = []
        blank = Words()
        blank_sentence(blank, tokens, a, b)
        whole.extend(blank)
        pieces.append(_placeholder_doc(nlp.vocab, blank))
    if run:
        add_run()
    return ArticlePlan(pieces=pieces, parse=parse, sentences=len(bounds), kept=kept, words=whole)


def join_pieces(pieces: Sequence[Doc]) -> Doc:
    """One Doc from an article's pieces, offsets unchanged (no whitespace added)."""
    # spaCy's stub lacks from_docs's keyword-only ``exclude``.
    doc = Doc.from_docs(list(pieces), ensure_whitespace=False, exclude=_NOT_JOINED)  # type: ignore[call-arg]
    assert doc is not None  # an article has at least one sentence
    return doc


def join_plan(vocab: Vocab, plan: ArticlePlan, pieces: Sequence[Doc]) -> Doc:
    """``join_pieces`` for pieces built from the plan's words, without reading them back.

    ``Doc.from_docs`` reads every token's text and whitespace back through Token objects (a
    few per cent of the parse stage's CPU time); the plan holds them already, so the joined Doc
    is built from them and every token attribute copied over in one array, as from_docs does.
    """
    if sum(len(piece) for piece in pieces) != len(plan.words.words):
        return join_pieces(pieces)  # a component retokenised: read the pieces themselves
    attrs = [*Doc._get_array_attrs(), SPACY]  # from_docs's own
    doc = Doc(vocab, words=plan.words.words, spaces=plan.words.spaces)
    values: Any = np.concatenate([piece.to_array(attrs) for piece in pieces])  # thinc's Ints2d
    doc.from_array(attrs, values)
    return doc


def parse_plans(nlp: Language, plans: Sequence[ArticlePlan]) -> Iterator[Doc]:
    """Parse the kept sentences of every plan in shared batches; yield one Doc per article."""
    todo = [plan.pieces[i] for plan in plans for i in plan.parse]
    parsed = iter(nlp.pipe(todo, batch_size=SENTENCE_BATCH))
    for plan in plans:
        pieces = list(plan.pieces)
        for i in plan.parse:
            pieces[i] = next(parsed)
        yield join_plan(nlp.vocab, plan, pieces)


def explain_skipped(
    nlp: Language, flt: CandidateFilter, text: str, doc: Doc, traces: Sequence[SentenceTrace]
) -> list[SentenceTrace]:
    """The traces with each sentence the filter left unparsed in its own words, and why."""
    tokens = Tokens(nlp.make_doc(text), text)
    reasons = {tokens.idx[a]: skip_reason(tokens, a, b, flt) for a, b in split_token_ranges(tokens)}
    sents, parsed = list(doc.sents), doc.text
    out: list[SentenceTrace] = []
    for trace in traces:
        a, b = sents[trace.index].start_char, sents[trace.index].end_char
        if trace.candidates or parsed[a:b] == text[a:b]:
            out.append(trace)  # parsed: the coder's own trace
            continue
        reason = reasons.get(a, "no-trigger")
        out.append(replace(trace, text=text[a:b].rstrip(), stage="filter", reason=reason))
    return out


__all__ = ["ArticlePlan", "explain_skipped", "join_pieces", "parse_plans", "plan_article"]
