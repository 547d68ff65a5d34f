"""How a stored event was coded: the trace of `detente code --explain`, read from its record.

Every mention keeps the public record the coder wrote (pattern, parties with their rules,
modality and its cue, date rule, place rule, lexicon versions), so the dashboard can say why an
event was coded without parsing the sentence again. Where the pattern is written comes from the
verb lexicon loaded now; when the stored lexicon version differs, the page says so.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from detente.lexicons.verbs import load_verbs
from detente.store import Store


@dataclass(frozen=True, slots=True, kw_only=True)
class CodingStep:
    """One line of the explanation: the stage, what it found, and the rule or cue behind it."""

    stage: str
    found: str
    why: str


def how_coded(record: Mapping[str, Any], sources: Mapping[str, str]) -> tuple[CodingStep, ...]:
    """The stages that coded this record, from trigger to place, in the order they ran."""
    pattern = str(record.get("pattern_id") or "")
    where = ", ".join(sources.get(part, f"{part} (not in the current lexicon)")
                      for part in pattern.split("+") if part)
    trigger = record.get("trigger") or {}
    location = record.get("location") or {}
    steps = [
        CodingStep(stage="trigger", found=repr(trigger.get("text", "")),
                   why=f"pattern {pattern} ({where})" if pattern else "no pattern recorded"),
        *(_party("actor", m) for m in record.get("actor") or ()),
        *(_party("recipient", m) for m in record.get("recipient") or ()),
        CodingStep(stage="code", found=f"{record.get('event_type')} / CAMEO {record.get('cameo')}",
                   why=f"Goldstein {record.get('goldstein')}, "
                   f"QuadClass {record.get('quad_class')}"),
        CodingStep(stage="modality", found=str(record.get("modality")),
                   why=str(record.get("modality_cue") or "not recorded by this lexicon version")),
        CodingStep(stage="date", found=str(record.get("date") or "none"),
                   why=f"{record.get('date_rule')} ({record.get('date_precision') or 'no'} "
                   "precision)"),
        CodingStep(stage="place", found=str(location.get("name") or "not placed"),
                   why=str(location.get("rule") or "")),
    ]  # fmt: skip
    return tuple(steps)


def _party(role: str, mention: Mapping[str, Any]) -> CodingStep:
    codes = f"{mention.get('country') or '?'} {mention.get('sector') or '-'}"
    return CodingStep(
        stage=role, found=f"{mention.get('text')!r} → {codes}", why=f"rule {mention.get('rule')}"
    )


def stored_record(store: Store, mention_id: str) -> dict[str, Any] | None:
    """The public record the coder wrote for one mention, or None when there is none."""
    rows = store.rows("SELECT record FROM mentions WHERE mention_id = ?", [mention_id])
    if not rows or rows[0][0] is None:
        return None
    value = rows[0][0]
    return json.loads(value) if isinstance(value, str) else dict(value)


@functools.cache
def verb_sources() -> Mapping[str, str]:
    """Where each shipped pattern is written ("verbs.yaml:123"), read once per process."""
    return load_verbs().sources
