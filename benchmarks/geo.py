"""Gazetteer speed: resolve 10,000 place mentions once the index is built (budget: under 2 s).

Run: python benchmarks/geo.py [--cache-dir DIR] [--min-population 1000] [--mentions 10000]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from pathlib import Path

from detente.config import load_settings
from detente.geo import load_gazetteer
from detente.geo.locate import resolve_place

BUDGET_SECONDS = 2.0  # the acceptance figure for 10,000 mentions
# Names are drawn from the best-known places, as news names them; all distinct, so no lookup is
# answered from the in-process memo and the figure is the worst case.
POOL = 40_000
# Context every mention is resolved with, as an article naming these would give.
COUNTRIES = frozenset({"USA", "CHN", "PRK"})
DIVISIONS = frozenset({("USA", "TX")})


def _names(path: Path, count: int) -> list[str]:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as db:
        rows = db.execute(
            "SELECT DISTINCT name FROM place ORDER BY population DESC LIMIT ?", (POOL,)
        ).fetchall()
    names = [row[0] for row in rows]
    random.Random(0).shuffle(names)
    return names[:count]


def main() -> int:
    """Build (or open) the index, then time lookup plus disambiguation of distinct names."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache-dir", type=Path, default=None)
    parser.add_argument("--min-population", type=int, default=None)
    parser.add_argument("--mentions", type=int, default=10_000)
    args = parser.parse_args()
    settings = load_settings(geo_cache_dir=args.cache_dir, geo_min_population=args.min_population)

    started = time.perf_counter()
    gazetteer = load_gazetteer(settings)
    ready = time.perf_counter() - started
    print(f"index ready in {ready:.2f} s: {gazetteer.path}")

    names = _names(gazetteer.path, args.mentions)
    started = time.perf_counter()
    resolved = 0
    for name in names:
        place = resolve_place(gazetteer.lookup(name), countries=COUNTRIES, divisions=DIVISIONS)
        resolved += place is not None
    elapsed = time.perf_counter() - started

    per = elapsed / max(len(names), 1) * 1e6
    print(f"resolved {resolved}/{len(names)} distinct place mentions in {elapsed:.3f} s "
          f"({per:.0f} µs each; budget {BUDGET_SECONDS:.1f} s for 10,000)")
    budget = BUDGET_SECONDS * len(names) / 10_000
    return 0 if elapsed < budget else 1


if __name__ == "__main__":
    sys.exit(main())
