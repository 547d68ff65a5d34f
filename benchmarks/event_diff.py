"""Compare two runs of `detente code --format jsonl`: which events appeared, vanished or changed.

    detente code ../shared/corpus/lgl_local_news.jsonl > after.jsonl
    python benchmarks/event_diff.py before.jsonl after.jsonl

Events are matched by event_id; a matched pair is "changed" when any field other than the
ignored ones (default: lexicon_version) differs. Prints counts and the first differences; exits
1 when the runs differ, so a refactor that must not change behaviour can be checked by script.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def read_events(path: Path) -> dict[str, dict[str, Any]]:
    """Events of a JSONL run by event id (the last one wins when an id repeats)."""
    events: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                events[record["event_id"]] = record
    return events


def changed_fields(a: dict[str, Any], b: dict[str, Any], ignore: set[str]) -> list[str]:
    """The fields whose values differ between two records of the same event."""
    return sorted(k for k in set(a) | set(b) if k not in ignore and a.get(k) != b.get(k))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--ignore", nargs="*", default=["lexicon_version"])
    parser.add_argument("--show", type=int, default=10, help="differences to print per kind")
    args = parser.parse_args(argv)
    before, after = read_events(args.before), read_events(args.after)
    ignore = set(args.ignore)
    gone = sorted(set(before) - set(after))
    new = sorted(set(after) - set(before))
    changed = {
        k: fields
        for k in sorted(set(before) & set(after))
        if (fields := changed_fields(before[k], after[k], ignore))
    }
    print(f"before {len(before)} events, after {len(after)}: {len(gone)} gone, {len(new)} new, "
          f"{len(changed)} changed (ignoring {', '.join(sorted(ignore)) or 'nothing'})")
    for label, ids, side in (("gone", gone, before), ("new", new, after)):
        for k in ids[: args.show]:
            ev = side[k]
            print(f"  {label} {k} {ev['event_type']} {ev['trigger']['text']!r} "
                  f"in {ev['sentence'][:90]!r}")
    for k, fields in list(changed.items())[: args.show]:
        print(f"  changed {k}: {', '.join(fields)}")
    return 1 if gone or new or changed else 0


if __name__ == "__main__":
    sys.exit(main())
