"""Throughput: per-stage time shares, then articles/s of the local and Dask engines.

    python benchmarks/throughput.py [--corpus FILE|DIR] [--limit N] [--repeat N] [--parquet]
                                    [--engines NAME,...] [--stages-only | --no-stages]

Reads ../shared/corpus/lgl_local_news.jsonl by default (say --corpus FILE otherwise; a folder,
such as ../shared/corpus, is read whole, every file in name order).

1. Stages, in one process with one pipeline: read, clean, candidate prefilter, spaCy parsing
   (tokenizer and each pipeline component), code, geo (place extraction and choice inside the
   coder), store (the single writer into a new DuckDB file). Target: everything but spaCy
   parsing under 30 % of the total.
2. Engines, each in a fresh process through `detente.run.ingest` into a new database: local with
   1 and 2 workers, Dask with a local cluster of 2 worker processes (and with --parquet, Dask
   writing Parquet shards). local-1 is what `detente ingest --workers 1` runs: one pipeline in the
   writer's own process, no worker processes. Articles/s over the whole run (from the call to
   `ingest` to its return: engine start-up, model loading, coding, storing and shutting the
   engine down) and in steady state (after the first committed batch); with --repeat N the
   engines run in N alternating rounds and each one's fastest whole run counts. The timeline
   columns split a run: engine start (processes, model and lexicons), first committed batch, and
   the time after the last commit (engine shutdown). Target: Dask with 2 workers at least 1.6
   times local with 1 over the whole run. Every engine must store the same article, event and
   mention ids with the same counts. Peak memory is the resident memory of the whole process
   tree (the writer, pool workers, the fork server, Dask nannies and workers), sampled by psutil.

Wall-clock figures: the load average is printed, since other processes on the machine slow
every configuration.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "lgl_local_news.jsonl"
ENGINES = ("local-1", "local-2", "dask-2", "dask-2-parquet")
TARGET_OTHER_SHARE = 0.30  # issue 8: everything except spaCy parsing under 30 % of the time
TARGET_DASK_SPEEDUP = 1.6  # issue 8: Dask with 2 workers against local with 1


def _limited(corpus: Path, limit: int | None, folder: Path) -> Path:
    if not limit:
        return corpus
    files = sorted(corpus.glob("*.jsonl")) if corpus.is_dir() else [corpus]
    lines = (line for file in files for line in file.open(encoding="utf-8"))
    source = folder / "corpus.jsonl"
    source.write_text("".join(line for _, line in zip(range(limit), lines, strict=False)))
    return source


class Clock:
    """Seconds spent per stage, added up over calls."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextlib.contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                return function(*args, **kwargs)

        return timed


def _code_and_geo(clock: Clock, pipeline: Any, pairs: list) -> list:
    """Code parsed articles; the coder's calls into the geo stage are timed on their own."""
    import detente.coding.events as events
    import detente.coding.setting as setting
    from detente.records import CodedDocument

    originals = events.extract_places, setting.locate_event
    # Instrumentation of this benchmark only: the coder looks these names up in its modules
    # (events.py finds an article's places, setting.py places each event).
    events.extract_places = clock.wrap("geo", events.extract_places)
    setting.locate_event = clock.wrap("geo", setting.locate_event)
    try:
        with clock.stage("code+geo"):
            return [
                CodedDocument(article=a, events=events.code_article(pipeline.coder, a, d))
                for a, d in pairs
            ]
    finally:
        events.extract_places, setting.locate_event = originals


def _store(clock: Clock, pipeline: Any, coded: list, folder: Path) -> None:
    from detente.store import open_store
    from detente.store.writer import RunInfo, StoreWriter

    settings = pipeline.settings
    size = settings.batch_size
    info = RunInfo(
        run_id="throughput",
        kind="ingest",
        inputs=(),
        model=settings.model,
        model_version=None,
        lexicon_version=pipeline.coder.lexicon_version,
        settings_hash="",
        settings=settings.model_dump(mode="json"),
        workers=1,
    )
    with open_store(folder / "stages.duckdb", read_only=False) as store:
        writer = StoreWriter(store)
        writer.start_run(info)
        with clock.stage("store"):
            for start in range(0, len(coded), size):
                writer.write_batch(coded[start : start + size], run_id=info.run_id)


