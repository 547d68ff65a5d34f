"""What the loaded lexicons hold per source and kind: the figures `detente lexicon stats` prints."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from detente.lexicons.actor_index import Disagreement
from detente.lexicons.actors import load_actor_lexicon
from detente.lexicons.petrarch.discards import SHIPPED_DISCARDS, load_discards


@dataclass(frozen=True, slots=True, kw_only=True)
class StatRow:
    """One line of the summary: how many entries of a kind a source gave, or left out and why."""

    source: str
    tier: str  # own / user / user-petrarch / imported
    kind: str  # countries, people … ; "skipped: <reason>", "shadowed, agreeing" …
    count: int


@dataclass(frozen=True, slots=True, kw_only=True)
class LexiconSummary:
    """Every row, the compiled actor index's version and the disagreements with our entries."""

    version: str
    rows: tuple[StatRow, ...]
    disagreements: tuple[Disagreement, ...]
    problems: tuple[str, ...]


def summarise_lexicons(actor_files: Sequence[Path] = (), agent_files: Sequence[Path] = (),
                       discard_files: Sequence[Path] = ()) -> LexiconSummary:
    """Load the actor lexicon and discard lists and count what each source contributed."""
    lexicon = load_actor_lexicon(actor_files, agent_files)
    rows: list[StatRow] = []
    problems: list[str] = []
    shadowing = lexicon.shadowing
    for source in lexicon.sources:
        rows += [StatRow(source=source.origin, tier=source.tier, kind=kind, count=n)
                 for kind, n in source.entries.items()]
        rows += [StatRow(source=source.origin, tier=source.tier, kind=f"skipped: {reason}",
                         count=n) for reason, n in sorted(source.skipped.items())]
        if shadowing is not None and source.tier not in ("own", "user"):
            for label, counts in (("names a stronger file holds, agreeing", shadowing.agreeing),
                                  ("names a stronger file holds, disagreeing",
                                   shadowing.disagreeing),
                                  ("names our own names spell word by word", shadowing.composed)):
                rows.append(StatRow(source=source.origin, tier=source.tier, kind=label,
                                    count=counts.get(source.origin, 0)))
        problems += source.problems
    discards = load_discards(discard_files)
    for origin in dict.fromkeys(d.source.rsplit(":", 1)[0] for d in discards.entries):
        mine = [d for d in discards.entries if d.source.rsplit(":", 1)[0] == origin]
        tier = "imported" if origin == SHIPPED_DISCARDS else "user"
        name = Path(origin).name if tier == "imported" else origin
        rows.append(StatRow(source=name, tier=tier, kind="discards (sentence)",
                            count=sum(not d.story for d in mine)))
        rows.append(StatRow(source=name, tier=tier, kind="discards (story)",
                            count=sum(d.story for d in mine)))
    return LexiconSummary(version=lexicon.version, rows=tuple(rows),
                          disagreements=shadowing.examples if shadowing else (),
                          problems=tuple(problems))
