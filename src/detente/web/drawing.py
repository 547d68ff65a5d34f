"""What pages draw on the server: the shaded world map, sparklines and the filter form's state."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from detente.analysis.filters import MODALITIES, EventFilter
from detente.analysis.places import PlaceCounts
from detente.lexicons.ontology import PLOVER_TYPES
from detente.web.worldmap import world_map

QUAD_LABELS = {
    1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
    4: "material conflict",
}
SHADES = 5  # map shading steps (CSS classes shade-1 … shade-5), on a log scale of events
SPARK_WIDTH, SPARK_HEIGHT = 120, 24
# City points grow with the square root of their events (area ∝ count), within these radii.
MIN_RADIUS, MAX_RADIUS = 2.5, 11.0


@dataclass(frozen=True, slots=True, kw_only=True)
class MapShape:
    """A country on the drawn map."""

    code: str
    name: str
    path: str
    events: int
    shade: int  # 0: no events


@dataclass(frozen=True, slots=True, kw_only=True)
class MapPoint:
    """A city on the drawn map."""

    name: str
    country: str | None
    x: float
    y: float
    r: float
    events: int


def _shade(events: int, most: int) -> int:
    if events <= 0 or most <= 0:
        return 0
    return 1 + min(SHADES - 1, int(SHADES * math.log1p(events) / math.log1p(most + 1)))


def draw_world(places: PlaceCounts) -> dict[str, Any]:
    """The map's shapes shaded by events per country, and its city points, busiest drawn last."""
    world = world_map()
    counts = {c.country: c.events for c in places.countries}
    most = max(counts.values(), default=0)
    shapes = [
        MapShape(code=s.code, name=s.name, path=s.path, events=counts.get(s.code, 0),
                 shade=_shade(counts.get(s.code, 0), most))
        for s in world.shapes
    ]
    top = max((p.events for p in places.places), default=1)
    points = []
    for place in reversed(places.places):  # the busiest last, so on top
        x, y = world.point(place.lat, place.lon)
        r = MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * math.sqrt(place.events / top)
        points.append(MapPoint(name=place.name, country=place.country, x=x, y=y, r=round(r, 1),
                               events=place.events))
    drawn = {s.code for s in shapes}
    return {
        "width": world.width, "height": world.height, "outline": world.outline,
        "shapes": shapes, "points": points,
        "located": places.located, "unlocated": places.unlocated, "most": most,
        "missing": [c for c in places.countries if c.country not in drawn],
    }


def sparkline(trend: tuple[int, ...]) -> str:
    """SVG polyline points of a small trend line, highest value at the top."""
    if not trend:
        return ""
    top = max(trend) or 1
    step = SPARK_WIDTH / max(1, len(trend) - 1)
    return " ".join(
        f"{i * step:.1f},{SPARK_HEIGHT - 2 - (SPARK_HEIGHT - 4) * v / top:.1f}"
        for i, v in enumerate(trend)
    )


def filter_form(events: EventFilter) -> dict[str, Any]:
    """The filter controls' options and current values."""
    return {
        "types": PLOVER_TYPES, "type": events.event_type or "",
        "quads": [(q, label, q in events.quad_classes) for q, label in QUAD_LABELS.items()],
        "modalities": MODALITIES, "modality": events.modality or "any",
        "since": events.since.isoformat() if events.since else "",
        "until": events.until.isoformat() if events.until else "",
    }
