"""Score actor/recipient spans against BIO source/target spans (S source, T target, R both)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from detente.errors import InputRejected
from detente.evaluation.scores import (
    RECORD,
    Coded,
    GoldFile,
    Score,
    score_each,
    score_of,
    skipped_dicts,
)
from detente.records import Event, InputError

ROLES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"S": ("source",), "T": ("target",), "R": ("source", "target")}
)
METRICS: tuple[str, ...] = (
    "source_overlap",  # gold sources overlapped by an actor span of the first event
    "target_overlap",  # gold targets overlapped by a recipient span of the first event
    # (an R span, both source and target, counts as overlapped by either side: see score_sentence)
    "source_overlap_any",  # ... by an actor span of any event
    "target_overlap_any",  # ... by a recipient span of any event
    "event_found",  # sentences with some event
)
# Tokens written apart in the file but joined in running text: no space before these...
_CLOSE = re.compile(r"^(?:[.,;:!?%)\]}”’']|'s|n't|'re|'ve|'ll|'d|'m)$", re.IGNORECASE)
# ... and none after these.
_OPEN = frozenset({"(", "[", "{", "“", "‘", "$", "€", "£"})
_WORD = re.compile(r"\w", re.UNICODE)


@dataclass(**RECORD)
class GoldSpan:
    """A gold span as character offsets into the sentence rebuilt from its tokens."""

    role: str  # S, T or R
    start: int
    end: int
    text: str


@dataclass(**RECORD)
class SpanSentence:
    """One gold sentence, rebuilt from its tokens, with its source/target spans."""

    origin: str  # file:line of the first token
    text: str
    spans: tuple[GoldSpan, ...]

    def of_role(self, role: str) -> tuple[GoldSpan, ...]:
        """Spans that are a source ("source") or a target ("target"); R spans are both."""
        return tuple(s for s in self.spans if role in ROLES[s.role])


def _joins_words(tokens: Sequence[str], i: int) -> bool:
    """Whether tokens[i] is a hyphen, or a dot in "U . S" or "5 . 3", between two word tokens."""
    if i < 1 or i + 1 >= len(tokens) or tokens[i] not in {"-", "."}:
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    if tokens[i] == "-":
        return bool(_WORD.match(before[-1:])) and bool(_WORD.match(after[:1]))
    letters = len(before) == len(after) == 1 and before.isalpha() and after.isalpha()
    return letters or (before.isdigit() and after.isdigit())


def _inner_letter(tokens: Sequence[str], i: int) -> bool:
    """Whether tokens[i] is an accented letter the file cut out of a word ("Pe ñ a Nieto",
    "Jos é Carreras"): one letter outside ASCII after a letter; French "à" stands alone."""
    if i < 1 or i + 1 >= len(tokens):
        return False
    token = tokens[i]
    if len(token) != 1 or token.isascii() or not token.isalpha() or token == "à":
        return False
    return tokens[i - 1][-1:].isalpha() and tokens[i + 1][:1].isalpha()


def _space_before(tokens: Sequence[str], i: int) -> bool:
    """Whether running text has a space between tokens[i - 1] and tokens[i]."""
    previous, token = tokens[i - 1], tokens[i]
    if previous in _OPEN or _joins_words(tokens, i) or _joins_words(tokens, i - 1):
        return False
    # "Pe ñ a" is one word; "Jos é Carreras" ends the word at the accent
    if _inner_letter(tokens, i) or (_inner_letter(tokens, i - 1) and token[:1].islower()):
        return False
    if token == "s" and previous in {"’", "'"}:  # the file splits "Yemen’s" into "Yemen ’ s"
        return False
    return not _CLOSE.match(token)


def join_tokens(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence text of `tokens` and each token's (start, end) character offsets in it."""
    # The file writes "rebel-held" and a dash between words alike ("- mostly"); both are joined,
    # which keeps compound words whole for the parser at the cost of a few run-together dashes.
    text = ""
    offsets: list[tuple[int, int]] = []
    for i, token in enumerate(tokens):
        if i and _space_before(tokens, i):
            text += " "
        offsets.append((len(text), len(text) + len(token)))
        text += token
    return text, offsets


def _spans(
    tags: Sequence[str], text: str, offsets: Sequence[tuple[int, int]]
) -> tuple[GoldSpan, ...]:
    """Spans of B-/I- tags; an I- tag that does not continue a span of its role starts one."""
    found: list[tuple[str, int, int]] = []  # (role, first token, last token)
    for i, tag in enumerate(tags):
        if tag == "O":
            continue
        kind, role = tag.split("-", 1)
        if kind == "I" and found and found[-1][0] == role and found[-1][2] == i - 1:
            found[-1] = (role, found[-1][1], i)
        else:
            found.append((role, i, i))
    spans = []
    for role, first, last in found:
        start, end = offsets[first][0], offsets[last][1]
        spans.append(GoldSpan(role=role, start=start, end=end, text=text[start:end]))
    return tuple(spans)


def _sentence(origin: str, rows: Sequence[tuple[str, str]]) -> SpanSentence:
    """A sentence from its (token, tag) rows."""
    text, offsets = join_tokens([token for token, _ in rows])
    return SpanSentence(origin=origin, text=text, spans=_spans([t for _, t in rows], text, offsets))


_TAG = re.compile(r"^(?:O|[BI]-[STR])$")


