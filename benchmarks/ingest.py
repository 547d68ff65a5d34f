"""Ingest throughput and memory: raw spaCy parsing vs `detente ingest` with 1 and 2 workers.

    python benchmarks/ingest.py [--corpus FILE] [--limit N]

Reads ../shared/corpus/lgl_local_news.jsonl by default and prints, for each configuration,
articles per second (wall time including model loading, and steady state: once the model and
lexicons are loaded in every worker) and the peak memory of the whole process tree (summed RSS,
and PSS, which counts pages that forked workers share only once). Every configuration runs in a
fresh Python process, so one's memory does not count for the next.
Targets (issue 5): 1 worker at least as fast as the raw parse of the full texts, 2 workers at
least 1.7 times 1 worker, peak RSS at most 1.5 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "lgl_local_news.jsonl"
# Sampling period of the memory watcher: short runs still get several samples.
SAMPLE_SECONDS = 0.1


def _memory_kib(pid: int) -> tuple[int, int]:
    """Resident and proportional (shared pages split between their users) set sizes."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            for line in rollup:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def _tree(root: int) -> list[int]:
    """The pid and every descendant's, from /proc (Linux)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                    ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += parents.get(pid, [])
    return found


class MemoryWatch:
    """Samples the memory of this process and its children; keeps the peak sums.

    RSS counts a page shared by forked workers once per process; PSS splits it between them.
    """

    def __init__(self) -> None:
        self.peak_kib = 0
        self.peak_pss_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            sizes = [_memory_kib(pid) for pid in _tree(os.getpid())]
            self.peak_kib = max(self.peak_kib, sum(rss for rss, _ in sizes))
            self.peak_pss_kib = max(self.peak_pss_kib, sum(pss for _, pss in sizes))
            self._stop.wait(SAMPLE_SECONDS)

    def __enter__(self) -> MemoryWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _texts(corpus: Path, limit: int | None) -> list[str]:
    with corpus.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    return texts[:limit] if limit else texts


def measure_raw(corpus: Path, limit: int | None) -> dict[str, float]:
    """spaCy's own nlp.pipe over the full raw texts: the speed to beat."""
    from detente.config import load_settings
    from detente.parse import load_nlp

    settings = load_settings()
    texts = _texts(corpus, limit)
    with MemoryWatch() as memory:
        started = time.perf_counter()
        nlp = load_nlp(settings.model)
        loaded = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=settings.batch_size):
            pass
        done = time.perf_counter()
    return {
        "articles": len(texts),
        "wall_rate": len(texts) / (done - started),
        "steady_rate": len(texts) / (done - loaded),
        "peak_mib": memory.peak_kib / 1024,
        "peak_pss_mib": memory.peak_pss_kib / 1024,
    }


def measure_ingest(corpus: Path, limit: int | None, workers: int) -> dict[str, float]:
    """A full `detente ingest` (clean, parse, code, dedupe, store) into a new database."""
    from detente.config import load_settings
    from detente.run import ingest

    settings = load_settings()
    with tempfile.TemporaryDirectory() as folder:
        source = corpus
        if limit:
            source = Path(folder) / "corpus.jsonl"
            with corpus.open(encoding="utf-8") as lines:
                source.write_text(
                    "".join(line for _, line in zip(range(limit), lines, strict=False)), "utf-8"
                )
        with MemoryWatch() as memory:
            started = time.perf_counter()
            summary = ingest(
                [source],
                settings=settings,
                db=Path(folder) / "bench.duckdb",
                workers=workers,
            )
            done = time.perf_counter()
    coded = summary.progress.coded
    return {
        "articles": coded,
        "events": summary.counts.events,
        "duplicates": summary.counts.duplicates,
        "wall_rate": coded / (done - started),
        "steady_rate": summary.coding_rate,
        "peak_mib": memory.peak_kib / 1024,
        "peak_pss_mib": memory.peak_pss_kib / 1024,
    }


def _child(kind: str, corpus: Path, limit: int | None) -> dict[str, float]:
    command = [sys.executable, __file__, "--corpus", str(corpus), "--one", kind]
    if limit:
        command += ["--limit", str(limit)]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")])
        ),
    }
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"benchmark {kind} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    parser.add_argument(
        "--only", default="raw,1,2", help="Configurations to run, of raw,1,2 (default: all)."
    )
    parser.add_argument("--one", choices=("raw", "1", "2"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(
            f"corpus {args.corpus} is missing: place the shared folder beside the repo "
            "(../shared/corpus/lgl_local_news.jsonl) or pass --corpus FILE",
            file=sys.stderr,
        )
        return 1
    if args.one:
        result = (
            measure_raw(args.corpus, args.limit)
            if args.one == "raw"
            else measure_ingest(args.corpus, args.limit, int(args.one))
        )
        print(json.dumps(result))
        return 0
    print(f"corpus: {args.corpus} ({os.cpu_count()} CPUs)")
    names = {
        "raw": "raw spaCy nlp.pipe (full texts)",
        "1": "detente ingest, 1 worker",
        "2": "detente ingest, 2 workers",
    }
    chosen = [kind for kind in names if kind in args.only.split(",")]
    rows = {kind: _child(kind, args.corpus, args.limit) for kind in chosen}
    header = ("configuration", "articles", "art/s wall", "art/s steady", "RSS MiB", "PSS MiB")
    print("{:34} {:>8} {:>10} {:>12} {:>8} {:>8}".format(*header))
    for kind, r in rows.items():
        print(
            f"{names[kind]:34} {int(r['articles']):8d} {r['wall_rate']:10.2f} "
            f"{r['steady_rate']:12.2f} {r['peak_mib']:8.0f} {r['peak_pss_mib']:8.0f}"
        )
    steady = {kind: r["steady_rate"] for kind, r in rows.items()}
    if "raw" in steady and "1" in steady:
        print(f"1 worker / raw parse (steady): {steady['1'] / steady['raw']:.2f}x (target >= 1.0)")
    if "1" in steady and "2" in steady:
        print(f"2 workers / 1 worker (steady): {steady['2'] / steady['1']:.2f}x (target >= 1.7)")
        walls = rows["2"]["wall_rate"] / rows["1"]["wall_rate"]
        print(f"2 workers / 1 worker (wall):   {walls:.2f}x")
    peak = max(r["peak_mib"] for r in rows.values())
    pss = max(r["peak_pss_mib"] for r in rows.values())
    print(f"peak memory of the process tree: RSS {peak:.0f} MiB, PSS {pss:.0f} MiB (target 1536)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
