"""Parsing stage: build the spaCy pipeline from Settings and stream articles through it."""

from detente.parse.nlp import iter_parsed, load_nlp

__all__ = ["iter_parsed", "load_nlp"]
