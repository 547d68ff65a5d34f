"""The public event record: Event → JSON-ready dict, JSONL lines, CSV rows and a Rich table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from rich.table import Table

from detente.records import LOCATION_COLUMNS, PLACE_FLAT_FIELDS, ActorMention, Event, Place

CSV_COLUMNS = (
    "doc_id",
    "event_id",
    "sentence_index",
    "date",
    "event_type",
    "mode",
    "context",
    "cameo",
    "goldstein",
    "quad_class",
    "actor_country",
    "actor_sector",
    "actor_text",
    "recipient_country",
    "recipient_sector",
    "recipient_text",
    "trigger",
    "modality",
    "confidence",
    "sentence",
    "lexicon_version",
    "pattern_id",
    "date_rule",
    "date_precision",
    *LOCATION_COLUMNS,
    "relevant",
    "relevance",
)


def mention_to_dict(mention: ActorMention) -> dict[str, Any]:
    """One actor or recipient as in the JSONL contract."""
    return {
        "text": mention.text,
        "country": mention.country,
        "sector": mention.sector,
        "start": mention.start,
        "end": mention.end,
        "name": mention.name,
        "org": mention.org,
        "other_sectors": list(mention.other_sectors),
        "rule": mention.rule,
    }


def place_to_dict(place: Place) -> dict[str, Any]:
    """An event's place as in the JSONL contract."""
    return {
        "name": place.name,
        "country": place.country,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "geonames_id": place.geonames_id,
        "precision": place.precision,
        "rule": place.rule,
        "text": place.text,
        "start": place.start,
        "end": place.end,
    }


def event_to_dict(event: Event) -> dict[str, Any]:
    """The public JSONL record of one event (documented in the README; fields only get added)."""
    return {
        "doc_id": event.doc_id,
        "event_id": event.event_id,
        "sentence_index": event.sentence_index,
        "sentence": event.sentence,
        "sentence_start": event.sentence_start,
        "date": event.date.isoformat() if event.date else None,
        "date_rule": event.date_rule,
        "date_precision": event.date_precision,
        "event_type": event.event_type,
        "mode": event.mode,
        "context": list(event.context),
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "actor": [mention_to_dict(m) for m in event.actor],
        "recipient": [mention_to_dict(m) for m in event.recipient],
        "trigger": {
            "text": event.trigger.text,
            "start": event.trigger.start,
            "end": event.trigger.end,
        },
        "modality": event.modality,
        "modality_cue": event.modality_cue,
        "confidence": event.confidence,
        "lexicon_version": event.lexicon_version,
        "pattern_id": event.pattern_id,
        "location": place_to_dict(event.location) if event.location else None,
        "relevant": event.relevant,
        "relevance": event.relevance,
    }


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    """Write one JSON object per line; returns the number written."""
    count = 0
    for event in events:
        out.write(json.dumps(event_to_dict(event), ensure_ascii=False) + "\n")
        count += 1
    return count


def _first(mentions: tuple[ActorMention, ...], attr: str) -> str:
    return ";".join(str(getattr(m, attr) or "") for m in mentions)


def _place_cell(place: Place | None, attr: str) -> Any:
    value = getattr(place, attr) if place is not None else None
    return "" if value is None else value


def event_to_row(event: Event) -> dict[str, Any]:
    """A flat CSV row; compound actors are joined with ';'."""
    return {
        "doc_id": event.doc_id,
        "event_id": event.event_id,
        "sentence_index": event.sentence_index,
        "date": event.date.isoformat() if event.date else "",
        "event_type": event.event_type,
        "mode": event.mode or "",
        "context": ";".join(event.context),
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "actor_country": _first(event.actor, "country"),
        "actor_sector": _first(event.actor, "sector"),
        "actor_text": _first(event.actor, "text"),
        "recipient_country": _first(event.recipient, "country"),
        "recipient_sector": _first(event.recipient, "sector"),
        "recipient_text": _first(event.recipient, "text"),
        "trigger": event.trigger.text,
        "modality": event.modality,
        "confidence": event.confidence,
        "sentence": event.sentence,
        "lexicon_version": event.lexicon_version,
        "pattern_id": event.pattern_id,
        "date_rule": event.date_rule,
        "date_precision": event.date_precision or "",
        **{f"location_{f}": _place_cell(event.location, f) for f in PLACE_FLAT_FIELDS},
        "relevant": event.relevant,
        "relevance": event.relevance or "",
    }


def csv_writer(out: TextIO) -> csv.DictWriter[str]:
    """A CSV writer with the header already written."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    return writer


def _party(mentions: tuple[ActorMention, ...]) -> str:
    return ", ".join(f"{m.country or '?'} {m.sector or ''}".strip() for m in mentions) or "—"


def events_table(events: Iterable[Event], *, title: str | None = None) -> Table:
    """A readable Rich table: who did what to whom, with the trigger and modality."""
    table = Table(title=title, show_lines=False, expand=False)
    for name in ("sent", "date", "actor", "event", "cameo", "recipient", "trigger", "modality"):
        table.add_column(name, overflow="fold")
    for ev in events:
        table.add_row(
            str(ev.sentence_index),
            ev.date.isoformat() if ev.date else "",
            _party(ev.actor),
            ev.event_type + (f"/{ev.mode}" if ev.mode else ""),
            f"{ev.cameo} ({ev.goldstein:+g})",
            _party(ev.recipient),
            ev.trigger.text,
            ev.modality,
        )
    return table