def profile_stages(corpus: Path) -> dict[str, Any]:
    """Time every stage over the corpus with one in-process pipeline."""
    from detente.config import load_settings
    from detente.ingest import iter_documents
    from detente.parse.candidates import candidate_doc
    from detente.pipeline import iter_articles, load_pipeline
    from detente.records import Article

    clock = Clock()
    settings = load_settings()
    pipeline = load_pipeline(settings)
    nlp = pipeline.nlp
    nlp("Warm up the model: the first call allocates its buffers.")
    with clock.stage("read"):
        raws = list(iter_documents([corpus], max_chars=settings.max_chars))
    with clock.stage("clean"):
        articles = [a for a in iter_articles(raws) if isinstance(a, Article)]
    texts = [a.text for a in articles]
    for text in texts:  # new words enter the vocabulary once; both timed passes find them there
        nlp.make_doc(text)
    with clock.stage("tokenizer"):
        for text in texts:
            nlp.make_doc(text)
    with clock.stage("tokenizer+prefilter"):
        if pipeline.candidates is not None:
            docs = [candidate_doc(nlp, text, pipeline.candidates) for text in texts]
        else:
            docs = [nlp.make_doc(text) for text in texts]
    components = []
    for name, component in nlp.pipeline:
        components.append(name)
        with clock.stage(name):
            docs = list(component.pipe(docs, batch_size=settings.batch_size))
    coded = _code_and_geo(clock, pipeline, list(zip(articles, docs, strict=True)))
    with tempfile.TemporaryDirectory() as folder:
        _store(clock, pipeline, coded, Path(folder))
    s = clock.seconds
    stages = {
        "read": s["read"],
        "clean": s["clean"],
        "prefilter": max(0.0, s["tokenizer+prefilter"] - s["tokenizer"]),
        **{f"parse: {name}": s[name] for name in ["tokenizer", *components]},
        "code": s["code+geo"] - s.get("geo", 0.0),
        "geo": s.get("geo", 0.0),
        "store": s["store"],
    }
    parsed_tokens = sum(1 for doc in docs for t in doc if not t.is_space and t.text != "_")
    return {
        "articles": len(articles),
        "events": sum(len(c.events) for c in coded),
        "tokens": sum(len(nlp.make_doc(t)) for t in texts),
        "parsed_tokens": parsed_tokens,
        "stages": stages,
    }


def _snapshot_digest(db: Path) -> tuple[str, dict[str, int]]:
    """A hash of every id and count the run stored, and the counts themselves."""
    from detente.store import open_store

    with open_store(db) as store:
        tables = {
            "articles": "SELECT id, duplicate_of, num_events FROM articles ORDER BY ALL",
            "events": "SELECT event_id, num_mentions, num_articles, mention_id FROM events"
            " ORDER BY ALL",
            "mentions": "SELECT mention_id, event_id, article_id FROM mentions ORDER BY ALL",
            "errors": "SELECT error_id FROM errors ORDER BY ALL",
        }
        digest = hashlib.sha256()
        for sql in tables.values():
            digest.update(json.dumps(store.rows(sql), default=str).encode())
        counts = store.counts()
    return digest.hexdigest()[:16], {
        "articles": counts.articles,
        "duplicates": counts.duplicates,
        "events": counts.events,
        "mentions": counts.mentions,
        "errors": counts.errors,
    }


