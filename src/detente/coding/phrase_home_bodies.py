"""A body every state has exactly one of, named with no country: "the central bank".

A story that says "the central bank" or "the Reserve Bank" without saying whose means the one it
introduced before ("the Reserve Bank of Australia … the central bank"), or else the one of the
country the story is set in: an Australian story about interest rates speaks of Australia's. The
country a story named last ("against the US dollar") or first in its context is a poor guess for
it, and the memory's latest party of the same sector (any government) no better.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from detente.coding.actor_state import ActorCode
from detente.coding.phrase_state import Found
from detente.lexicons.english import english

# The rules of a country that was only guessed (the article's context or memory).
GUESSED_RULES = frozenset({"context", "reference"})


def home_body(
    where: Found | None, body: str, recent: Iterable[ActorCode], home: str | None
) -> Found | None:
    """The country of "the central bank" (``body``, the stated words) when its country was
    guessed: a central bank the story named before, else the story's home; None when the guess
    stands (not such a body, nothing guessed, or neither is known)."""
    senses = english().senses
    if where is None or where.rule not in GUESSED_RULES or body not in senses.home_bodies:
        return None
    for code in recent:
        if code.country and _names_a_body(code.matched, senses.home_body_names):
            return Found(country=code.country, org=code.org, rule="reference")
    if home is not None:
        return Found(country=home, rule="context")
    return None


def _names_a_body(text: str, names: frozenset[str]) -> bool:
    """Whether a remembered party's words hold one of the body's own name words."""
    words = " ".join(re.findall(r"[a-z]+", text.lower()))
    return any(re.search(rf"\b{re.escape(n)}\b", words) for n in names)
