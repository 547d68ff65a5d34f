"""Do NumPy's BLAS products parse exactly as thinc's BLIS ones? Every annotation compared.

    python benchmarks/parse_identity.py [--corpus FILE ...] [--limit N]

Parses each corpus (default: ../shared/corpus/lgl_local_news.jsonl and geovirus_news.jsonl) with
the candidate filter, as `detente ingest` does, twice in one process: once with the model's
layers multiplying through ``detente.parse.matmul.BlasOps`` (what detente loads) and once
through thinc's own ``NumpyOps``. It prints, per corpus, the articles and tokens whose tag, part
of speech, morphology, lemma, head, dependency label, entity or sentence start differ, with the
CPU seconds of each pass. Exits 1 when any annotation differs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from thinc.api import NumpyOps

REPO = Path(__file__).resolve().parents[1]
CORPORA = [REPO.parent / "shared" / "corpus" / f for f in ("lgl_local_news.jsonl",
                                                         "geovirus_news.jsonl")]  # fmt: skip
ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, SENT_START]


def _set_ops(nlp: Language, ops: Any) -> None:
    """Give every layer of the pipeline's networks these operations."""
    for name in ("tok2vec", "tagger", "parser", "ner"):
        component = nlp.get_pipe(name)
        for layer in getattr(component, "original", component).model.walk():
            layer.ops = ops


def _parse(pipeline: Any, texts: list[str]) -> tuple[list[np.ndarray], float]:
    """Every article's annotation array, and the CPU seconds the parse took."""
    from detente.parse.nlp import iter_parsed
    from detente.records import Article

    articles = [Article(doc_id=f"a{i}", origin="<bench>", text=t) for i, t in enumerate(texts)]
    started = time.process_time()
    arrays = [
        doc.to_array(ATTRS)
        for _, doc in iter_parsed(
            pipeline.nlp, articles, batch_size=pipeline.settings.batch_size,
            candidates=pipeline.candidates,
        )
    ]  # fmt: skip
    return arrays, time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, action="append", help="A JSONL corpus (repeat).")
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    args = parser.parse_args()
    from detente.config import load_settings
    from detente.parse.matmul import BlasOps
    from detente.pipeline import load_pipeline

    pipeline = load_pipeline(load_settings())
    differ = False
    for corpus in args.corpus or CORPORA:
        with corpus.open(encoding="utf-8") as lines:
            texts = [json.loads(line)["text"] for line in lines if line.strip()][: args.limit]
        _set_ops(pipeline.nlp, BlasOps())
        ours, ours_cpu = _parse(pipeline, texts)
        _set_ops(pipeline.nlp, NumpyOps())
        thincs, thincs_cpu = _parse(pipeline, texts)
        tokens = sum(len(a) for a in ours)
        rows = [int((a != b).any(axis=1).sum()) for a, b in zip(ours, thincs, strict=True)]
        differ |= any(rows)
        print(f"{corpus.name}: {len(texts)} articles, {tokens} tokens; differing: "
              f"{sum(1 for r in rows if r)} articles, {sum(rows)} tokens; parse CPU "
              f"{ours_cpu:.2f} s (NumPy BLAS) vs {thincs_cpu:.2f} s (BLIS)")  # fmt: skip
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
