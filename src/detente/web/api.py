"""JSON routes: each parses its query, calls one library function and returns a schema."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Response

from detente.analysis.actors import ActorQuery
from detente.analysis.dyads import DyadQuery, Interval, Unit
from detente.analysis.evidence import (
    MAX_PAGE_SIZE,
    EventQuery,
    article_evidence,
    event_evidence,
    page_events,
)
from detente.analysis.schemas import (
    ActorOut,
    ArticleOut,
    DyadListItem,
    DyadOut,
    EventEvidenceOut,
    EventPageOut,
    HealthOut,
)
from detente.web.deps import CODE, AnswersDep, By, Code, CountUnit, Since, StoreDep, Until
from detente.web.limits import check_periods

router = APIRouter(prefix="/api", tags=["api"])

MAX_DYADS = 200  # the dyad picker never needs more
MAX_COUNT = 2**31 - 1  # counts are 32-bit in the store: a larger bound is a 422, not an overflow


@router.get("/health")
def health(store: StoreDep) -> HealthOut:
    """The server is up; which database it reads and how much it holds."""
    events, articles = store.rows(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM articles)"
    )[0]
    return HealthOut(
        status="ok", database=store.path.name, read_only=store.read_only,
        schema_version=store.rows("SELECT coalesce(max(number), 0) FROM schema_migrations")[0][0],
        events=events, articles=articles,
    )


@router.get("/dyads")
def dyads(
    store: StoreDep, top: Annotated[int, Query(ge=1, le=MAX_DYADS)] = 50
) -> list[DyadListItem]:
    """Directed country pairs with the most unique events."""
    return [DyadListItem.model_validate(d) for d in store.top_dyads(top)]


@router.get("/dyads/{actor}/{recipient}", response_model=DyadOut)
def dyad(
    answers: AnswersDep,
    store: StoreDep,
    actor: Code,
    recipient: Code,
    by: By = Interval.month,
    directed: bool = True,
    unit: CountUnit = Unit.events,
    normalise: bool = False,
    since: Since = None,
    until: Until = None,
) -> Response:
    """A dyad's time series (QuadClass and type counts, Goldstein) and its changes."""
    check_periods(store, since, until, by)
    query = DyadQuery(
        actor=actor, recipient=recipient, by=by, directed=directed, unit=unit,
        normalise=normalise, since=since, until=until,
    )
    # Already DyadOut's JSON (see dyad_json); the schema above still documents it.
    return Response(answers.dyad(query), media_type="application/json")


@router.get("/actors/{code}", response_model=ActorOut)
def actor(
    answers: AnswersDep,
    store: StoreDep,
    code: Code,
    by: By = Interval.month,
    unit: CountUnit = Unit.events,
    since: Since = None,
    until: Until = None,
    top: Annotated[int, Query(ge=1, le=100)] = 10,
) -> Response:
    """An actor's top partners, top event types and timeline."""
    check_periods(store, since, until, by)
    query = ActorQuery(code=code, by=by, unit=unit, since=since, until=until, top=top)
    return Response(answers.actor(query), media_type="application/json")


@router.get("/events")
def events(
    store: StoreDep,
    actor: Annotated[str | None, Query(pattern=CODE)] = None,
    recipient: Annotated[str | None, Query(pattern=CODE)] = None,
    directed: bool = True,
    since: Since = None,
    until: Until = None,
    event_type: Annotated[str | None, Query(pattern=r"^[A-Z]{2,16}$")] = None,
    quad_class: Annotated[int | None, Query(ge=1, le=4)] = None,
    min_mentions: Annotated[int | None, Query(ge=1, le=MAX_COUNT)] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
) -> EventPageOut:
    """Unique events matching the filters, oldest first, a page at a time."""
    query = EventQuery(
        actor=actor, recipient=recipient, directed=directed, since=since, until=until,
        event_type=event_type, quad_class=quad_class, min_mentions=min_mentions, page=page,
        page_size=page_size,
    )
    return EventPageOut.of(page_events(store, query))


@router.get("/events/{event_id:path}")
def event(store: StoreDep, event_id: Annotated[str, Path(max_length=128)]) -> EventEvidenceOut:
    """One event and every sentence that reports it."""
    found = event_evidence(store, event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return EventEvidenceOut.of(found)


@router.get("/articles/{article_id:path}")
def article(
    store: StoreDep,
    article_id: Annotated[str, Path(max_length=512)],
    mention: Annotated[str | None, Query(max_length=128)] = None,
) -> ArticleOut:
    """An article's text in pieces, the chosen mention's sentence, trigger and parties marked."""
    found = article_evidence(store, article_id, mention_id=mention)
    if found is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return ArticleOut.of(found)
