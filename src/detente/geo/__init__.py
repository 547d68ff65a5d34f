"""Where events happened: the gazetteer and the choice of each event's place."""

from detente.geo.gazetteer import Candidate, Gazetteer, load_gazetteer
from detente.geo.locate import ArticlePlaces, extract_places, locate_event, resolve_place

__all__ = [
    "ArticlePlaces",
    "Candidate",
    "Gazetteer",
    "extract_places",
    "load_gazetteer",
    "locate_event",
    "resolve_place",
]