class TreeMemory:
    """Peak resident memory of this process and all its descendants (workers, fork server,
    Dask nannies), sampled by psutil: the parent's own peak would leave the workers out."""

    def __init__(self, every: float = 0.2) -> None:
        self.every, self.peak_mib = every, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for member in [me, *me.children(recursive=True)]:
                with contextlib.suppress(psutil.Error):
                    total += member.memory_info().rss
            self.peak_mib = max(self.peak_mib, total / 2**20)
            self._stop.wait(self.every)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def measure_engine(corpus: Path, engine: str) -> dict[str, Any]:
    """One `detente ingest` of the corpus on one engine, into a new database."""
    from detente.config import load_settings
    from detente.run import Progress, ingest

    settings = load_settings()
    marks: list[tuple[float, int]] = []

    def progress(p: Progress) -> None:
        marks.append((time.perf_counter(), p.coded))

    kind, workers = engine.split("-")[0], int(engine.split("-")[1])
    with tempfile.TemporaryDirectory() as folder:
        dask = None
        if kind == "dask":
            from detente.scale.dask import DaskOptions

            shards = Path(folder) / "shards" if engine.endswith("parquet") else None
            dask = DaskOptions(parquet=shards)
        db = Path(folder) / "bench.duckdb"
        before = resource.getrusage(resource.RUSAGE_SELF)
        cpu_before = before.ru_utime + before.ru_stime
        started = time.perf_counter()
        with TreeMemory() as memory:
            summary = ingest(
                [corpus], settings=settings, db=db, workers=workers, progress=progress, dask=dask
            )
        done = time.perf_counter()
        own = resource.getrusage(resource.RUSAGE_SELF)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)  # worker processes, once joined
        digest, counts = _snapshot_digest(db)
    coded = summary.progress.coded
    (first_time, first_coded), (last_time, last_coded) = marks[0], marks[-1]
    steady = (last_coded - first_coded) / (last_time - first_time) if last_time > first_time else 0
    return {
        "articles": coded,
        "seconds": done - started,
        "wall_rate": coded / (done - started),
        "steady_rate": steady,
        "start_seconds": summary.load_seconds,
        "first_batch_seconds": first_time - started,
        "close_seconds": done - last_time,
        "writer_cpu": own.ru_utime + own.ru_stime - cpu_before,
        "workers_cpu": children.ru_utime + children.ru_stime,
        "peak_tree_mib": memory.peak_mib,
        "digest": digest,
        "counts": counts,
    }


