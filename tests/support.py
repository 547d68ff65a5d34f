"""Plain helpers for tests (importable as `support`; conftest.py only holds fixtures)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import fix_random_seed

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

Row = tuple[str, str, str, str, int]  # word, lemma, POS, dependency label, head index


def build_doc(
    rows: Sequence[Row],
    *,
    tags: dict[int, str] | None = None,
    joined: Sequence[int] = (),
    starts: Sequence[int] = (0,),
) -> Doc:
    """A parsed Doc from (word, lemma, pos, dep, head) rows; a root heads itself.

    ``joined`` lists tokens written with no space after them ("al" and "-" of "al-Bashir");
    ``starts`` the tokens that open a sentence (heads are indices over the whole Doc).
    """
    vocab = spacy.blank("en").vocab
    words = [r[0] for r in rows]
    spaces = [not (i + 1 < len(rows) and rows[i + 1][2] == "PUNCT") for i in range(len(rows))]
    for i in joined:
        spaces[i] = False
    spaces[-1] = False
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        tags=[(tags or {}).get(i, "") for i in range(len(rows))],
        sent_starts=[i in starts for i in range(len(rows))],
    )
    return doc


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip that says it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/{'/'.join(parts)} missing: place the shared folder beside the repo")
    return path


def untrained(component: str, labels: Sequence[str], seed: int) -> Language:
    """A blank pipeline with one transition component ("parser", "ner") of random weights:
    arbitrary, non-monotonic output to compare a replay of its decoding against spaCy's."""
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe(component)
    for label in labels:
        pipe.add_label(label)  # type: ignore[attr-defined]
    nlp.initialize()
    upper = pipe.model.get_ref("upper")  # type: ignore[attr-defined]  # spaCy starts it at zero
    rng = np.random.default_rng(seed)
    for name in ("W", "b"):
        shape = upper.get_param(name).shape
        upper.set_param(name, rng.normal(0, 1, shape).astype("float32"))
    return nlp
