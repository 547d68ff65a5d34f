"""Why was this coded? The trace of `detente code --explain` as text lines or JSON records."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rich.markup import escape

from detente.records import CandidateTrace, CodedDocument, PartyTrace, SentenceTrace


def trace_records(doc: CodedDocument) -> Iterator[dict[str, Any]]:
    """One JSON-ready record per sentence: its candidates, their stages and outcomes."""
    article = doc.article
    published = article.date.isoformat() if article.date else None
    about = {
        "doc_id": article.doc_id,
        "published": published,
        "published_source": article.date_source,
        "published_precision": article.date_precision,
        "cleaning": list(article.cleaning),
    }
    for sentence in doc.trace:
        yield {**about, **sentence.as_dict()}


def trace_lines(doc: CodedDocument) -> Iterator[str]:
    """The trace as Rich-markup lines: a sentence, then each candidate and its outcome."""
    article = doc.article
    yield (
        f"[bold]{escape(article.title or article.doc_id)}[/bold] "
        f"(published {article.date or 'no date'}, {len(doc.events)} events)"
    )
    for note in article.cleaning:
        yield f"    [dim]cleaning: {escape(note)}[/dim]"
    for sentence in doc.trace:
        yield from _sentence_lines(sentence)


def _sentence_lines(sentence: SentenceTrace) -> Iterator[str]:
    head = f"[cyan][{sentence.index}][/cyan] {escape(_short(sentence.text, 160))}"
    if not sentence.candidates:
        yield f"{head}  [dim]— nothing coded: {sentence.reason} at stage {sentence.stage}[/dim]"
        return
    yield head
    for candidate in sentence.candidates:
        yield from _candidate_lines(candidate)


def _candidate_lines(c: CandidateTrace) -> Iterator[str]:
    mark = "[green]✓[/green]" if c.event_id else "[red]✗[/red]"
    pattern = ""
    if c.pattern_id:
        pattern = f" pattern {c.pattern_id} ({', '.join(c.sources)}) CAMEO {c.cameo}"
    yield f"    {mark} {escape(repr(c.trigger))} @{c.start}-{c.end}{escape(pattern)}"
    if c.actor or c.recipient:
        yield f"        actor: {_parties(c.actor)}   recipient: {_parties(c.recipient)}"
    if c.modality:
        composed = f"; code composed as {c.composed}" if c.composed else ""
        yield f"        modality: {c.modality} — {escape(c.modality_cue or '')}{composed}"
    if c.date_rule:
        where = f", at {escape(c.location)}" if c.location else ""
        yield f"        date: {c.date or 'none'} ({c.date_rule}){where}"
    if c.event_id:
        yield f"        [green]→ {c.event_type} (CAMEO {c.event_cameo}), event {c.event_id}[/green]"
        if c.relevance and c.relevance != "relevant":
            note = "kept, left out of dyads and exports"
            yield f"        [yellow]{escape(c.relevance)}[/yellow] ({note})"
    else:
        yield (
            f"        [red]→ dropped at {c.stage}: {c.reason}[/red] — "
            f"[dim]{escape(c.explanation or '')}[/dim]"
        )


def _parties(parties: tuple[PartyTrace, ...]) -> str:
    if not parties:
        return "—"
    return "; ".join(
        f"{escape(repr(p.text))} → {p.country or '?'} {p.sector or '-'} ({p.rule})" for p in parties
    )


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
