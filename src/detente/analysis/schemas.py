"""JSON shapes of analysis answers (the web API and `--format json`), checked by pydantic."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import to_json

from detente.analysis.actors import ActorSummary
from detente.analysis.changes import Change
from detente.analysis.dyads import DyadPeriod, DyadSeries
from detente.analysis.evidence import ArticleEvidence, EventEvidence, EventPage
from detente.analysis.keys import EventRef


class Model(BaseModel):
    """Base of every response: built from the library's records by attribute."""

    model_config = ConfigDict(from_attributes=True, frozen=True)


class EventOut(Model):
    """One unique event as listed in tables."""

    event_id: str
    date: dt.date | None
    actor_code: str | None
    actor_name: str | None
    recipient_code: str | None
    recipient_name: str | None
    event_type: str = Field(description="PLOVER 0.8 event type")
    mode: str | None
    cameo: str
    goldstein: float | None
    quad_class: int | None = Field(description="1 verbal coop., 2 material coop., 3 verbal "
                                   "conflict, 4 material conflict")
    modality: str
    location_name: str | None
    num_mentions: int
    num_sources: int
    num_articles: int
    confidence: float | None
    mention_id: str | None = Field(description="the representative mention")
    article_id: str | None
    source_url: str | None


class EventPageOut(Model):
    """A page of events, oldest first."""

    items: list[EventOut]
    total: int
    page: int
    page_size: int

    @classmethod
    def of(cls, page: EventPage) -> EventPageOut:
        """From the library's page."""
        return cls.model_validate(page)


class MentionOut(Model):
    """Where an article reports an event; offsets are characters into the article text."""

    mention_id: str
    event_id: str
    article_id: str
    article_title: str | None
    article_url: str | None
    source: str | None
    sentence_index: int
    sentence_start: int
    sentence_end: int
    sentence: str
    trigger_start: int
    trigger_end: int
    trigger_text: str
    actor_start: int | None
    actor_end: int | None
    recipient_start: int | None
    recipient_end: int | None
    confidence: float


class EventEvidenceOut(Model):
    """An event with every sentence that reports it."""

    event: EventOut
    mentions: list[MentionOut]

    @classmethod
    def of(cls, evidence: EventEvidence) -> EventEvidenceOut:
        """From the library's evidence."""
        return cls.model_validate(evidence)


class PieceOut(Model):
    """A run of article text with its marks (sentence, trigger, actor, recipient)."""

    text: str
    marks: list[str]


class ArticleOut(Model):
    """An article, its mentions, and its text cut into pieces around the focused mention."""

    article_id: str
    title: str | None
    url: str | None
    source: str | None
    date: dt.date | None
    duplicate_of: str | None
    text: str
    focus: str | None
    mentions: list[MentionOut]
    pieces: list[PieceOut]

    @classmethod
    def of(cls, article: ArticleEvidence) -> ArticleOut:
        """From the library's article evidence."""
        return cls.model_validate(article)


class DyadPeriodOut(Model):
    """One period of a dyad; counts are shares of all events when the series is normalised."""

    start: dt.date
    events: float
    verbal_cooperation: float
    material_cooperation: float
    verbal_conflict: float
    material_conflict: float
    cooperation: float
    conflict: float
    goldstein_sum: float
    goldstein_mean: float | None
    all_events: int | None
    types: dict[str, float]

    @classmethod
    def of(cls, period: DyadPeriod) -> DyadPeriodOut:
        """Name the QuadClass counts."""
        q1, q2, q3, q4 = period.quad
        return cls(
            start=period.start, events=period.events, verbal_cooperation=q1,
            material_cooperation=q2, verbal_conflict=q3, material_conflict=q4,
            cooperation=period.cooperation, conflict=period.conflict,
            goldstein_sum=period.goldstein_sum, goldstein_mean=period.goldstein_mean,
            all_events=period.all_events, types=dict(period.types),
        )


class EventRefOut(Model):
    """Enough of an event to list it; ``/api/events/{event_id}`` has the rest."""

    event_id: str
    date: dt.date
    actor_code: str
    recipient_code: str
    event_type: str
    quad_class: int | None
    goldstein: float | None
    num_mentions: int


class ChangeOut(Model):
    """A shift in the cooperative share of a dyad's events, and the events behind it."""

    start: dt.date
    direction: str
    before: float
    after: float
    events_before: int
    events_after: int
    z: float
    events: list[EventRefOut]


