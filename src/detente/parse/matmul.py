"""The model's matrix products through NumPy's BLAS, on one thread: the same parses, faster.

(Its maxout layers take the largest piece by pairwise NumPy maxima too: the same values.)

thinc's ``NumpyOps.gemm`` multiplies through BLIS, whose kernels here are the AVX2 ones; NumPy's
bundled OpenBLAS picks kernels for the machine it runs on (AVX-512 where there is one) and is two
to three times faster on the shapes of the small English pipeline (tokens × 288 by 288 × 288 in
the token encoders, tokens × 96 in the parser's and recognizer's precomputed layer). Both are
float32 products of the same numbers, but they sum in different orders, so the vectors differ in
their last bits; a decision (a tag, an arc, an entity) can change only where two scores tie to
about 1e-6. On 817 articles of the two local corpora every annotation was the same
(``benchmarks/parse_identity.py`` checks it on any corpus).

OpenBLAS would use every core for a large product; a parsing process gets one (worker processes
make the parallelism), so each product runs with BLAS limited to one thread, and other callers
in the process keep their own setting.

thinc's ``maxout`` loops over every unit in C and records which piece won, for training; the
pipeline only predicts, and pairwise NumPy maxima (``detente.parse.entities.maxout``) give the
same values four to five times faster on the encoders' (tokens, 96, 3) arrays, about a tenth
of the network's time. No winner is recorded, so ``BlasOps`` refuses to train.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

import numpy as np
from spacy.language import Language
from thinc.api import NumpyOps

from detente.parse.entities import maxout

# Components whose networks multiply through ``Model.ops`` (the rest are rules).
_NETWORKS = ("tok2vec", "tagger", "parser", "ner")
# What ``maxout`` returns for the winning pieces: nothing, as nothing is trained.
_NO_WINNERS = np.zeros((0, 0), dtype="i")


class BlasOps(NumpyOps):
    """thinc's NumPy operations with ``gemm`` done by NumPy's BLAS on one thread."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._controller: Any = None  # found on the first product: only parsing needs it

    def _one_thread(self) -> AbstractContextManager[Any]:
        if self._controller is None:
            from threadpoolctl import ThreadpoolController

            self._controller = ThreadpoolController()
        limiter: AbstractContextManager[Any] = self._controller.limit(limits=1, user_api="blas")
        return limiter

    def gemm(
        self,
        x: np.ndarray,
        y: np.ndarray,
        out: np.ndarray | None = None,
        trans1: bool = False,
        trans2: bool = False,
    ) -> np.ndarray:
        """``x @ y`` (either transposed first), into ``out`` when given."""
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        with self._one_thread():
            if out is None:
                return np.matmul(a, b)
            np.matmul(a, b, out=out)
        return out

    def maxout(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The largest piece of each unit, (rows, units, pieces) -> (rows, units); no winners."""
        return maxout(X), _NO_WINNERS

    def backprop_maxout(self, dY: Any, which: Any, P: int) -> Any:
        """Training needs the winning pieces, which ``maxout`` does not keep."""
        raise NotImplementedError("BlasOps only predicts: its maxout keeps no winning pieces")


def _inner(component: Any) -> Any:
    """The spaCy component itself, under a replayed stand-in (which keeps it as ``original``)."""
    return getattr(component, "original", component)


def use_blas(nlp: Language) -> None:
    """Make every network layer of the pipeline multiply through ``BlasOps``."""
    ops = BlasOps()
    for name in _NETWORKS:
        if name not in nlp.pipe_names:
            continue
        model = getattr(_inner(nlp.get_pipe(name)), "model", None)
        if model is None:
            continue
        for layer in model.walk():
            layer.ops = ops


__all__ = ["BlasOps", "use_blas"]