def _child(corpus: Path, one: str) -> dict[str, Any]:
    command = [sys.executable, __file__, "--corpus", str(corpus), "--one", one]
    path = os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))
    done = subprocess.run(
        command,
        env={**os.environ, "PYTHONPATH": path},
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"benchmark {one} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _print_stages(result: dict[str, Any]) -> float:
    stages = result["stages"]
    total = sum(stages.values())
    parse = sum(v for k, v in stages.items() if k.startswith("parse:"))
    print(
        f"\nStages, one process: {result['articles']} articles, {result['events']} events, "
        f"{result['parsed_tokens']:,} of {result['tokens']:,} tokens parsed (candidate sentences)"
    )
    print(f"{'stage':28} {'seconds':>8} {'share':>7}")
    for name, seconds in stages.items():
        print(f"{name:28} {seconds:8.2f} {seconds / total:7.1%}")
    print(f"{'total':28} {total:8.2f}   {result['articles'] / total:.2f} articles/s")
    other = (total - parse) / total
    verdict = "met" if other < TARGET_OTHER_SHARE else "NOT met"
    print(
        f"spaCy parsing {parse / total:.1%}, everything else {other:.1%} "
        f"(target < {TARGET_OTHER_SHARE:.0%}: {verdict})"
    )
    return other


def _cpu(seconds: float) -> str:
    # Only the Dask workers are this process's children; the pool's belong to its forkserver.
    return f"{seconds:.1f}" if seconds else "-"


def _print_engines(rows: dict[str, dict[str, Any]]) -> None:
    print(
        f"\n{'engine':16} {'articles':>8} {'seconds':>8} {'art/s wall':>10} {'art/s steady':>12}"
        f" {'start s':>7} {'1st batch s':>11} {'close s':>7} {'CPU s writer':>12}"
        f" {'workers':>7} {'peak MiB':>8}  ids+counts"
    )
    for name, r in rows.items():
        print(
            f"{name:16} {r['articles']:8d} {r['seconds']:8.1f} {r['wall_rate']:10.2f} "
            f"{r['steady_rate']:12.2f} {r['start_seconds']:7.1f} {r['first_batch_seconds']:11.1f}"
            f" {r['close_seconds']:7.1f} {r['writer_cpu']:12.1f} {_cpu(r['workers_cpu']):>7}"
            f" {r['peak_tree_mib']:8.0f}  {r['digest']}"
        )
    print("local-1: one pipeline in the writer's process (what --workers 1 runs)")
    print("peak MiB: resident memory of the whole process tree (writer and every worker)")
    base = rows.get("local-1")
    if base is None:
        return
    if not base["steady_rate"]:
        print("one batch only: no steady-state rates (use more articles than batch_size)")
    for name in ("local-2", "dask-2", "dask-2-parquet"):
        if name in rows and base["steady_rate"]:
            wall = rows[name]["wall_rate"] / base["wall_rate"]
            steady = rows[name]["steady_rate"] / base["steady_rate"]
            print(f"{name} / local-1: {wall:.2f}x whole run, {steady:.2f}x steady")
    if "dask-2" in rows:
        dask = rows["dask-2"]["wall_rate"] / base["wall_rate"]
        verdict = "met" if dask >= TARGET_DASK_SPEEDUP else "NOT met"
        print(f"target dask-2 >= {TARGET_DASK_SPEEDUP}x local-1 (whole run): {verdict}")
    same = len({r["digest"] for r in rows.values()}) == 1
    print(f"counts: {base['counts']}")
    print(
        "same article, event and mention ids and counts on every engine: "
        + ("yes" if same else "NO")
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    parser.add_argument("--stages-only", action="store_true", help="Skip the engine runs.")
    parser.add_argument("--no-stages", action="store_true", help="Skip the stage profile.")
    parser.add_argument("--parquet", action="store_true", help="Also run Dask writing shards.")
    parser.add_argument(
        "--engines",
        type=lambda text: [name for name in text.split(",") if name],
        default=None,
        help=f"Comma-separated engines to run, of {', '.join(ENGINES)} (default: the first 3).",
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="Rounds of engine runs; the fastest of each counts."
    )
    parser.add_argument("--one", choices=("stages", *ENGINES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(
            f"corpus {args.corpus} is missing: place the shared folder beside the repo "
            "(../shared/corpus/lgl_local_news.jsonl) or pass --corpus FILE|DIR",
            file=sys.stderr,
        )
        return 1
    if args.one:
        run = profile_stages if args.one == "stages" else None
        result = run(args.corpus) if run else measure_engine(args.corpus, args.one)
        print(json.dumps(result))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        corpus = _limited(args.corpus, args.limit, Path(folder))
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"corpus: {args.corpus} (limit {args.limit}); {os.cpu_count()} CPUs; load {load}")
        if not args.no_stages:
            _print_stages(_child(corpus, "stages"))
        if args.stages_only:
            return 0
        engines = args.engines or (ENGINES if args.parquet else ENGINES[:3])
        unknown = sorted(set(engines) - set(ENGINES))
        if unknown:
            parser.error(f"unknown engines {unknown}: choose from {', '.join(ENGINES)}")
        rows: dict[str, dict[str, Any]] = {}
        for round_ in range(args.repeat):  # rounds alternate engines, so load spikes spread
            for engine in engines:
                result = _child(corpus, engine)
                print(
                    f"  round {round_ + 1} {engine}: {result['steady_rate']:.2f} articles/s "
                    f"steady, {result['wall_rate']:.2f} wall",
                    flush=True,
                )
                if engine not in rows or result["seconds"] < rows[engine]["seconds"]:
                    rows[engine] = result
        _print_engines(rows)
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"load average at the end: {load}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