class DyadOut(Model):
    """A dyad's time series and its changes."""

    actor: str
    recipient: str
    by: str
    directed: bool
    unit: str
    normalise: bool
    since: dt.date | None
    until: dt.date | None
    total: float
    types: list[str]
    periods: list[DyadPeriodOut]
    changes: list[ChangeOut]

    @classmethod
    def of(cls, series: DyadSeries, changes: tuple[Change, ...]) -> DyadOut:
        """From the library's series and changes."""
        q = series.query
        return cls(
            actor=q.actor, recipient=q.recipient, by=q.by.value, directed=q.directed,
            unit=q.unit.value, normalise=q.normalise, since=q.since, until=q.until,
            total=series.total, types=list(series.types),
            periods=[DyadPeriodOut.of(p) for p in series.periods],
            changes=[ChangeOut.model_validate(c) for c in changes],
        )


def dyad_json(series: DyadSeries, changes: tuple[Change, ...]) -> bytes:
    """``DyadOut.of(series, changes)`` as JSON, written without building the models.

    The same bytes (a test checks): each value is converted to its field's type, as validation
    would, and pydantic's own encoder writes them. A weekly decade has over 500 periods, and
    validating a model for each cost more than reading the dyad.
    """
    q = series.query
    out = {
        "actor": q.actor, "recipient": q.recipient, "by": q.by.value, "directed": q.directed,
        "unit": q.unit.value, "normalise": q.normalise, "since": q.since, "until": q.until,
        "total": float(series.total), "types": list(series.types),
        "periods": [_period_fields(p) for p in series.periods],
        "changes": [_change_fields(c) for c in changes],
    }
    return to_json(out, inf_nan_mode="null")  # pydantic's default for models


def _period_fields(period: DyadPeriod) -> dict[str, object]:
    q1, q2, q3, q4 = period.quad
    return {
        "start": period.start, "events": float(period.events), "verbal_cooperation": float(q1),
        "material_cooperation": float(q2), "verbal_conflict": float(q3),
        "material_conflict": float(q4), "cooperation": float(period.cooperation),
        "conflict": float(period.conflict), "goldstein_sum": float(period.goldstein_sum),
        "goldstein_mean": _float(period.goldstein_mean), "all_events": _int(period.all_events),
        "types": {t: float(n) for t, n in period.types.items()},
    }


def _change_fields(change: Change) -> dict[str, object]:
    return {
        "start": change.start, "direction": change.direction, "before": float(change.before),
        "after": float(change.after), "events_before": int(change.events_before),
        "events_after": int(change.events_after), "z": float(change.z),
        "events": [_ref_fields(e) for e in change.events],
    }


def _ref_fields(ref: EventRef) -> dict[str, object]:
    return {
        "event_id": ref.event_id, "date": ref.date, "actor_code": ref.actor_code,
        "recipient_code": ref.recipient_code, "event_type": ref.event_type,
        "quad_class": _int(ref.quad_class), "goldstein": _float(ref.goldstein),
        "num_mentions": int(ref.num_mentions),
    }


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


def _int(value: int | None) -> int | None:
    return None if value is None else int(value)


class DyadListItem(Model):
    """A directed country pair and its number of unique events and mentions."""

    actor: str
    recipient: str
    events: int
    mentions: int


class PartnerOut(Model):
    """A partner country of an actor."""

    country: str
    as_actor: int
    as_recipient: int
    cooperation: int
    conflict: int
    goldstein_mean: float | None


class TypeCountOut(Model):
    """An event type involving an actor."""

    event_type: str
    as_actor: int
    as_recipient: int


class ActorPeriodOut(Model):
    """An actor's events in one period."""

    start: dt.date
    as_actor: int
    as_recipient: int
    cooperation: int
    conflict: int


class ActorOut(Model):
    """An actor's partners, event types and timeline."""

    code: str
    by: str
    unit: str
    since: dt.date | None
    until: dt.date | None
    events: int
    partners: list[PartnerOut]
    types: list[TypeCountOut]
    timeline: list[ActorPeriodOut]

    @classmethod
    def of(cls, summary: ActorSummary) -> ActorOut:
        """From the library's summary."""
        q = summary.query
        return cls(
            code=q.code, by=q.by.value, unit=q.unit.value, since=q.since, until=q.until,
            events=summary.events,
            partners=[PartnerOut.model_validate(p) for p in summary.partners],
            types=[TypeCountOut.model_validate(t) for t in summary.types],
            timeline=[ActorPeriodOut.model_validate(p) for p in summary.timeline],
        )


class HealthOut(Model):
    """The server is up and reads this database."""

    status: str
    database: str
    read_only: bool
    schema_version: int
    events: int
    articles: int
