"""Where events happened: the gazetteer and the choice of each event's place."""

from detente.geo.gazetteer import Candidate, Gazetteer, load_gazetteer

__all__ = ["Candidate", "Gazetteer", "load_gazetteer"]
