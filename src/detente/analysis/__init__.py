"""Query stage: dyad time series, actor summaries, change detection and plots over the store."""

from detente.analysis.actors import ActorQuery, ActorSummary, actor_summary
from detente.analysis.changes import Change, dyad_changes, find_changes
from detente.analysis.dyads import DyadQuery, DyadSeries, Interval, Unit, dyad_series

__all__ = [
    "ActorQuery",
    "ActorSummary",
    "Change",
    "DyadQuery",
    "DyadSeries",
    "Interval",
    "Unit",
    "actor_summary",
    "dyad_changes",
    "dyad_series",
    "find_changes",
]
