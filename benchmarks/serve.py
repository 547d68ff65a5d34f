"""Serve benchmark: concurrent clients on loopback against a synthetic 1,000,000-event store.

    python benchmarks/serve.py [--events 1000000] [--clients 1 4 8] [--requests 100]
                               [--workers 1] [--db FILE]

Builds the synthetic database with DuckDB SQL (``range()``; about 10 s for a million events, then
the party keys are sorted as the writer does) in a temporary folder unless --db names one to
reuse, starts `detente serve` on 127.0.0.1 at a free port with --workers server processes, and
reports how long it took to answer. Then, for each client count in turn, sends a fixed number of
requests from each client thread and prints p50/p95/max latency per kind of request (targets:
dyad p95 < 200 ms, actor p95 < 500 ms), the server's CPU time per request (workers included) and
the load average, since other work on a shared machine stretches latencies. Last, the peak and
current resident memory of every process of the server's tree. The database is never kept in the
repository.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from detente.analysis.keys import key_index
from detente.store import open_store, sides

# Forty countries; squaring a uniform number when picking makes the first ones far busier, so
# dyads range from tens of thousands of events down to a handful, as in real news.
COUNTRIES = (
    "CHN", "PRK", "USA", "RUS", "KOR", "JPN", "UKR", "IRN", "ISR", "PSE", "GBR", "FRA", "DEU",
    "IND", "PAK", "TUR", "SYR", "IRQ", "SAU", "EGY", "AFG", "VNM", "PHL", "TWN", "AUS", "CAN",
    "MEX", "BRA", "NGA", "ZAF", "ETH", "KEN", "SDN", "YEM", "LBY", "QAT", "ARE", "POL", "BLR",
    "GEO",
)
SECTORS = ("GOV", "MIL", "", "CVL", "BUS", "MED", "JUD", "REB")
# (PLOVER type, CAMEO code, Goldstein, QuadClass)
TYPES = (
    ("CONSULT", "040", 1.0, 1), ("AGREE", "030", 4.0, 1), ("SUPPORT", "051", 3.4, 1),
    ("COOPERATE", "061", 6.4, 2), ("AID", "070", 7.0, 2), ("REQUEST", "020", 3.0, 1),
    ("ACCUSE", "112", -2.0, 3), ("REJECT", "120", -4.0, 3), ("THREATEN", "130", -4.4, 3),
    ("PROTEST", "140", -6.5, 3), ("SANCTION", "163", -8.0, 4), ("MOBILIZE", "150", -7.2, 4),
    ("COERCE", "170", -7.0, 4), ("ASSAULT", "180", -9.0, 4),
)
ARTICLES = 20_000


def _types_sql() -> str:
    rows = ", ".join(f"({i}, '{t}', '{c}', {g}, {q})" for i, (t, c, g, q) in enumerate(TYPES))
    return f"SELECT * FROM (VALUES {rows}) AS t(i, event_type, cameo, goldstein, quad_class)"


def build_database(path: Path, events: int, seed: float = 0.42) -> None:
    """Fill a new store with synthetic events, articles and one mention per event."""
    countries = "[" + ", ".join(f"'{c}'" for c in COUNTRIES) + "]"
    sectors = "[" + ", ".join(f"'{s}'" for s in SECTORS) + "]"
    with open_store(path, read_only=False) as store:
        con = store.con
        con.execute("SET enable_progress_bar = false")
        # Sorting 10M events' keys took 17 GB under DuckDB's default limit (80 % of RAM) on a
        # machine others share; 6 GB was too little for the window sort of 10M (out of memory).
        con.execute("SET memory_limit = '12GB'")
        con.execute("SELECT setseed(?)", [seed])
        con.execute(f"CREATE TEMP TABLE kinds AS {_types_sql()}")
        con.execute(
            "INSERT INTO articles (id, content_hash, source_key, title, date, text, shingles)"
            " SELECT 'a' || i, 'h' || i, 's' || (i % 500), 'Synthetic story ' || i,"
            " DATE '2015-01-01' + (i % 3650)::INTEGER,"
            " 'Officials met on Tuesday. The talks went on for hours. Both sides spoke.', 10"
            " FROM range(?) t(i)",
            [ARTICLES],
        )
        con.execute(
            f"""
            CREATE TEMP TABLE draws AS
            SELECT i,
                   {countries}[1 + floor(40 * pow(random(), 2))::INTEGER] AS a,
                   {countries}[1 + floor(40 * pow(random(), 2))::INTEGER] AS r,
                   {sectors}[1 + floor(8 * random())::INTEGER] AS sa,
                   {sectors}[1 + floor(8 * random())::INTEGER] AS sr,
                   DATE '2015-01-01' + floor(random() * 3650)::INTEGER AS day,
                   random() AS u, random() AS v, random() AS w
            FROM range(?) t(i)
            """,
            [events],
        )
        # Cooperation waxes and wanes with a four-year cycle, so dyads have changes to find.
        con.execute(
            """
            INSERT INTO events (event_id, date, actor_code, actor_country, actor_sector,
                recipient_code, recipient_country, recipient_sector, event_type, cameo,
                goldstein, quad_class, modality, num_mentions, num_sources, num_articles,
                confidence, first_sentence_index, mention_id, article_id)
            SELECT 'e' || d.i, d.day, d.a || d.sa, d.a, nullif(d.sa, ''), d.r || d.sr, d.r,
                   nullif(d.sr, ''), k.event_type, k.cameo, k.goldstein, k.quad_class,
                   'asserted', 1 + floor(pow(d.w, 3) * 20)::INTEGER, 1, 1, 0.8, 0,
                   'm' || d.i, 'a' || (d.i % ?)
            FROM draws d JOIN kinds k ON k.i = CASE
                WHEN d.u < 0.5 + 0.3 * sin(2 * pi() * (d.day - DATE '2015-01-01') / 1461.0)
                THEN floor(d.v * 6)::INTEGER ELSE 6 + floor(d.v * 8)::INTEGER END
            """,
            [ARTICLES],
        )
        con.execute(
            """
            INSERT INTO mentions (mention_id, event_id, article_id, sentence_index,
                sentence_start, sentence_end, trigger_start, trigger_end, trigger_text,
                confidence, modality, record)
            SELECT 'm' || i, 'e' || i, 'a' || (i % ?), 0, 0, 25, 10, 13, 'met', 0.8,
                   'asserted', '{}'
            FROM draws
            """,
            [ARTICLES],
        )
        sides.rebuild(con)  # what the writer keeps up to date batch by batch


def _ensure_keys(path: Path) -> None:
    """Sort the party keys of a reused database that lacks them (built by an older version)."""
    with open_store(path, read_only=False) as store:
        if key_index(store) is None:
            started = time.perf_counter()
            sides.rebuild(store.con)
            print(f"sorted the party keys in {time.perf_counter() - started:.1f} s")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_up(base: str, server: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode}")
        try:
            if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("the server did not come up")


def _wait_until_idle(pid: int, seconds: float = 120) -> None:
    """Wait until the server's processes stop burning CPU: every worker has built its keys."""
    deadline = time.monotonic() + seconds
    before = _cpu_seconds(pid)
    while before is not None and time.monotonic() < deadline:
        time.sleep(0.5)
        after = _cpu_seconds(pid)
        if after is None or after - before < 0.05:
            return
        before = after


