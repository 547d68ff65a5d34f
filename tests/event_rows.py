"""Hand-written event rows written straight into a migrated store: each test states its counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from detente.store import open_store


@dataclass(frozen=True, slots=True, kw_only=True)
class Row:
    """One unique event as the analytics see it."""

    date: dt.date | None
    actor: str  # code, e.g. "ARNGOV" or a compound "ARNGOV;ROHGOV"
    recipient: str | None
    event_type: str = "CONSULT"
    quad_class: int = 1
    goldstein: float = 1.0
    mentions: int = 1


def coop(day: dt.date, actor: str = "ARNGOV", recipient: str = "GONGOV", **kw) -> Row:
    """A verbal-cooperation event (CONSULT, Goldstein 1)."""
    return Row(date=day, actor=actor, recipient=recipient, **kw)


def conflict(day: dt.date, actor: str = "ARNGOV", recipient: str = "GONGOV", **kw) -> Row:
    """A verbal-conflict event (ACCUSE, Goldstein -2)."""
    kw = {"event_type": "ACCUSE", "quad_class": 3, "goldstein": -2.0} | kw
    return Row(date=day, actor=actor, recipient=recipient, **kw)


_INSERT = """
INSERT INTO events (event_id, date, actor_code, actor_country, actor_sector, recipient_code,
    recipient_country, recipient_sector, event_type, cameo, goldstein, quad_class, modality,
    num_mentions, num_sources, num_articles)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '000', ?, ?, 'asserted', ?, 1, 1)
"""


def write_rows(path: Path, rows: list[Row]) -> Path:
    """A migrated store holding exactly these events (ids e0, e1, ... in order)."""
    with open_store(path, read_only=False) as store:
        for i, r in enumerate(rows):
            first_r = (r.recipient or "").split(";")[0]
            store.con.execute(_INSERT, [
                f"e{i}", r.date, r.actor, r.actor[:3], r.actor[3:6] or None, r.recipient,
                first_r[:3] or None, first_r[3:6] or None, r.event_type, r.goldstein,
                r.quad_class, r.mentions,
            ])
    return path
