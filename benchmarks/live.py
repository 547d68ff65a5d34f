"""Live reads: the dashboard and the read commands keep answering while an ingest runs.

    python benchmarks/live.py [--corpus FILE ...] [--workers N] [--batch-size N] [--interval S]

Starts `detente ingest` of ../shared/corpus/*.jsonl into a new store, then `detente serve` on
the same file as soon as the first batch is published, and polls /api/dyads (and /api/health
for the exact event count) every --interval seconds until the ingest has ended and the server
shows its last batch. Every few polls it also runs `detente dyad` and `detente export` against
the store. Prints the status codes seen, how the numbers grew (one step per publication), how
long a publication took to reach the server, and the peak memory of the ingest's and the
server's whole process trees (RSS summed over the process and its descendants, via psutil).
Acceptance (issue 16): only 200s, exit 0 from every read command, numbers that grow batch by
batch.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
CORPUS = sorted((REPO.parent / "shared" / "corpus").glob("*.jsonl"))
# Seconds between runs of the read commands (in a thread of their own: polls go on meanwhile).
COMMAND_SECONDS = 10.0
# After the ingest ends, how long the server may take to show its final batch.
SETTLE_SECONDS = 30.0


@dataclass
class Watch:
    """What the polling client saw."""

    statuses: Counter[int] = field(default_factory=Counter)
    dyad_sums: list[int] = field(default_factory=list)  # events over the listed dyads, per poll
    events: list[int] = field(default_factory=list)  # /api/health's count, per poll
    slowest: float = 0.0
    commands: Counter[str] = field(default_factory=Counter)  # "dyad rc=0" and so on
    ingest_peak_mib: float = 0.0
    server_peak_mib: float = 0.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _tree_mib(process: subprocess.Popen[bytes]) -> float:
    """Resident memory of a process and all its descendants (workers, fork server...)."""
    try:
        root = psutil.Process(process.pid)
        members = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0
    total = 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total / 2**20


def _get(url: str) -> tuple[int, object]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, None
    except (urllib.error.URLError, TimeoutError, ConnectionError):
        return 0, None  # no answer at all


def _env() -> dict[str, str]:
    path = os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path}


def _detente(*args: str) -> list[str]:
    return [sys.executable, "-c", "from detente.cli import app; app()", *args]


def _run_commands(db: Path, watch: Watch) -> None:
    for name, args in (
        ("dyad", ("dyad", "USA", "USA", "--by", "year", "--db", str(db))),
        ("export", ("export", "--format", "csv", "--limit", "5", "--db", str(db))),
    ):
        done = subprocess.run(_detente(*args), capture_output=True, env=_env(), check=False)
        watch.commands[f"{name} rc={done.returncode}"] += 1


def _commands_until(stop: threading.Event, db: Path, watch: Watch) -> None:
    while not stop.wait(COMMAND_SECONDS):
        _run_commands(db, watch)


def _poll(base: str, watch: Watch) -> None:
    started = time.perf_counter()
    status, body = _get(f"{base}/api/dyads?top=50")
    watch.slowest = max(watch.slowest, time.perf_counter() - started)
    watch.statuses[status] += 1
    if status == 200 and isinstance(body, list):
        watch.dyad_sums.append(sum(int(d["events"]) for d in body))
    status, body = _get(f"{base}/api/health")
    if status == 200 and isinstance(body, dict):
        watch.events.append(int(body["events"]))


def _wait_for_server(base: str, server: subprocess.Popen[bytes]) -> None:
    while _get(f"{base}/api/health")[0] != 200:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode}")
        time.sleep(0.2)


def _final_events(db: Path) -> int:
    sys.path.insert(0, str(REPO / "src"))
    from detente.store import open_store

    with open_store(db) as store:
        return int(store.rows("SELECT count(*) FROM events")[0][0])


def run(corpus: list[Path], workers: int, batch_size: int, interval: float) -> Watch:
    watch = Watch()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "live.duckdb"
        env = {**_env(), "DETENTE_BATCH_SIZE": str(batch_size)}
        args = ["ingest", "--db", str(db), "--workers", str(workers), *map(str, corpus)]
        ingest = subprocess.Popen(_detente(*args), env=env, stderr=subprocess.DEVNULL)
        started = time.perf_counter()
        while not db.exists():
            if ingest.poll() is not None:
                raise SystemExit(f"the ingest exited with {ingest.returncode} before publishing")
            watch.ingest_peak_mib = max(watch.ingest_peak_mib, _tree_mib(ingest))
            time.sleep(0.2)
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        serve_args = ["serve", "--db", str(db), "--port", str(port)]
        server = subprocess.Popen(_detente(*serve_args), env=_env(), stdout=subprocess.DEVNULL)
        stop = threading.Event()
        commands = threading.Thread(target=_commands_until, args=(stop, db, watch), daemon=True)
        try:
            _wait_for_server(base, server)
            commands.start()
            final, settle = None, None
            while True:
                tick = time.perf_counter()
                _poll(base, watch)
                watch.ingest_peak_mib = max(watch.ingest_peak_mib, _tree_mib(ingest))
                watch.server_peak_mib = max(watch.server_peak_mib, _tree_mib(server))
                if final is None and ingest.poll() is not None:
                    stop.set()  # the read commands are for the time the ingest runs
                    final, settle = _final_events(db), time.perf_counter()
                    print(
                        f"ingest ended (rc {ingest.returncode}) after "
                        f"{settle - started:.0f} s with {final} events"
                    )
                if (
                    final is not None
                    and settle is not None
                    and (
                        (watch.events and watch.events[-1] == final)
                        or time.perf_counter() - settle > SETTLE_SECONDS
                    )
                ):
                    break
                time.sleep(max(0.0, interval - (time.perf_counter() - tick)))
        finally:
            stop.set()
            if commands.is_alive():
                commands.join()
            server.terminate()
            server.wait()
            if ingest.poll() is None:
                ingest.terminate()
                ingest.wait()
    return watch


def report(watch: Watch, batches: int) -> None:
    steps = sorted(set(watch.events))
    shrinks = sum(1 for a, b in zip(watch.events, watch.events[1:], strict=False) if b < a)
    polls = sum(watch.statuses.values())
    print(f"polls of /api/dyads: {polls}, status codes {dict(watch.statuses)}")
    print(f"slowest /api/dyads answer: {watch.slowest * 1000:.0f} ms")
    print(
        f"events seen by the server: {len(steps)} distinct values, from {steps[0]} to "
        f"{steps[-1]}; went down {shrinks} times ({batches} batches in the input)"
    )
    print(f"events over the top dyads: {watch.dyad_sums[0]} → {watch.dyad_sums[-1]}")
    print(f"read commands during the ingest: {dict(watch.commands)}")
    print(
        f"peak memory, whole process trees: ingest {watch.ingest_peak_mib:.0f} MiB, "
        f"server {watch.server_peak_mib:.0f} MiB"
    )
    print(f"load: {os.getloadavg()[0]:.2f} (1-minute average at the end)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, nargs="+", default=CORPUS)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between polls")
    options = parser.parse_args()
    records = sum(1 for path in options.corpus for line in path.open("rb") if line.strip())
    batches = -(-records // options.batch_size)
    report(run(options.corpus, options.workers, options.batch_size, options.interval), batches)


if __name__ == "__main__":
    main()
