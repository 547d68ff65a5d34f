"""HTML pages: each names its JSON twin (a link rel=alternate) and renders with autoescaping."""

from __future__ import annotations

import pathlib
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from detente.analysis.actors import ActorQuery, actor_summary
from detente.analysis.evidence import article_evidence, event_evidence
from detente.analysis.explained import how_coded, stored_record, verb_sources
from detente.analysis.filters import EventFilter
from detente.analysis.search import related_actors
from detente.web.deps import CODE, FilterDep, StoreDep, ViewsDep
from detente.web.drawing import QUAD_LABELS, draw_world, filter_form, sparkline

router = APIRouter(include_in_schema=False)
# Jinja2Templates escapes every {{ value }} in .html templates: stored text cannot become markup.
templates = Jinja2Templates(directory=pathlib.Path(__file__).resolve().parent / "templates")


def _page(request: Request, template: str, twin: str, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, template, {"twin": twin, **context})


def _query_string(request: Request) -> str:
    """The page's own query string (its filters), for its twin and links."""
    query = request.url.query
    return f"?{query}" if query else ""


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request, views: ViewsDep, events: FilterDep) -> HTMLResponse:
    """What the store holds: figures, a map, busiest dyads, types and the latest turns."""
    overview = views.overview(events)
    places = views.places(events, None, None, True)
    twin = "/api/overview" + _query_string(request)
    return _page(
        request, "overview.html", twin, overview=overview, world=draw_world(places),
        sparks=[sparkline(d.trend) for d in overview.dyads], form=filter_form(events),
        quads=QUAD_LABELS, filters=_query_string(request),
        by_type="?" + urlencode([
            (k, v) for k, v in request.query_params.multi_items() if k != "type"
        ] + [("type", "")]),
    )


@router.get("/dyads", response_class=HTMLResponse, response_model=None)
def dyad_picker(request: Request, store: StoreDep) -> HTMLResponse | RedirectResponse:
    """The busiest dyad, or the dyad picker of an empty store."""
    top = store.top_dyads(1)
    if top:
        where = f"/dyads/{quote(top[0].actor)}/{quote(top[0].recipient)}"
        return RedirectResponse(where + _query_string(request), status_code=302)
    return _page(
        request, "dashboard.html", "/api/dyads", actor="", recipient="",
        form=filter_form(EventFilter()),
    )


@router.get("/dyads/{actor}/{recipient}", response_class=HTMLResponse)
def dyad_page(
    request: Request,
    events: FilterDep,
    actor: Annotated[str, Path(pattern=CODE)],
    recipient: Annotated[str, Path(pattern=CODE)],
) -> HTMLResponse:
    """A dyad under the filters: both directions, the Goldstein line, changes and events."""
    a, r = actor.upper(), recipient.upper()
    twin = f"/api/series/{a}/{r}" + _query_string(request)
    return _page(
        request, "dashboard.html", twin, actor=a, recipient=r, form=filter_form(events)
    )


DYAD_LIST = r"^[A-Za-z0-9]{1,24}-[A-Za-z0-9]{1,24}(,[A-Za-z0-9]{1,24}-[A-Za-z0-9]{1,24}){0,2}$"


@router.get("/compare", response_class=HTMLResponse)
def compare_page(
    request: Request,
    store: StoreDep,
    events: FilterDep,
    dyads: Annotated[str | None, Query(pattern=DYAD_LIST)] = None,
) -> HTMLResponse:
    """Two or three dyads on one chart (the store's busiest when none are named)."""
    if dyads:
        pairs = [(a, r) for a, r in (d.upper().split("-") for d in dyads.split(","))]
    else:
        pairs = [(d.actor, d.recipient) for d in store.top_dyads(3)] or [("CHN", "PRK")]
    twin = f"/api/series/{quote(pairs[0][0])}/{quote(pairs[0][1])}"
    return _page(
        request, "compare.html", twin, pairs=pairs, form=filter_form(events),
        dyads=",".join(f"{a}-{r}" for a, r in pairs),
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, views: ViewsDep, q: Annotated[str, Query(max_length=100)] = ""
) -> HTMLResponse:
    """Actors by name, alias or code, each with the code its events carry."""
    hits = views.search(q) if q.strip() else ()
    country = hits[0].actor.country if hits and hits[0].actor.kind == "country" else None
    related = related_actors(views.names(), country) if country else ()
    return _page(
        request, "search.html", "/api/search?" + urlencode({"q": q or "?"}), q=q,
        search_text=q, hits=hits, related=related, country=country,
    )


@router.get("/actors/{code}", response_class=HTMLResponse)
def actor_page(
    request: Request, store: StoreDep, code: Annotated[str, Path(pattern=CODE)]
) -> HTMLResponse:
    """An actor's partners, event types and timeline."""
    summary = actor_summary(store, ActorQuery(code=code))
    return _page(request, "actor.html", f"/api/actors/{summary.query.code}", summary=summary)


@router.get("/events/{event_id:path}", response_class=HTMLResponse)
def event_page(
    request: Request, store: StoreDep, event_id: Annotated[str, Path(max_length=128)]
) -> HTMLResponse:
    """An event and the sentences that report it."""
    found = event_evidence(store, event_id)
    if found is None:
        raise HTTPException(404, "no such event")
    record = stored_record(store, found.event.mention_id) if found.event.mention_id else None
    steps = how_coded(record, verb_sources()) if record else ()
    version = record.get("lexicon_version") if record else None
    return _page(
        request, "event.html", f"/api/events/{quote(event_id)}", evidence=found, steps=steps,
        lexicon_version=version,
    )  # fmt: skip


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(
    request: Request,
    store: StoreDep,
    article_id: Annotated[str, Path(max_length=512)],
    mention: Annotated[str | None, Query(max_length=128)] = None,
) -> HTMLResponse:
    """An article with one mention's sentence, trigger and parties highlighted."""
    found = article_evidence(store, article_id, mention_id=mention)
    if found is None:
        raise HTTPException(404, "no such article")
    twin = f"/api/articles/{quote(article_id)}"
    if mention:
        twin += "?" + urlencode({"mention": mention})
    return _page(request, "article.html", twin, article=found)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API reference, drawn from the OpenAPI schema without any outside script."""
    schema = request.app.openapi()
    endpoints = [
        {
            "method": method.upper(),
            "path": path,
            "summary": op.get("description") or op.get("summary", ""),
            "params": [
                {
                    "name": p["name"],
                    "where": p["in"],
                    "required": p.get("required", False),
                    "description": p.get("description", ""),
                }
                for p in op.get("parameters", [])
            ],
        }
        for path, methods in schema.get("paths", {}).items()
        for method, op in methods.items()
    ]
    return _page(request, "docs.html", "/openapi.json", endpoints=endpoints)
