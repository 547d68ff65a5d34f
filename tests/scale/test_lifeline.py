"""Worker processes die with the run that started them: nothing survives a kill -9 for 5 s."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[2]
# The acceptance bound: no process of a killed run lives longer than this.
GRACE_SECONDS = 5.0

# A run in miniature: a forkserver pool whose workers watch the run, as ProcessEngine's do,
# blocked on their task pipe like idle workers; it prints its pid once they are up.
RUN = """
import multiprocessing, os, sys, time
from concurrent.futures import ProcessPoolExecutor
from detente.scale.lifeline import watch_parent

def pid():
    time.sleep(0.2)
    return os.getpid()

if __name__ == "__main__":
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    pool = ProcessPoolExecutor(
        2, mp_context=multiprocessing.get_context(method),
        initializer=watch_parent if sys.argv[1] == "watch" else None,
        initargs=(os.getpid(),) if sys.argv[1] == "watch" else (),
    )
    print(sorted({f.result() for f in [pool.submit(pid) for _ in range(8)]}), flush=True)
    time.sleep(600)
"""


def gone(process: psutil.Process) -> bool:
    try:
        return process.status() == psutil.STATUS_ZOMBIE  # dead, waiting to be reaped
    except psutil.NoSuchProcess:
        return True


def kill_run_and_watch(mode: str, tmp_path: Path) -> list[psutil.Process]:
    """Start the miniature run, kill -9 it, and return its descendants alive after the grace."""
    script = tmp_path / "run.py"
    script.write_text(RUN, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    run = subprocess.Popen(
        [sys.executable, str(script), mode], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert run.stdout is not None
        assert run.stdout.readline(), "the miniature run did not start"  # its workers are up
        descendants = psutil.Process(run.pid).children(recursive=True)
        assert len(descendants) >= 3  # resource tracker or fork server, and two workers
        run.send_signal(signal.SIGKILL)
        run.wait()
        deadline = time.monotonic() + GRACE_SECONDS
        while time.monotonic() < deadline and not all(gone(p) for p in descendants):
            time.sleep(0.1)
        return [p for p in descendants if not gone(p)]
    finally:
        run.kill()


def test_no_worker_fork_server_or_tracker_outlives_a_killed_run(tmp_path: Path) -> None:
    assert kill_run_and_watch("watch", tmp_path) == []


def test_without_the_lifeline_the_pool_is_orphaned(tmp_path: Path) -> None:
    survivors = kill_run_and_watch("plain", tmp_path)
    try:
        assert survivors  # the failure the lifeline exists for
    finally:
        for process in survivors:
            process.kill()


def test_watching_a_process_that_is_already_gone_ends_at_once(tmp_path: Path) -> None:
    code = (
        "import time\nfrom detente.scale.lifeline import watch_parent\n"
        f"watch_parent({_a_dead_pid()})\ntime.sleep(30)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run([sys.executable, "-c", code], env=env, timeout=20, check=False)
    assert done.returncode == 137


def _a_dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid
