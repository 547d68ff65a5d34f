"""Hand-written event rows written straight into a migrated store: each test states its counts."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from detente.store import open_store, sides


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


def write_rows(path: Path, rows: list[Row], *, keys: bool = True) -> Path:
    """A migrated store holding exactly these events (ids e0, e1, ... in order); ``keys`` sorts
    them into the party keys, as the writer does (without, readers use the events table)."""
    with open_store(path, read_only=False) as store:
        for i, r in enumerate(rows):
            first_r = (r.recipient or "").split(";")[0]
            store.con.execute(_INSERT, [
                f"e{i}", r.date, r.actor, r.actor[:3], r.actor[3:6] or None, r.recipient,
                first_r[:3] or None, first_r[3:6] or None, r.event_type, r.goldstein,
                r.quad_class, r.mentions,
            ])
        if keys:
            sides.rebuild(store.con)
    return path


def random_rows(seed: int, count: int = 400) -> list[Row]:
    """Busy made-up dyads with sectors, compound parties, NULL scores and shared dates; mostly
    cooperative in 2020 and mostly conflictual after, so that changes have events behind them.
    Goldstein scores are halves: sums are exact in any order, so answers compare with ==."""
    rng = random.Random(seed)
    parts = ("ARN", "ARNGOV", "ARNMIL", "GON", "GONGOV", "ROHGOV", "UN", "AR")
    cooperative = (("CONSULT", 1, 1.0), ("AID", 2, 7.5), ("AGREE", 1, None))
    conflictual = (("ACCUSE", 3, -2.0), ("ASSAULT", 4, -9.5), ("REJECT", None, None))

    def code() -> str:
        return ";".join(rng.sample(parts, 2)) if rng.random() < 0.15 else rng.choice(parts)

    rows = []
    for _ in range(count):
        day = D0 + dt.timedelta(days=rng.randrange(700)) if rng.random() < 0.97 else None
        warm = (day is None or day.year == 2020) == (rng.random() < 0.8)
        kind, quad, goldstein = rng.choice(cooperative if warm else conflictual)
        rows.append(Row(date=day, actor=code(), recipient=code(), event_type=kind,
                        quad_class=quad, goldstein=goldstein, mentions=rng.randint(1, 6)))
    return rows


D0 = dt.date(2020, 1, 1)
