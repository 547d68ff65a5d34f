"""Score the coder on gold sets (PLOVER GSR, 5-class CAMEO, BIO source/target spans) and floors."""

from detente.evaluation.cameo5 import Cameo5Report, read_cameo5, score_cameo5
from detente.evaluation.coding import BatchCoder, batch_coder
from detente.evaluation.floors import FLOORS_FILE, check_all_floors, check_floors
from detente.evaluation.formats import GoldFormat, detect_format, evaluate_file
from detente.evaluation.gsr import OLD_LABELS, GoldActor, GoldRecord, read_gold
from detente.evaluation.gsr_scores import (
    METRICS,
    NO_EVENT,
    EvalReport,
    RecordResult,
    evaluate,
    score_gsr,
)
from detente.evaluation.report import (
    render_halves_table,
    render_table,
    render_type_table,
    tables_for,
    write_report,
)
from detente.evaluation.scores import GoldFile, Score, TypeScore
from detente.evaluation.spans import SpanReport, read_spans, score_spans

__all__ = [
    "FLOORS_FILE",
    "METRICS",
    "NO_EVENT",
    "OLD_LABELS",
    "BatchCoder",
    "Cameo5Report",
    "EvalReport",
    "GoldActor",
    "GoldFile",
    "GoldFormat",
    "GoldRecord",
    "RecordResult",
    "Score",
    "SpanReport",
    "TypeScore",
    "batch_coder",
    "check_all_floors",
    "check_floors",
    "detect_format",
    "evaluate",
    "evaluate_file",
    "read_cameo5",
    "read_gold",
    "read_spans",
    "render_halves_table",
    "render_table",
    "render_type_table",
    "score_cameo5",
    "score_gsr",
    "score_spans",
    "tables_for",
    "write_report",
]
