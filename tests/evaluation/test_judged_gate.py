"""The quality gate on the judged real-news set: the current coder holds the [judged] floors."""

from __future__ import annotations

import pytest

from detente.config import load_settings
from detente.evaluation.judged import check_judged_floors, evaluate_judged
from detente.evaluation.judged_set import read_judged
from detente.pipeline import load_pipeline, process_batch

from support import REPO, shared_path

pytestmark = [pytest.mark.model, pytest.mark.shared]

CORPORA = ("geowebnews_2018.jsonl", "lgl_local_news.jsonl", "geovirus_news.jsonl")


def test_the_coder_holds_the_judged_set_floors() -> None:
    corpora = [shared_path("corpus", name) for name in CORPORA]
    judged = read_judged(REPO / "eval" / "judged")
    settings = load_settings()
    pipeline = load_pipeline(settings)
    report = evaluate_judged(
        judged, corpora, lambda raws: process_batch(pipeline, raws), max_chars=settings.max_chars
    )
    assert report.missing == ()
    assert check_judged_floors(report) == []
