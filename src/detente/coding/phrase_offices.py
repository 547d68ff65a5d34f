"""Titles that say whose they are: offices only one state bears, ranks kept beyond an office."""

from __future__ import annotations

from collections.abc import Sequence

from detente.coding.phrase_state import Found
from detente.lexicons.actors import Token
from detente.lexicons.english import SenseWords


def national_office(tokens: Sequence[Token], stated: Found, senses: SenseWords) -> Found | None:
    """ "the Secretary of State condemned": a title that only one state's office bears names
    that state, not the country the story is about; "Secretary of State for Defence" (a British
    office) is another title."""
    if not stated.spans:
        return None
    start, end = stated.spans[0]
    country = senses.national_offices.get(" ".join(t.norm for t in tokens[start:end]))
    if country is None or (end < len(tokens) and tokens[end].norm == "for"):
        return None
    return Found(country=country, spans=stated.spans[:1], rule="agent")


def military_rank(tokens: Sequence[Token], start: int, end: int, senses: SenseWords) -> bool:
    """Whether tokens [start, end) are a military rank ("General", "Lt. Gen."), a title a person
    keeps whatever office they hold."""
    words = " ".join(t.norm.rstrip(".") for t in tokens[start:end])
    return words in senses.military_ranks
