"""Events behind the numbers: filtered pages of events, their mentions, and highlighted articles."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from dataclasses import dataclass
from typing import Any

from detente.analysis.keys import dyad_keys_sql, key_index, party_clause, party_keys_sql
from detente.store import Store
from detente.store.sides import BRIEF_COLUMNS  # the columns of an EventBrief, in order

log = logging.getLogger(__name__)

# Page sizes are capped so that no request can ask the server for the whole table at once.
MAX_PAGE_SIZE = 200



@dataclass(frozen=True, slots=True, kw_only=True)
class EventBrief:
    """One unique event as listed in tables: who, what, when, how often, and where it is told."""

    event_id: str
    date: dt.date | None
    actor_code: str | None
    actor_name: str | None
    recipient_code: str | None
    recipient_name: str | None
    event_type: str
    mode: str | None
    cameo: str
    goldstein: float | None
    quad_class: int | None
    modality: str
    location_name: str | None
    num_mentions: int
    num_sources: int
    num_articles: int
    confidence: float | None
    mention_id: str | None  # the representative mention
    article_id: str | None
    source_url: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventQuery:
    """Filters for a page of events; None matches everything."""

    actor: str | None = None  # code prefix, any part of a compound code
    recipient: str | None = None
    directed: bool = True  # with both parties: False also matches recipient → actor
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive
    event_type: str | None = None
    quad_class: int | None = None
    min_mentions: int | None = None
    page: int = 1
    page_size: int = 50

    def __post_init__(self) -> None:
        if self.page < 1:
            raise ValueError("pages are numbered from 1")
        if not 1 <= self.page_size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}")


@dataclass(frozen=True, slots=True, kw_only=True)
class EventPage:
    """One page of events, oldest first, and how many match in all."""

    items: tuple[EventBrief, ...]
    total: int
    page: int
    page_size: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """Where one article reports an event: sentence, trigger and party offsets into its text."""

    mention_id: str
    event_id: str
    article_id: str
    article_title: str | None
    article_url: str | None
    source: str | None
    sentence_index: int
    sentence_start: int
    sentence_end: int
    sentence: str
    trigger_start: int
    trigger_end: int
    trigger_text: str
    actor_start: int | None
    actor_end: int | None
    recipient_start: int | None
    recipient_end: int | None
    confidence: float


@dataclass(frozen=True, slots=True, kw_only=True)
class EventEvidence:
    """A unique event with every mention that reports it."""

    event: EventBrief
    mentions: tuple[Mention, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Piece:
    """A run of article text and the marks on it: sentence, trigger, actor, recipient."""

    text: str
    marks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleEvidence:
    """An article's text cut into pieces so that the reported events' spans can be highlighted."""

    article_id: str
    title: str | None
    url: str | None
    source: str | None
    date: dt.date | None
    duplicate_of: str | None
    text: str
    mentions: tuple[Mention, ...]
    pieces: tuple[Piece, ...]
    focus: str | None  # the mention whose spans are marked (the first one when none was asked)


def brief_from_row(row: tuple[Any, ...]) -> EventBrief:
    """An EventBrief from a row of BRIEF_COLUMNS."""
    return EventBrief(**dict(zip(BRIEF_COLUMNS, row, strict=True)))


def _filters(query: EventQuery) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for clause, value in (
        ("date >= ?", query.since),
        ("date <= ?", query.until),
        ("event_type = ?", query.event_type),
        ("quad_class = ?", query.quad_class),
        ("num_mentions >= ?", query.min_mentions),
    ):
        if value is not None:
            clauses.append(clause)
            params.append(value)
    return clauses, params


def events_sql(store: Store, query: EventQuery) -> tuple[str, list[Any]]:
    """SELECT of the matching events' ``BRIEF_COLUMNS`` (no paging, no order)."""
    clauses, params = _filters(query)
    where = " AND ".join(clauses) or "TRUE"
    actor, recipient = (query.actor or "").upper(), (query.recipient or "").upper()
    columns = ", ".join(BRIEF_COLUMNS)
    if actor and recipient:
        # A dyad: dated events only (as in its time series).
        dyad, dyad_params = dyad_keys_sql(
            store, actor, recipient, directed=query.directed, since=query.since,
            until=query.until, columns=columns,
        )
        return f"SELECT * FROM ({dyad}) WHERE {where}", [*dyad_params, *params]
    if actor or recipient:
        side = 0 if actor else 1
        filed = party_keys_sql(store, actor or recipient, side, columns)
        if filed is not None:
            return f"SELECT * FROM ({filed[0]}) WHERE {where}", [*filed[1], *params]
    for column, value in (("actor_code", actor), ("recipient_code", recipient)):
        if value:
            clauses.append(party_clause(column))
            params += [value, value]
    clauses.append("relevant")  # as in the party keys: events of no political news are not listed
    where = " AND ".join(clauses)
    return f"SELECT {columns} FROM events WHERE {where}", params


def briefs_by_id(
    store: Store, event_ids: list[str], dates: list[dt.date | None] | None = None
) -> tuple[EventBrief, ...]:
    """Events by id, in the order asked (ids not stored are left out); ``dates``, theirs, narrow
    the read to the days they span."""
    if not event_ids:
        return ()
    days = [day for day in dates or () if day is not None]
    where = "event_id = ANY(?::VARCHAR[])"
    params: list[Any] = [event_ids]
    if days and len(days) == len(event_ids):
        where, params = f"date BETWEEN ? AND ? AND {where}", [min(days), max(days), event_ids]
    sql = f"SELECT {', '.join(BRIEF_COLUMNS)} FROM events WHERE {where}"
    found = {row[0]: brief_from_row(row) for row in store.rows(sql, params)}
    return tuple(found[i] for i in event_ids if i in found)


