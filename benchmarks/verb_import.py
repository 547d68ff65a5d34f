"""Verb lexicon with the PETRARCH CAMEO 2.0 import: load time and per-article coding time.

Run: python benchmarks/verb_import.py [--repeat 3] [--corpus FILE] [--articles 50]

1. In a fresh interpreter each time, loads the verb lexicon (a) ours only, (b) with the import
   compiled from scratch (empty cache folder), (c) with the import read from the cache, and
   prints the slowest of --repeat runs against the 2 s budget (issue 13).
2. Codes --articles articles of --corpus (default ../shared/corpus/lgl_local_news.jsonl) with the
   import off and on, through the whole pipeline (candidate filter included, as `detente code`),
   and prints seconds per article and the events found.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET_SECONDS = 2.0
REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "lgl_local_news.jsonl"

LOAD = """
import sys, time
from pathlib import Path
from detente.lexicons.ontology import load_ontology
from detente.lexicons.verbs import load_verbs
codes = tuple(load_ontology().codes)
imported = sys.argv[1] == "on"
t0 = time.perf_counter()
verbs = load_verbs(known_codes=codes, imported=imported, cache_dir=Path(sys.argv[2]))
print(time.perf_counter() - t0, len(verbs.patterns))
"""


def _load(imported: bool, cache: Path) -> tuple[float, int]:
    out = subprocess.run(
        [sys.executable, "-c", LOAD, "on" if imported else "off", str(cache)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), int(out[1])


def _load_times(repeat: int) -> None:
    for label, imported, fresh in (
        ("own verbs.yaml only", False, True),
        ("with import, compiled (cold cache)", True, True),
        ("with import, from cache", True, False),
    ):
        runs = []
        with tempfile.TemporaryDirectory() as folder:
            cache = Path(folder)
            if not fresh:
                _load(True, cache)  # fill the cache once
            for _ in range(repeat):
                if fresh:
                    for old in cache.glob("*"):
                        old.unlink()
                runs.append(_load(imported, cache))
        slowest = max(seconds for seconds, _ in runs)
        verdict = "within" if slowest < BUDGET_SECONDS else "OVER"
        print(
            f"{label}: {slowest:.3f} s slowest of {repeat} ({runs[0][1]} patterns; "
            f"{verdict} the {BUDGET_SECONDS:.0f} s budget)"
        )


def _coding(corpus: Path, articles: int) -> None:
    from detente.config import load_settings
    from detente.pipeline import load_pipeline, process_batch
    from detente.records import CodedDocument, RawDocument

    raws = []
    with corpus.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            record = json.loads(line)
            raws.append(
                RawDocument(
                    origin=f"{corpus.name}:{number}",
                    text=record.get("text") or "",
                    doc_id=record.get("id"),
                    date=record.get("date"),
                )
            )
            if len(raws) >= articles:
                break
    for imported in (False, True):
        pipeline = load_pipeline(load_settings(imported_verbs=imported))
        process_batch(pipeline, raws[:2])  # warm the model's lazy parts
        started = time.perf_counter()
        size = pipeline.settings.batch_size
        coded = [
            c
            for i in range(0, len(raws), size)
            for c in process_batch(pipeline, raws[i : i + size])
        ]
        elapsed = time.perf_counter() - started
        events = sum(len(c.events) for c in coded if isinstance(c, CodedDocument))
        print(
            f"import {'on ' if imported else 'off'}: {elapsed / len(raws):.3f} s/article, "
            f"{events} events in {len(raws)} articles"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=50)
    args = parser.parse_args()
    _load_times(args.repeat)
    if args.corpus.exists():
        _coding(args.corpus, args.articles)
    else:
        print(f"{args.corpus} missing: coding time not measured")


if __name__ == "__main__":
    main()
