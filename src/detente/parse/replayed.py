"""The part the replayed spaCy components share: standing in the pipeline for the original.

``FastEntityRecognizer`` and ``FastDependencyParser`` replay their component's greedy decoding
over arrays; everything else (its config, its labels, its ``set_annotations``) is the original's,
and so is the batching spaCy's own ``pipe`` does.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc
from spacy.util import minibatch
from thinc.api import NumpyOps


class ReplayedComponent:
    """A pipeline component that annotates with its own decoding and lends the rest."""

    original: Any  # the spaCy component this one stands in for

    def __getattr__(self, name: str) -> Any:
        if name == "original":  # not set yet (unpickling): no recursion through the original
            raise AttributeError(name)
        return getattr(self.original, name)

    def __call__(self, doc: Doc) -> Doc:
        self.annotate([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 256, **_: Any) -> Iterator[Doc]:
        """Annotate in spaCy's batches: each sorted by length and cut in quarters."""
        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            by_length = sorted(batch, key=len)
            for part in minibatch(by_length, size=max(batch_size // 4, 2)):
                self.annotate(list(part))
            yield from batch

    def annotate(self, docs: list[Doc]) -> None:
        """Set the component's annotations on the documents."""
        raise NotImplementedError


class NetworkWeights:
    """The layers of a transition component's network that the replays read."""

    def __init__(self, model: Any) -> None:
        lower, upper = model.get_ref("lower"), model.get_ref("upper")
        self.tok2vec, self.lower = model.layers[0], lower
        self.bias = lower.get_param("b")  # (hidden, pieces)
        self.upper_w, self.upper_b = upper.get_param("W"), upper.get_param("b")
        self.ops = NumpyOps()