def page_events(store: Store, query: EventQuery) -> EventPage:
    """One page of matching events, oldest first, with the number of matches."""
    matching, params = events_sql(store, query)
    offset = (query.page - 1) * query.page_size
    if (query.actor or query.recipient) and key_index(store) is not None:
        # A party's rows lie together: count them in the same pass as the page.
        sql = (
            f"SELECT *, count(*) OVER () FROM ({matching})"
            " ORDER BY date NULLS LAST, event_id LIMIT ? OFFSET ?"
        )
        rows = store.rows(sql, [*params, query.page_size, offset])
        total = rows[0][-1] if rows else (0 if query.page == 1 else None)
        rows = [row[:-1] for row in rows]
    else:
        # Over the whole table a window would hold every row; a top-n and a count hold none.
        sql = f"SELECT * FROM ({matching}) ORDER BY date NULLS LAST, event_id LIMIT ? OFFSET ?"
        rows = store.rows(sql, [*params, query.page_size, offset])
        total = None
    if total is None:
        total = store.rows(f"SELECT count(*) FROM ({matching})", params)[0][0]
    return EventPage(
        items=tuple(brief_from_row(row) for row in rows), total=int(total),
        page=query.page, page_size=query.page_size,
    )


def read_briefs(
    store: Store, where: str, params: list[Any], order: str, limit: int
) -> tuple[EventBrief, ...]:
    """Events matching a condition built by this package, in a fixed order."""
    sql = f"SELECT {', '.join(BRIEF_COLUMNS)} FROM events WHERE {where} ORDER BY {order} LIMIT ?"
    return tuple(brief_from_row(r) for r in store.rows(sql, [*params, limit]))


_MENTIONS_SQL = """
SELECT m.mention_id, m.event_id, m.article_id, a.title, a.url, a.source, m.sentence_index,
       m.sentence_start, m.sentence_end, substring(a.text, m.sentence_start + 1,
       m.sentence_end - m.sentence_start) AS sentence, m.trigger_start, m.trigger_end,
       m.trigger_text, m.actor_start, m.actor_end, m.recipient_start, m.recipient_end,
       m.confidence
FROM mentions m JOIN articles a ON a.id = m.article_id
WHERE {where}
ORDER BY m.confidence DESC, m.article_id, m.sentence_index, m.mention_id
"""


def _mentions(store: Store, where: str, params: list[Any]) -> tuple[Mention, ...]:
    rows = store.rows(_MENTIONS_SQL.format(where=where), params)
    names = Mention.__dataclass_fields__
    return tuple(Mention(**dict(zip(names, row, strict=True))) for row in rows)


def event_evidence(store: Store, event_id: str) -> EventEvidence | None:
    """An event and the sentences that report it, or None when there is no such event."""
    found = read_briefs(store, "event_id = ?", [event_id], "event_id", 1)
    if not found:
        return None
    return EventEvidence(event=found[0], mentions=_mentions(store, "m.event_id = ?", [event_id]))


def cut_pieces(text: str, spans: list[tuple[int, int, str]]) -> tuple[Piece, ...]:
    """Cut text at every span boundary; each piece carries the marks of the spans covering it."""
    bounds = {0, len(text)}
    clean = []
    for start, end, mark in spans:
        start, end = max(0, start), min(len(text), end)
        if start < end:
            clean.append((start, end, mark))
            bounds.update((start, end))
    cuts = sorted(bounds)
    pieces = []
    for start, end in itertools.pairwise(cuts):
        marks = tuple(m for s, e, m in clean if s <= start and end <= e)
        pieces.append(Piece(text=text[start:end], marks=marks))
    return tuple(pieces)


def _spans(mention: Mention) -> list[tuple[int, int, str]]:
    spans = [
        (mention.sentence_start, mention.sentence_end, "sentence"),
        (mention.trigger_start, mention.trigger_end, "trigger"),
    ]
    for start, end, mark in (
        (mention.actor_start, mention.actor_end, "actor"),
        (mention.recipient_start, mention.recipient_end, "recipient"),
    ):
        if start is not None and end is not None:
            spans.append((start, end, mark))
    return spans


def article_evidence(
    store: Store, article_id: str, *, mention_id: str | None = None
) -> ArticleEvidence | None:
    """An article with the spans of one of its mentions marked, or None when it is not stored."""
    rows = store.rows(
        "SELECT id, title, url, source, date, duplicate_of, text FROM articles WHERE id = ?",
        [article_id],
    )
    if not rows:
        return None
    doc_id, title, url, source, date, duplicate_of, text = rows[0]
    mentions = _mentions(store, "m.article_id = ?", [doc_id])
    focus = next((m for m in mentions if m.mention_id == mention_id), None)
    if focus is None and mention_id is None and mentions:
        focus = min(mentions, key=lambda m: (m.sentence_start, m.mention_id))
    pieces = cut_pieces(text, _spans(focus) if focus else [])
    return ArticleEvidence(
        article_id=doc_id, title=title, url=url, source=source, date=date,
        duplicate_of=duplicate_of, text=text, mentions=mentions, pieces=pieces,
        focus=focus.mention_id if focus else None,
    )
