"""The single writer: one transaction per batch, upserts keyed by content hashes, dedupe, counts."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

from detente.clean.dedupe import Fingerprint, fingerprint, resolve_duplicate
from detente.ingest.ids import content_id
from detente.records import CodedDocument, InputError
from detente.store import rows, sides
from detente.store.database import Store
from detente.store.recount import DELETE_ORPHANS_SQL, RECOUNT_SQL

log = logging.getLogger(__name__)

# The rows of a list of dicts passed as one query parameter: DuckDB converts the list itself (a
# list of structs, one column per key), where a pyarrow table would first import pandas (~0.2 s
# of every run's start) only to ask whether the list is a DataFrame.
_ROWS = "(SELECT unnest(r) FROM (SELECT unnest(?) AS r))"


@dataclass(frozen=True, slots=True, kw_only=True)
class RunInfo:
    """What a run records about itself when it starts."""

    run_id: str
    kind: str  # ingest | recode
    inputs: tuple[str, ...]
    model: str
    model_version: str | None
    lexicon_version: str | None
    settings_hash: str
    settings: dict[str, Any]
    workers: int


@dataclass(frozen=True, slots=True, kw_only=True)
class BatchStats:
    """What one committed batch changed."""

    articles: int = 0  # new canonical articles
    duplicates: int = 0
    events: int = 0  # new unique events
    mentions: int = 0
    errors: int = 0
    removed_events: int = 0  # recode only: events no article reports any more


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _version(doc: CodedDocument) -> str | None:
    return doc.events[0].lexicon_version if doc.events else None


def _error_row(error: InputError, run_id: str) -> dict[str, Any]:
    file, _, record = error.origin.rpartition(":")
    if not (file and record.isdigit()):
        file, record = error.origin, ""
    return {
        "error_id": content_id(f"{error.origin}\x00{error.reason}"),
        "file": file,
        "record": record or None,
        "reason": error.reason,
        "run_id": run_id,
    }


class StoreWriter:
    """Writes to one store; DuckDB allows one writing process, and this is its only writer."""

    def __init__(self, store: Store) -> None:
        if store.read_only:
            raise ValueError("StoreWriter needs a store opened with read_only=False")
        self.store = store
        self.con = store.con

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def _insert(self, table: str, records: list[dict[str, Any]], *, upsert: bool = True) -> None:
        if not records:
            return
        conflict = " ON CONFLICT DO NOTHING" if upsert else ""
        self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {_ROWS}{conflict}", [records])

    def _existing(self, table: str, column: str, values: Sequence[str]) -> set[str]:
        if not values:
            return set()
        sql = f"SELECT {column} FROM {table} WHERE {column} IN (SELECT unnest(?::VARCHAR[]))"
        return {r[0] for r in self.store.rows(sql, [list(values)])}

    def known_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these article ids are already stored (as articles or duplicates)."""
        return self._existing("articles", "id", ids)

    def start_run(self, info: RunInfo) -> None:
        """Record a run as running; it is marked completed (or failed) by ``finish_run``.

        Runs still marked running were killed: this writer holds the store's only write lock,
        so no other run can be alive. They become ``interrupted``.
        """
        with self._transaction():
            self.con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            self.con.execute(
                "INSERT INTO runs (run_id, kind, status, started_at, inputs, model, model_version,"
                " lexicon_version, settings_hash, settings, workers)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    info.run_id,
                    info.kind,
                    "running",
                    _now(),
                    list(info.inputs),
                    info.model,
                    info.model_version,
                    info.lexicon_version,
                    info.settings_hash,
                    json.dumps(info.settings, default=str),
                    info.workers,
                ],
            )

    def note_engine(self, run_id: str, lexicon_version: str) -> None:
        """Record the lexicon version once the engine has loaded it."""
        with self._transaction():
            self.con.execute(
                "UPDATE runs SET lexicon_version = ? WHERE run_id = ?", [lexicon_version, run_id]
            )

    def finish_run(self, run_id: str, *, status: str, seconds: float) -> None:
        """Mark a run completed or failed, with its wall time."""
        with self._transaction():
            self.con.execute(
                "UPDATE runs SET status = ?, finished_at = ?, seconds = ? WHERE run_id = ?",
                [status, _now(), seconds, run_id],
            )

    def _bump_run(self, run_id: str, stats: BatchStats, *, read: int, skipped: int) -> None:
        self.con.execute(
            "UPDATE runs SET articles_read = articles_read + ?,"
            " articles_skipped = articles_skipped + ?,"
            " articles_new = articles_new + ?, duplicates_new = duplicates_new + ?,"
            " events_new = events_new + ?, mentions_new = mentions_new + ?, errors = errors + ?,"
            " batches = batches + 1 WHERE run_id = ?",
            [
                read,
                skipped,
                stats.articles,
                stats.duplicates,
                stats.events,
                stats.mentions,
                stats.errors,
                run_id,
            ],
        )

    def write_batch(
        self,
        items: Sequence[CodedDocument | InputError],
        *,
        run_id: str,
        lexicon_version: str | None = None,
        read: int = 0,
        skipped: int = 0,
    ) -> BatchStats:
        """Store one batch in one transaction: all of it is committed, or none of it."""
        with self._transaction():
            stats = self._write(items, run_id, lexicon_version)
            self._bump_run(run_id, stats, read=read, skipped=skipped)
        log.info(
            "committed batch: %d articles, %d duplicates, %d new events, %d errors",
            stats.articles,
            stats.duplicates,
            stats.events,
            stats.errors,
        )
        return stats

    def _write(
        self, items: Sequence[CodedDocument | InputError], run_id: str, version: str | None
    ) -> BatchStats:
        errors = [_error_row(i, run_id) for i in items if isinstance(i, InputError)]
        self._insert("errors", errors)
        docs = self._new_documents([i for i in items if isinstance(i, CodedDocument)])
        prints = {d.article.doc_id: fingerprint(d.article.text) for d in docs}
        duplicates = self._find_duplicates(docs, prints)
        canonical = [d for d in docs if d.article.doc_id not in duplicates]
        article_rows = []
        for doc in docs:
            dup = duplicates.get(doc.article.doc_id)
            article_rows.append(
                rows.article_row(
                    doc.article,
                    prints[doc.article.doc_id],
                    duplicate_of=dup.article_id if dup else None,
                    similarity=dup.similarity if dup else None,
                    num_events=0 if dup else len(doc.events),
                    lexicon_version=version or _version(doc),
                )
            )
        self._insert("articles", article_rows)
        self._insert(
            "article_bands",
            [
                {"band": band, "hash": value, "article_id": doc.article.doc_id}
                for doc in canonical
                for band, value in enumerate(prints[doc.article.doc_id].bands)
            ],
            upsert=False,
        )
        new_events, mentions = self._store_events(canonical)
        gained = sorted({d.article_id for d in duplicates.values()})
        touched = {m["event_id"] for m in mentions} | self._events_of_articles(gained)
        self._recount(touched)
        self._refresh_keys(touched)
        return BatchStats(
            articles=len(canonical),
            duplicates=len(duplicates),
            events=new_events,
            mentions=len(mentions),
            errors=len(errors),
        )

    def _new_documents(self, docs: list[CodedDocument]) -> list[CodedDocument]:
        known = self.known_ids([d.article.doc_id for d in docs])
        fresh: dict[str, CodedDocument] = {}
        for doc in docs:
            if doc.article.doc_id not in known:
                fresh.setdefault(doc.article.doc_id, doc)  # the same id twice: the first wins
        return list(fresh.values())

    def _find_duplicates(self, docs: list[CodedDocument], prints: dict[str, Fingerprint]) -> dict:
        """Map each duplicate's id to the canonical article it repeats (stored or earlier here)."""
        stored = self._stored_candidates(prints)
        seen_hash: dict[str, str] = {}
        seen_band: dict[tuple[int, int], list[str]] = defaultdict(list)
        found = {}
        for doc in docs:
            doc_id = doc.article.doc_id
            fp = prints[doc_id]
            local = {seen_hash[fp.content_hash]} if fp.content_hash in seen_hash else set()
            for key in enumerate(fp.bands):
                local.update(seen_band.get(key, ()))
            # By id, so a tie goes the same way whichever batch each candidate was stored in.
            found_here = [(i, prints[i]) for i in local]
            candidates = sorted(stored.get(doc_id, []) + found_here, key=lambda c: c[0])
            duplicate = resolve_duplicate(fp, candidates)
            if duplicate is not None:
                found[doc_id] = duplicate
                continue
            seen_hash.setdefault(fp.content_hash, doc_id)
            for key in enumerate(fp.bands):
                seen_band[key].append(doc_id)
        return found

    def _stored_candidates(
        self, prints: dict[str, Fingerprint]
    ) -> dict[str, list[tuple[str, Fingerprint]]]:
        """Stored canonical articles sharing a content hash or an LSH band with each new one."""
        if not prints:
            return {}
        probe = [
            {"new_id": doc_id, "band": band, "hash": value, "content_hash": fp.content_hash}
            for doc_id, fp in prints.items()
            for band, value in enumerate(fp.bands)
        ]
        found = self.store.rows(
            f"WITH p AS {_ROWS}"
            " SELECT DISTINCT p.new_id, a.id, a.content_hash, a.shingles, a.minhash"
            " FROM p JOIN article_bands b ON b.band = p.band AND b.hash = p.hash"
            " JOIN articles a ON a.id = b.article_id"
            " UNION SELECT DISTINCT p.new_id, a.id, a.content_hash, a.shingles, a.minhash"
            " FROM p JOIN articles a ON a.content_hash = p.content_hash"
            " WHERE a.duplicate_of IS NULL"
            " ORDER BY 1, 2",
            [probe],
        )
        out: dict[str, list[tuple[str, Fingerprint]]] = defaultdict(list)
        for new_id, old_id, content_hash, shingles, minhash in found:
            signature = np.asarray(minhash, dtype=np.uint32)
            out[new_id].append(
                (
                    old_id,
                    Fingerprint(
                        content_hash=content_hash,
                        shingles=shingles,
                        signature=signature,
                        bands=(),
                    ),
                )
            )
        return out

    def _store_events(self, docs: list[CodedDocument]) -> tuple[int, list[dict[str, Any]]]:
        events: dict[str, dict[str, Any]] = {}
        mentions: dict[str, dict[str, Any]] = {}
        for doc in docs:
            for event in doc.events:
                key = rows.unique_event_id(event)
                events.setdefault(key, rows.event_row(event, key))
                mentions.setdefault(event.event_id, rows.mention_row(event, key))
        known = self._existing("events", "event_id", list(events))
        self._insert("events", list(events.values()))
        stored = self._existing("mentions", "mention_id", list(mentions))
        new_mentions = [m for k, m in mentions.items() if k not in stored]
        self._insert("mentions", new_mentions, upsert=False)
        return len(events) - len(known), new_mentions

    def _events_of_articles(self, article_ids: Sequence[str]) -> set[str]:
        if not article_ids:
            return set()
        sql = (
            "SELECT DISTINCT event_id FROM mentions"
            " WHERE article_id IN (SELECT unnest(?::VARCHAR[]))"
        )
        return {r[0] for r in self.store.rows(sql, [list(article_ids)])}

    def _refresh_keys(self, event_ids: set[str]) -> None:
        sides.refresh(self.con, sorted(event_ids))
        # A reader on this store may hold the old key directory (analysis/keys.py).
        self.store.derived.clear()

    def _recount(self, event_ids: set[str]) -> None:
        if event_ids:
            self.con.execute(RECOUNT_SQL, [sorted(event_ids)])

    def replace_coding(
        self,
        items: Sequence[CodedDocument | InputError],
        *,
        run_id: str,
        lexicon_version: str | None = None,
    ) -> BatchStats:
        """Recode: swap stored articles' mentions for new ones, then fix every affected event."""
        with self._transaction():
            errors = [_error_row(i, run_id) for i in items if isinstance(i, InputError)]
            self._insert("errors", errors)
            docs = [i for i in items if isinstance(i, CodedDocument)]
            ids = [d.article.doc_id for d in docs]
            old = self._events_of_articles(ids)
            self.con.execute(
                "DELETE FROM mentions WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [ids]
            )
            new_events, mentions = self._store_events(docs)
            for doc in docs:
                self.con.execute(
                    "UPDATE articles SET num_events = ?, lexicon_version = ? WHERE id = ?",
                    [len(doc.events), lexicon_version or _version(doc), doc.article.doc_id],
                )
            touched = old | {m["event_id"] for m in mentions}
            self._recount(touched)
            removed = 0
            if touched:
                removed = self.con.execute(DELETE_ORPHANS_SQL, [sorted(touched)]).fetchall()[0][0]
            self._refresh_keys(touched)
            stats = BatchStats(
                events=new_events,
                mentions=len(mentions),
                errors=len(errors),
                removed_events=removed,
            )
            self._bump_run(run_id, stats, read=len(items), skipped=0)
        return stats
