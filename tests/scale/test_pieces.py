"""A batch split into tasks comes back as one result: pieces in order, or the first error."""

from __future__ import annotations

from concurrent.futures import Future

import pytest

pytest.importorskip("distributed")

from detente.records import InputError
from detente.scale.dask import gather_pieces


def error(name: str) -> InputError:
    return InputError(origin=name, reason="made up")


def test_pieces_finishing_out_of_order_come_back_in_submission_order() -> None:
    pieces: list[Future] = [Future(), Future(), Future()]
    whole = gather_pieces(pieces)
    pieces[2].set_result([error("e"), error("f")])
    pieces[0].set_result([error("a")])
    assert not whole.done()  # the writer waits for the whole batch
    pieces[1].set_result([error("b"), error("c")])
    assert [item.origin for item in whole.result(timeout=1)] == ["a", "b", "c", "e", "f"]


def test_a_failed_piece_fails_the_batch_once_every_piece_is_done() -> None:
    pieces: list[Future] = [Future(), Future()]
    whole = gather_pieces(pieces)
    pieces[0].set_exception(RuntimeError("worker lost"))
    assert not whole.done()
    pieces[1].set_result([error("b")])
    with pytest.raises(RuntimeError, match="worker lost"):
        whole.result(timeout=1)


def test_a_batch_of_no_pieces_is_an_empty_result() -> None:
    assert gather_pieces([]).result(timeout=1) == []
