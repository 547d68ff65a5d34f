"""Ingest throughput and memory: raw spaCy parsing vs `detente ingest` with 1 and 2 workers.

    python benchmarks/ingest.py [--corpus FILE | --gold FILE] [--limit N] [--repeat N]
    python benchmarks/ingest.py --gold ../shared/eval/plover_gsr_dev.jsonl --lost

``--gold`` turns a gold set (any format `detente evaluate` reads) into a corpus with one
article per gold sentence. Every run prints the share of sentences (and tokens) the candidate
filter parses, the whole-run ratio (`detente ingest --workers 1` ÷ a plain `nlp.pipe` of the same
texts, model load included on both sides), the steady-state ratio and the ratio of the CPU
seconds of the two whole processes (interpreter start and imports included on both sides: on a
shared machine CPU time moves far less with the load than wall time), each run with the machine's
load average before and after it; ``--repeat`` runs every configuration that many times.
``--lost`` codes every text with and without the filter and counts the events the filter loses.

Reads ../shared/corpus/lgl_local_news.jsonl by default and prints, for each configuration,
articles per second (wall time including model loading, and steady state: once the model and
lexicons are loaded in every worker) and the peak memory of the whole process tree (summed RSS,
and PSS, which counts pages that forked workers share only once). Every configuration runs in a
fresh Python process, so one's memory does not count for the next.
Targets (issues 5 and 15): 1 worker at least 2.0 times the raw parse of the full texts over the
whole run and 2.2 times in steady state, 2 workers at least 1.7 times 1 worker, peak RSS at most
1.5 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

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


def gold_corpus(gold: Path, folder: Path) -> Path:
    """A JSONL corpus with one article per sentence of a gold file."""
    from detente.evaluation.cameo5 import read_cameo5
    from detente.evaluation.formats import GoldFormat, detect_format
    from detente.evaluation.gsr import read_gold
    from detente.evaluation.spans import read_spans

    readers: dict[GoldFormat, Any] = {GoldFormat.gsr: read_gold, GoldFormat.cameo5: read_cameo5,
               GoldFormat.spans: read_spans}  # fmt: skip
    records = readers[detect_format(gold)](gold).records
    path = folder / f"{gold.stem}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i, record in enumerate(records):
            out.write(json.dumps({"id": f"gold-{i}", "text": record.text}) + "\n")
    return path


def measure_share(corpus: Path, limit: int | None) -> dict[str, float]:
    """Sentences and tokens the candidate filter sends to the parser (no parsing here)."""
    from detente.config import load_settings
    from detente.parse.sentences import plan_article
    from detente.pipeline import load_pipeline

    pipeline = load_pipeline(load_settings())
    assert pipeline.candidates is not None, "the candidate filter is off in the settings"
    sentences = kept = tokens = kept_tokens = 0
    for text in _texts(corpus, limit):
        plan = plan_article(pipeline.nlp, text, pipeline.candidates)
        sentences += plan.sentences
        kept += plan.kept
        tokens += len(pipeline.nlp.make_doc(text))
        kept_tokens += sum(len(plan.pieces[i]) for i in plan.parse)
    return {"sentences": sentences, "kept": kept, "tokens": tokens, "kept_tokens": kept_tokens}


def measure_lost(corpus: Path, limit: int | None) -> dict[str, float]:
    """Events coded from whole parses that the filtered run does not code (by trigger and code)."""
    from dataclasses import replace

    from detente.config import load_settings
    from detente.pipeline import code_articles, load_pipeline
    from detente.records import Article

    pipeline = load_pipeline(load_settings())
    articles = [
        Article(doc_id=f"t{i}", origin="<bench>", text=text)
        for i, text in enumerate(_texts(corpus, limit))
    ]

    def keys(p: object) -> dict[tuple[str, int, str], str]:
        coded = code_articles(p, articles)  # type: ignore[arg-type]
        return {(e.doc_id, e.trigger.start, e.cameo): f"{e.trigger.text!r} in {e.sentence!r}"
                for doc in coded for e in doc.events}  # fmt: skip

    whole, filtered = keys(replace(pipeline, candidates=None)), keys(pipeline)
    for key in sorted(whole.keys() - filtered.keys()):
        print(f"lost {key[2]} {whole[key]}", file=sys.stderr)
    return {"whole": len(whole), "filtered": len(filtered), "lost": len(whole.keys() - filtered),
            "gained": len(filtered.keys() - whole)}  # fmt: skip


def _texts(corpus: Path, limit: int | None) -> list[str]:
    with corpus.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    return texts[:limit] if limit else texts


def measure_raw(corpus: Path, limit: int | None) -> dict[str, float]:
    """Plain spaCy: ``spacy.load`` and ``nlp.pipe`` over the full raw texts, the speed to beat."""
    import spacy

    from detente.config import load_settings

    settings = load_settings()
    texts = _texts(corpus, limit)
    with MemoryWatch() as memory:
        started = time.perf_counter()
        nlp = spacy.load(settings.model)  # not load_nlp: plain spaCy, without our speed-ups
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


def _load() -> str:
    return "load {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


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
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"benchmark {kind} failed:\n{done.stderr}")
    if kind == "lost":
        print("".join(line + "\n" for line in done.stderr.splitlines() if line.startswith("lost ")))
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    # CPU seconds of the whole child (interpreter, imports, load, work): on a shared machine
    # they move far less with the load than wall time does. Workers started by a forkserver are
    # not the child's children and would not be counted: no figure for more than one process.
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    result["cpu"] = cpu if kind in ("raw", "1") else float("nan")
    return result


def _ratios(rows: dict[str, dict[str, float]], prefix: str) -> None:
    """The ratios of one round (or of the medians): wall and steady, 1 worker ÷ raw, 2 ÷ 1."""
    if "raw" in rows and "1" in rows:
        wall = rows["1"]["wall_rate"] / rows["raw"]["wall_rate"]
        steady = rows["1"]["steady_rate"] / rows["raw"]["steady_rate"]
        cpu = rows["raw"]["cpu"] / rows["1"]["cpu"]  # the same articles on both sides
        print(f"{prefix}1 worker / raw parse: whole run {wall:.2f}x (target >= 2.0), "
              f"steady {steady:.2f}x (target >= 2.2), "
              f"CPU of the whole process {cpu:.2f}x")  # fmt: skip
    if "1" in rows and "2" in rows:
        steady = rows["2"]["steady_rate"] / rows["1"]["steady_rate"]
        wall = rows["2"]["wall_rate"] / rows["1"]["wall_rate"]
        print(f"{prefix}2 workers / 1 worker: steady {steady:.2f}x, whole run {wall:.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--gold", type=Path, help="A gold file: one article per sentence.")
    parser.add_argument("--repeat", type=int, default=1, help="Runs of each configuration.")
    parser.add_argument("--lost", action="store_true", help="Count events the filter loses.")
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    parser.add_argument(
        "--only", default="raw,1,2", help="Configurations to run, of raw,1,2 (default: all)."
    )
    parser.add_argument("--one", choices=KINDS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.gold:
        with tempfile.TemporaryDirectory() as folder:
            args.corpus = gold_corpus(args.gold, Path(folder))
            return _run(args)
    return _run(args)


KINDS = ("raw", "1", "2", "share", "lost")
MEASURES = {"raw": measure_raw, "share": measure_share, "lost": measure_lost}


def _run(args: argparse.Namespace) -> int:
    if not args.corpus.exists():
        print(
            f"corpus {args.corpus} is missing: place the shared folder beside the repo "
            "(../shared/corpus/lgl_local_news.jsonl) or pass --corpus FILE",
            file=sys.stderr,
        )
        return 1
    if args.one:
        measure = MEASURES.get(args.one)
        result = (
            measure(args.corpus, args.limit)
            if measure
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
    share = _child("share", args.corpus, args.limit)
    print(
        f"parsed: {share['kept']:.0f}/{share['sentences']:.0f} sentences "
        f"({share['kept'] / max(share['sentences'], 1):.0%}), {share['kept_tokens']:.0f}/"
        f"{share['tokens']:.0f} tokens ({share['kept_tokens'] / max(share['tokens'], 1):.0%})"
    )
    if args.lost:
        lost = _child("lost", args.corpus, args.limit)
        print(
            f"events with whole parses {lost['whole']:.0f}, with the filter "
            f"{lost['filtered']:.0f}: lost {lost['lost']:.0f}, gained {lost['gained']:.0f}"
        )
    chosen = [kind for kind in names if kind in args.only.split(",")]
    header = ("configuration", "articles", "art/s wall", "art/s steady", "CPU s", "RSS MiB",
              "PSS MiB")  # fmt: skip
    print("{:34} {:>8} {:>10} {:>12} {:>7} {:>8} {:>8}  {}".format(*header, "load before → after"))
    rows: dict[str, list[dict[str, float]]] = {kind: [] for kind in chosen}
    for round_ in range(args.repeat):
        for kind in chosen:
            before = _load()
            r = _child(kind, args.corpus, args.limit)
            rows[kind].append(r)
            print(
                f"{names[kind]:34} {int(r['articles']):8d} {r['wall_rate']:10.2f} "
                f"{r['steady_rate']:12.2f} {r['cpu']:7.1f} {r['peak_mib']:8.0f} "
                f"{r['peak_pss_mib']:8.0f}  "
                f"{before} → {_load()[5:]}",
                flush=True,
            )
        _ratios({kind: runs[round_] for kind, runs in rows.items()}, f"run {round_ + 1}: ")
    if args.repeat > 1:
        medians = {
            kind: {key: statistics.median(r[key] for r in runs) for key in runs[0]}
            for kind, runs in rows.items()
        }
        _ratios(medians, "median: ")
    flat = [r for runs in rows.values() for r in runs]
    if not flat:
        return 0
    peak = max(r["peak_mib"] for r in flat)
    pss = max(r["peak_pss_mib"] for r in flat)
    print(f"peak memory of the process tree: RSS {peak:.0f} MiB, PSS {pss:.0f} MiB (target 1536)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
