"""An event's modality as the clause tells it, with the cue that decided it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    """An event's modality, the cue that decided it, and whether the act is only aimed at."""

    modality: str
    cue: str
    aimed: bool = False  # tried, plotted, or the purpose of another act: not an announced intent
    ahead: bool = False  # the act lies after the telling (future, or an intent announced)
    as_told: bool = False  # alleged, scheduled, or wished of another: keeps its code, no intent
