"""Hand-made events for the evaluator tests: only the fields the scorers read are meaningful."""

from __future__ import annotations

from collections.abc import Sequence

from detente.records import ActorMention, Event, Span


def mention(
    country: str, sector: str | None = None, *, at: tuple[int, int] = (0, 0)
) -> ActorMention:
    """An actor or recipient with its codes and character offsets."""
    return ActorMention(text=country, start=at[0], end=at[1], country=country, sector=sector)


def event(
    event_type: str,
    actors: Sequence[ActorMention] = (),
    recipients: Sequence[ActorMention] = (),
    *,
    cameo: str = "010",
) -> Event:
    """An event of a PLOVER type and CAMEO code with its actors and recipients."""
    return Event(
        doc_id="d",
        event_id=f"d:{event_type}:{cameo}",
        sentence_index=0,
        sentence="",
        sentence_start=0,
        date=None,
        event_type=event_type,
        mode=None,
        context=(),
        cameo=cameo,
        goldstein=0.0,
        quad_class=1,
        actor=tuple(actors),
        recipient=tuple(recipients),
        trigger=Span(text="", start=0, end=0),
        confidence=1.0,
        lexicon_version="test",
        pattern_id="test",
    )