def _cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time of a process and its live children so far (Linux /proc; None
    elsewhere): the server's workers are its children."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return None
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return own + sum(_cpu_seconds(int(child)) or 0.0 for child in children)


def _tree(pid: int) -> list[int]:
    """A process and all its descendants (Linux /proc)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [pid, *(p for child in children for p in _tree(int(child)))]


def _memory(pid: int) -> dict[str, int]:
    """Peak (VmHWM) and current (VmRSS) resident memory of a process, in kB."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return {}
    return {
        name: int(value.split()[0])
        for name, _, value in (line.partition(":") for line in lines)
        if name in ("VmHWM", "VmRSS")
    }


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _requests(rng: random.Random, count: int) -> list[tuple[str, str]]:
    """A fixed mix: mostly dyad series (as the dashboard asks), plus events pages and actors."""
    busy = COUNTRIES[:12]
    plan = []
    for _ in range(count):
        a, r = rng.sample(busy, 2)
        roll = rng.random()
        if roll < 0.6:
            by = rng.choice(("month", "week", "year"))
            directed = rng.choice(("true", "false"))
            plan.append(("dyad", f"/api/dyads/{a}/{r}?by={by}&directed={directed}"))
        elif roll < 0.85:
            page = rng.randint(1, 20)
            plan.append(("events", f"/api/events?actor={a}&recipient={r}&page={page}&page_size=50"))
        else:
            plan.append(("actor", f"/api/actors/{a}"))
    return plan


