"""The quality gate: the coder's scores on the dev gold set never fall below the stored floors."""

from __future__ import annotations

import pytest

from detente.config import load_settings
from detente.evaluate import check_floors, evaluate, read_gold
from detente.pipeline import code_text, load_pipeline

from support import shared_path

pytestmark = [pytest.mark.model, pytest.mark.shared]


def test_dev_gold_scores_stay_at_or_above_their_floors() -> None:
    gold = read_gold(shared_path("eval", "plover_gsr_dev.jsonl"))
    pipeline = load_pipeline(load_settings())
    report = evaluate(gold, lambda text: code_text(pipeline, text))
    assert check_floors(report, None, "plover_gsr_dev") == []
