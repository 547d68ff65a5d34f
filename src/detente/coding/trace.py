"""The explanation of a coding run: every trigger candidate of a sentence and what became of it.

``detente code --explain`` prints these records (detente.records: SentenceTrace and its parts);
they hold only plain values, so the same trace can be written as a table or as JSON lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, replace
from typing import TYPE_CHECKING

from spacy.tokens import Span

from detente.coding.coder import Coder
from detente.coding.outcome import Rejected
from detente.coding.setting import modality_cue
from detente.records import ActorMention, CandidateTrace, Event, PartyTrace, SentenceTrace

if TYPE_CHECKING:
    from detente.coding.events import Outcome
    from detente.coding.triggers import Skipped


def trace_sentence(
    coder: Coder,
    sent: Span,
    index: int,
    outcomes: Sequence[Outcome],
    skipped: Sequence[Skipped],
) -> SentenceTrace:
    """The trace of one sentence: candidates in text order, then trigger words that gave none."""
    candidates = [_traced(coder, o) for o in outcomes]
    candidates += [_skipped(s) for s in skipped]
    candidates.sort(key=lambda c: c.start)
    stage = reason = None
    if not candidates:
        stage, reason = "triggers", "no-trigger"
    return SentenceTrace(
        index=index,
        start=sent.start_char,
        text=sent.text.rstrip(),
        candidates=tuple(candidates),
        stage=stage,
        reason=reason,
    )


def pattern_sources(coder: Coder, pattern_id: str) -> tuple[str, ...]:
    """Where the pattern (or each part of a composed one, "commit+consult.meet") is written."""
    return tuple(
        coder.verbs.sources.get(part, f"{part} (built in)") for part in pattern_id.split("+")
    )


def _traced(coder: Coder, outcome: Outcome) -> CandidateTrace:
    match, doc = outcome.match, outcome.match.head.doc
    first, last = doc[match.trigger[0]], doc[match.trigger[1] - 1]
    parties, framing, setting = outcome.parties, outcome.framing, outcome.setting
    event, rejected = outcome.event, outcome.rejected
    return CandidateTrace(
        trigger=doc[first.i : last.i + 1].text,
        start=first.idx,
        end=last.idx + len(last.text),
        pattern_id=match.pattern_id,
        sources=pattern_sources(coder, match.pattern_id),
        cameo=match.cameo,
        actor=tuple(_party(m) for m in parties.actor) if parties else (),
        recipient=tuple(_party(m) for m in parties.recipient) if parties else (),
        modality=setting.modality if setting else framing.modality if framing else None,
        modality_cue=_cue(outcome),
        composed=framing.composed if framing else None,
        date=setting.when.date.isoformat() if setting and setting.when.date else None,
        date_rule=setting.when.rule if setting else None,
        location=setting.location.name if setting and setting.location else None,
        event_id=event.event_id if event else None,
        event_type=event.event_type if event else None,
        event_cameo=event.cameo if event else None,
        **_rejection(rejected),
    )


def _cue(outcome: Outcome) -> str | None:
    if outcome.framing is None:
        return None
    if outcome.setting is None:
        return outcome.framing.cue
    return modality_cue(outcome.framing, outcome.setting)


def _rejection(rejected: Rejected | None) -> dict[str, str | None]:
    if rejected is None:
        return {}
    return {
        "stage": rejected.stage,
        "reason": rejected.reason,
        "explanation": rejected.explanation,
    }


def _skipped(skipped: Skipped) -> CandidateTrace:
    token, rejected = skipped.token, skipped.rejected
    return CandidateTrace(
        trigger=token.text,
        start=token.idx,
        end=token.idx + len(token.text),
        stage=rejected.stage,
        reason=rejected.reason,
        explanation=rejected.explanation,
    )


def _party(mention: ActorMention) -> PartyTrace:
    return PartyTrace(**{f.name: getattr(mention, f.name) for f in fields(PartyTrace)})


def with_relevance(
    sentences: Sequence[SentenceTrace], events: Sequence[Event]
) -> list[SentenceTrace]:
    """The traces with each coded candidate's relevance decision, once the stage has run."""
    decided = {e.event_id: "relevant" if e.relevant else f"irrelevant: {e.relevance}"
               for e in events}  # fmt: skip
    def marked(c: CandidateTrace) -> CandidateTrace:
        return replace(c, relevance=decided.get(c.event_id)) if c.event_id else c

    return [replace(s, candidates=tuple(marked(c) for c in s.candidates)) for s in sentences]