def read_spans(path: Path) -> GoldFile[SpanSentence]:
    """Read `token TAG` lines, sentences between blank lines; one with a bad line is skipped."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputRejected(str(path), f"cannot read gold file ({exc})") from exc
    records: list[SpanSentence] = []
    skipped: list[InputError] = []
    rows: list[tuple[str, str]] = []
    start, problem = 0, ""
    for lineno, line in enumerate([*lines, ""], start=1):
        if line.strip():
            start = start or lineno
            token, _, tag = line.strip().rpartition(" ")
            if not problem and (not token.strip() or not _TAG.match(tag)):
                problem = f"line {lineno}: {line.strip()!r} is not `token TAG` (O, B-/I- S, T or R)"
            rows.append((token.strip(), tag))
            continue
        if rows:
            origin = f"{path}:{start}"
            if problem:
                skipped.append(InputError(origin=origin, reason=problem))
            else:
                records.append(_sentence(origin, rows))
        rows, start, problem = [], 0, ""
    return GoldFile(records=tuple(records), skipped=tuple(skipped))


@dataclass(**RECORD)
class SpanResult:
    """Which gold spans of one sentence the coder's actor/recipient spans overlap."""

    origin: str
    text: str
    sources: tuple[str, ...]  # gold source span texts
    targets: tuple[str, ...]
    actors: tuple[str, ...]  # first event's actor span texts
    recipients: tuple[str, ...]
    source_hits: tuple[bool, ...]  # per gold source: overlapped by a first-event actor
    target_hits: tuple[bool, ...]
    source_hits_any: tuple[bool, ...]  # per gold source: overlapped by an actor of any event
    target_hits_any: tuple[bool, ...]
    events: int


def _overlaps(span: GoldSpan, ranges: Sequence[tuple[int, int]]) -> bool:
    return any(start < span.end and span.start < end for start, end in ranges)


def _hits(
    spans: Sequence[GoldSpan], own: list[tuple[int, int]], other: list[tuple[int, int]]
) -> tuple[bool, ...]:
    """Per gold span: overlapped by one of our spans of its side (R spans: of either side)."""
    # An R party of a reciprocal event (A meets B) is source and target at once; we code one
    # direction (A → B), so either of our sides counts for it.
    return tuple(_overlaps(s, own + other if s.role == "R" else own) for s in spans)


def score_sentence(sentence: SpanSentence, events: Sequence[Event]) -> SpanResult:
    """Compare the actor and recipient spans of the events with the gold spans."""
    first = events[0] if events else None
    actors = [(a.start, a.end) for a in first.actor] if first else []
    recipients = [(r.start, r.end) for r in first.recipient] if first else []
    all_actors = [(a.start, a.end) for e in events for a in e.actor]
    all_recipients = [(r.start, r.end) for e in events for r in e.recipient]
    sources, targets = sentence.of_role("source"), sentence.of_role("target")
    return SpanResult(
        origin=sentence.origin,
        text=sentence.text,
        sources=tuple(s.text for s in sources),
        targets=tuple(t.text for t in targets),
        actors=tuple(a.text for a in first.actor) if first else (),
        recipients=tuple(r.text for r in first.recipient) if first else (),
        source_hits=_hits(sources, actors, recipients),
        target_hits=_hits(targets, recipients, actors),
        source_hits_any=_hits(sources, all_actors, all_recipients),
        target_hits_any=_hits(targets, all_recipients, all_actors),
        events=len(events),
    )


@dataclass(**RECORD)
class SpanReport:
    """Scores of one coder on one BIO source/target gold set."""

    scores: Mapping[str, Score]
    records: tuple[SpanResult, ...]
    skipped: tuple[InputError, ...] = ()

    @property
    def metric_names(self) -> tuple[str, ...]:
        """The names floors may use."""
        return METRICS

    def metric(self, name: str) -> float | None:
        """The value of one score by name."""
        return self.scores[name].value

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the whole report."""
        return {
            "format": "spans",
            "n_records": len(self.records),
            "scores": {name: s.to_dict() for name, s in self.scores.items()},
            "skipped": skipped_dicts(self.skipped),
            "records": [
                {
                    "origin": r.origin,
                    "text": r.text,
                    "sources": list(r.sources),
                    "targets": list(r.targets),
                    "actors": list(r.actors),
                    "recipients": list(r.recipients),
                    "source_hits": list(r.source_hits),
                    "target_hits": list(r.target_hits),
                    "events": r.events,
                }
                for r in self.records
            ],
        }


def score_spans(
    gold: Sequence[SpanSentence], coded: Sequence[Coded], skipped: Sequence[InputError] = ()
) -> SpanReport:
    """Score the coded events of each gold sentence (same order); uncodable ones are skipped."""
    results, lost = score_each(
        gold, coded, skipped, origin=lambda g: g.origin, score=score_sentence
    )
    return SpanReport(
        scores=MappingProxyType(
            {
                "source_overlap": score_of([h for r in results for h in r.source_hits]),
                "target_overlap": score_of([h for r in results for h in r.target_hits]),
                "source_overlap_any": score_of([h for r in results for h in r.source_hits_any]),
                "target_overlap_any": score_of([h for r in results for h in r.target_hits_any]),
                "event_found": score_of([r.events > 0 for r in results]),
            }
        ),
        records=tuple(results),
        skipped=tuple(lost),
    )
