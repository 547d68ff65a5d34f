"""Records → table rows: articles, unique events (GDELT-style keys) and their mentions."""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import urlsplit

from detente.clean.dedupe import Fingerprint
from detente.records import ActorMention, Article, Event
from detente.serialize import event_to_dict

LOCATION_FIELDS = (
    "name",
    "country",
    "admin1",
    "lat",
    "lon",
    "geonames_id",
    "precision",
    "rule",
)


def source_key(article: Article) -> str:
    """What counts as one news source: its name, else the URL's host, else the article itself."""
    if article.source and article.source.strip():
        return article.source.strip().lower()
    if article.url:
        host = urlsplit(article.url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return f"article:{article.doc_id}"


def article_row(
    article: Article,
    fp: Fingerprint,
    *,
    duplicate_of: str | None,
    similarity: float | None,
    num_events: int,
    lexicon_version: str | None,
) -> dict[str, Any]:
    """One row of the articles table."""
    dateline = article.dateline
    return {
        "id": article.doc_id,
        "content_hash": fp.content_hash,
        "url": article.url,
        "source": article.source,
        "source_key": source_key(article),
        "title": article.title,
        "byline": article.byline,
        "date": article.date,
        "dateline_text": dateline.text if dateline else None,
        "dateline_place": dateline.place if dateline else None,
        "dateline_date": dateline.date if dateline else None,
        "agency": article.agency,
        "origin": article.origin,
        "text": article.text,
        "duplicate_of": duplicate_of,
        "similarity": similarity,
        "shingles": fp.shingles,
        "minhash": fp.signature.tolist(),
        "num_events": num_events,
        "lexicon_version": lexicon_version,
    }


def mention_code(mention: ActorMention) -> str:
    """A CAMEO-style actor code: country (or IGO/NGO), organisation, sector — "CHNGOV", "IGOUNO"."""
    return f"{mention.country or ''}{mention.org or ''}{mention.sector or ''}"


def party_code(mentions: tuple[ActorMention, ...]) -> str:
    """One code for a (possibly compound) party; sorted, so "China and Russia" = "Russia and …"."""
    return ";".join(sorted({mention_code(m) for m in mentions}))


def _location(event: Event) -> dict[str, Any]:
    # Event.location (a Place) comes with geolocation; until then every event is unplaced.
    place = getattr(event, "location", None)
    return {f"location_{f}": getattr(place, f, None) if place else None for f in LOCATION_FIELDS}


def unique_event_id(event: Event) -> str:
    """Hash of what makes two reports the same event: date, parties, type, code, modality, place."""
    place = getattr(event, "location", None)
    where = ""
    if place is not None:
        where = (
            str(place.geonames_id) if getattr(place, "geonames_id", None) else (place.name or "")
        )
    # Modality is part of the key: "did not attack" must never be counted as an attack.
    key = "|".join(
        (
            event.date.isoformat() if event.date else "",
            party_code(event.actor),
            party_code(event.recipient),
            event.event_type,
            event.cameo,
            event.modality,
            where.lower(),
        )
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _party(prefix: str, mentions: tuple[ActorMention, ...]) -> dict[str, Any]:
    first = mentions[0] if mentions else None
    return {
        f"{prefix}_code": party_code(mentions) or None,
        f"{prefix}_country": first.country if first else None,
        f"{prefix}_sector": first.sector if first else None,
        f"{prefix}_org": first.org if first else None,
        f"{prefix}_name": first.name if first else None,
        f"{prefix}_other_sectors": list(first.other_sectors) if first else [],
    }


def event_row(event: Event, event_id: str) -> dict[str, Any]:
    """The unique-event row; counts and the representative mention are filled in by the writer."""
    return {
        "event_id": event_id,
        "date": event.date,
        **_party("actor", event.actor),
        **_party("recipient", event.recipient),
        "event_type": event.event_type,
        "mode": event.mode,
        "context": list(event.context),
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "modality": event.modality,
        **_location(event),
        "lexicon_version": event.lexicon_version,
        "relevant": event.relevant,  # the recount makes it true when any mention is relevant
        "relevance": event.relevance,
    }


def _span(mentions: tuple[ActorMention, ...]) -> tuple[int | None, int | None]:
    if not mentions:
        return None, None
    return min(m.start for m in mentions), max(m.end for m in mentions)


def mention_record(event: Event) -> dict[str, Any]:
    """The public PLOVER-JSON record of one mention, with its location once events carry one."""
    record = event_to_dict(event)
    place = getattr(event, "location", None)
    if place is not None and "location" not in record:
        record["location"] = {f: getattr(place, f, None) for f in LOCATION_FIELDS}
    return record


def mention_row(event: Event, event_id: str) -> dict[str, Any]:
    """One mention: where in which article a unique event is reported, and how confidently."""
    actor_start, actor_end = _span(event.actor)
    recipient_start, recipient_end = _span(event.recipient)
    return {
        "mention_id": event.event_id,
        "event_id": event_id,
        "article_id": event.doc_id,
        "sentence_index": event.sentence_index,
        "sentence_start": event.sentence_start,
        "sentence_end": event.sentence_start + len(event.sentence),
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "trigger_text": event.trigger.text,
        "actor_start": actor_start,
        "actor_end": actor_end,
        "recipient_start": recipient_start,
        "recipient_end": recipient_end,
        "confidence": event.confidence,
        "modality": event.modality,
        "date_rule": event.date_rule,
        "pattern_id": event.pattern_id,
        "lexicon_version": event.lexicon_version,
        "relevant": event.relevant,
        "relevance": event.relevance,
        "record": json.dumps(mention_record(event), ensure_ascii=False, default=str),
    }
