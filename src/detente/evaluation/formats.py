"""The gold formats `detente evaluate` reads, told apart by content, and how each is scored."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path

from detente.errors import InputRejected
from detente.evaluation.cameo5 import Cameo5Report, read_cameo5, score_cameo5
from detente.evaluation.coding import BatchCoder
from detente.evaluation.gsr import read_gold
from detente.evaluation.gsr_scores import EvalReport, score_gsr
from detente.evaluation.spans import SpanReport, read_spans, score_spans

_SNIFF_LINES = 20
_CAMEO5_LINE = re.compile(r"^.*\S.*\t\s*[0-4]\s*$")
_BIO_LINE = re.compile(r"^\S+ (?:O|[BI]-[A-Z]+)$")


class GoldFormat(StrEnum):
    """A gold-set format."""

    gsr = "gsr"  # PLOVER gold-standard records, JSON lines or a JSON array
    cameo5 = "cameo5"  # `text<TAB>class`, CAMEO roots in 5 classes
    spans = "spans"  # `token TAG` lines, BIO source (S), target (T) and both (R) spans


def detect_format(path: Path) -> GoldFormat:
    """Tell the format of a gold file from its first lines."""
    try:
        with path.open(encoding="utf-8-sig") as handle:
            lines = [
                line.rstrip("\n") for _, line in zip(range(_SNIFF_LINES * 3), handle, strict=False)
            ]
    except (OSError, UnicodeDecodeError) as exc:
        raise InputRejected(str(path), f"cannot read gold file ({exc})") from exc
    lines = [line for line in lines if line.strip()][:_SNIFF_LINES]
    if not lines:
        raise InputRejected(str(path), "empty gold file")
    if lines[0].lstrip().startswith(("{", "[")):
        return GoldFormat.gsr
    votes = {
        GoldFormat.cameo5: sum(bool(_CAMEO5_LINE.match(line)) for line in lines),
        GoldFormat.spans: sum(bool(_BIO_LINE.match(line.strip())) for line in lines),
    }
    best = max(votes, key=lambda fmt: votes[fmt])
    if votes[best] * 2 <= len(lines):
        raise InputRejected(
            str(path), "cannot tell the gold format from its first lines; give --format"
        )
    return best


GoldReportKind = EvalReport | Cameo5Report | SpanReport


def evaluate_file(path: Path, fmt: GoldFormat | None, code: BatchCoder) -> GoldReportKind:
    """Read a gold file in `fmt` (detected when None), code its sentences and score them."""
    fmt = fmt or detect_format(path)
    if fmt is GoldFormat.gsr:
        gsr = read_gold(path)
        return score_gsr(gsr.records, code([r.text for r in gsr.records]), gsr.skipped)
    if fmt is GoldFormat.cameo5:
        cameo5 = read_cameo5(path)
        return score_cameo5(cameo5.records, code([r.text for r in cameo5.records]), cameo5.skipped)
    spans = read_spans(path)
    return score_spans(spans.records, code([r.text for r in spans.records]), spans.skipped)