def run_clients(
    base: str, clients: int, requests: int, seed: int = 7, seen: set[str] | None = None
) -> dict[str, list[float]]:
    """Send ``requests`` requests from each of ``clients`` threads; latencies in ms by kind.
    ``seen`` holds the URLs asked before (the server may have kept their answers)."""
    latencies: dict[str, list[float]] = defaultdict(list)
    seen = set() if seen is None else seen
    lock = threading.Lock()

    def client(index: int) -> list[tuple[str, float]]:
        rng = random.Random(seed + index)
        timings = []
        with httpx.Client(base_url=base, timeout=30) as http:
            for kind, url in _requests(rng, requests):
                with lock:
                    # The server keeps dyad answers; a first request shows the uncached cost.
                    first = url not in seen
                    seen.add(url)
                started = time.perf_counter()
                response = http.get(url)
                response.raise_for_status()
                ms = (time.perf_counter() - started) * 1000
                timings.append((kind, ms))
                if kind == "dyad":
                    timings.append(("dyad-new" if first else "dyad-again", ms))
        return timings

    with ThreadPoolExecutor(max_workers=clients) as pool:
        for timings in pool.map(client, range(clients)):
            for kind, ms in timings:
                latencies[kind].append(ms)
    return latencies


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _report(latencies: dict[str, list[float]]) -> None:
    print(f"  {'kind':<10} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for kind in sorted(latencies):
        values = latencies[kind]
        print(f"  {kind:<10} {len(values):>6} {statistics.median(values):>8.1f} "
              f"{_percentile(values, 0.95):>8.1f} {max(values):>8.1f}")
    for kind, target in (("dyad", 200), ("dyad-new", 200), ("actor", 500)):
        if latencies.get(kind):
            p95 = _percentile(latencies[kind], 0.95)
            verdict = "meets" if p95 < target else "misses"
            print(f"  {kind} p95 {p95:.1f} ms {verdict} the {target} ms target")


def _measure(base: str, pid: int, clients: int, requests: int, seen: set[str]) -> None:
    load = _load()
    cpu_before = _cpu_seconds(pid)
    started = time.perf_counter()
    latencies = run_clients(base, clients, requests, seed=7 + 100 * clients, seen=seen)
    wall = time.perf_counter() - started
    cpu_after = _cpu_seconds(pid)
    total = sum(len(v) for k, v in latencies.items() if k in ("dyad", "events", "actor"))
    print(f"{clients} client(s): {total} requests in {wall:.1f} s ({total / wall:.0f} req/s); "
          f"load average before {load}, after {_load()} ({os.cpu_count()} cores)")
    if cpu_before is not None and cpu_after is not None:
        print(f"  server CPU {cpu_after - cpu_before:.1f} s, "
              f"{(cpu_after - cpu_before) / total * 1000:.1f} ms per request")
    _report(latencies)


def main() -> int:
    """Build (or reuse) the database, serve it, measure, and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 4, 8])
    parser.add_argument("--requests", type=int, default=100, help="per client")
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--db", type=Path, help="reuse (or create) this database file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or Path(folder) / "bench.duckdb"
        if not db.exists():
            started = time.perf_counter()
            build_database(db, args.events)
            print(f"built {args.events:,} events in {time.perf_counter() - started:.1f} s: {db}")
        _ensure_keys(db)
        with open_store(db) as store:
            print(f"{store.counts().events:,} events in {db} "
                  f"({db.stat().st_size / 2**20:,.0f} MB)")
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        started = time.perf_counter()
        server = subprocess.Popen(
            [sys.executable, "-c", "from detente.cli import app; app()", "serve", "--db", str(db),
             "--port", str(port), "--workers", str(args.workers)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            _wait_until_up(base, server)
            print(f"up in {time.perf_counter() - started:.1f} s with {args.workers} worker(s) "
                  f"(load average {_load()})")
            _wait_until_idle(server.pid)
            seen: set[str] = set()
            run_clients(base, 2, 5, seed=1000, seen=seen)  # warm up DuckDB
            for clients in args.clients:
                _measure(base, server.pid, clients, args.requests, seen)
            memory = {pid: _memory(pid) for pid in _tree(server.pid)}
        finally:
            server.terminate()
            server.wait(timeout=30)
    print("server processes (peak / now resident MB):")
    for pid, found in memory.items():
        role = "supervisor" if pid == server.pid and args.workers > 1 else "server"
        if pid != server.pid:
            role = "worker"
        print(f"  {pid:>8} {role:<10} {found.get('VmHWM', 0) / 1024:>8.0f} "
              f"{found.get('VmRSS', 0) / 1024:>8.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
