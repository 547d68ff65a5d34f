"""Gold-set coding speed: sentences one by one (as `detente evaluate` did) against batched.

Run: python benchmarks/evaluate.py [--sentences 2502] [--eval-dir ../shared/eval]

Takes the sentences of the 5-class CAMEO and the source/target span sets in ../shared/eval
(1,349 + 1,153), codes them once one by one with code_text and once with the evaluator's batch
coder (nlp.pipe in batches of the settings' batch_size), and prints both times, sentences/s and
whether both gave the same events. Warm-up coding runs first so neither pass pays for loading.
"""

from __future__ import annotations

import argparse
import os
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = REPO.parent / "shared" / "eval"


def main() -> None:
    """Time both ways of coding the gold sentences and compare their events."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=None, help="first N sentences only")
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    args = parser.parse_args()

    from detente.config import load_settings
    from detente.evaluation import batch_coder, read_cameo5, read_spans
    from detente.pipeline import code_text, load_pipeline

    texts = [r.text for r in read_cameo5(args.eval_dir / "conflibert_cameo5_train.tsv").records]
    texts += [r.text for r in read_spans(args.eval_dir / "conflibert_cameo_ner_train.txt").records]
    texts = texts[: args.sentences] if args.sentences else texts
    pipeline = load_pipeline(load_settings())
    code = batch_coder(pipeline)
    code(texts[:50])
    whole = replace(pipeline, candidates=None)  # the batch coder parses gold sentences whole too

    start = time.perf_counter()
    single = [code_text(whole, text) for text in texts]
    one_by_one = time.perf_counter() - start
    start = time.perf_counter()
    batched = code(texts)
    in_batches = time.perf_counter() - start

    same = sum(tuple(a) == tuple(b) for a, b in zip(single, batched, strict=True))
    print(f"{len(texts)} sentences, batch size {pipeline.settings.batch_size}")
    print(f"one by one: {one_by_one:6.1f} s  {len(texts) / one_by_one:6.1f} sentences/s")
    print(f"batched:    {in_batches:6.1f} s  {len(texts) / in_batches:6.1f} sentences/s")
    print(f"speed-up {one_by_one / in_batches:.2f}x; same events on {same}/{len(texts)} sentences")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
