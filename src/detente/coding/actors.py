"""Resolve an actor noun phrase to a country, PLOVER sector and name on the event's date."""

from __future__ import annotations

import datetime as dt

from detente.coding.actor_state import ActorCode, ActorMemory, describe
from detente.coding.phrase import Phrase
from detente.coding.phrase_acronyms import acronyms_read
from detente.coding.phrase_bodies import short_form
from detente.coding.phrase_parts import (
    without_glued_dateline,
    without_name_parts,
    without_namesake_capitals,
)
from detente.coding.phrase_repeats import repeated_noun
from detente.coding.phrase_roles import without_native_names
from detente.coding.phrase_union import union_government
from detente.coding.spelled_acronyms import without_spelled_acronyms
from detente.coding.style_adjectives import without_style_adjectives
from detente.lexicons.actors import ActorLexicon, load_actor_lexicon
from detente.lexicons.english import english

__all__ = [
    "ActorCode",
    "ActorLexicon",
    "ActorMemory",
    "describe",
    "load_actor_lexicon",
    "resolve_actor",
    "resolve_actors",
]


def resolve_actor(
    lexicon: ActorLexicon, text: str, *, date: dt.date | None = None,
    context: str | None = None, memory: ActorMemory | None = None,
) -> ActorCode | None:  # fmt: skip
    """The best single code for a phrase: first-named country, head-noun sector; None if unknown."""
    codes = resolve_actors(lexicon, text, date=date, context=context, memory=memory)
    return codes[0] if codes else None


def resolve_actors(
    lexicon: ActorLexicon,
    text: str,
    *,
    date: dt.date | None = None,
    context: str | None = None,
    memory: ActorMemory | None = None,
    places: frozenset[str] | None = None,
) -> tuple[ActorCode, ...]:
    """Every actor a phrase names: compound phrases and "both sides" give several codes.

    ``places`` (the countries of the article's places) reads its acronyms when neither a
    context nor a memory is given (actors12: a name remembered from the article)."""
    tokens, matches = lexicon.scan(text)
    if not tokens:
        return ()
    matches = without_namesake_capitals(tokens, without_name_parts(text, tokens, matches))
    matches = without_glued_dateline(tokens, matches)
    matches = without_native_names(tokens, matches, english().words)
    matches = without_style_adjectives(tokens, matches)  # lead18: "an Italian grocery"
    matches = without_spelled_acronyms(tokens, matches, context)  # lead18: "the FSA"
    matches = acronyms_read(lexicon, tokens, matches, context, memory, places)  # actors12
    phrase = Phrase(
        lexicon=lexicon, text=text, tokens=tokens, matches=matches, date=date, context=context,
        memory=memory, words=english().words,
    )  # fmt: skip
    if phrase.cannot_act():
        return ()
    codes = (
        phrase.pair() or phrase.pronoun() or phrase.states_named() or short_form(phrase)
        or union_government(phrase) or repeated_noun(phrase) or phrase.resolve()
    )
    unique: dict[tuple[str | None, str | None, str | None], ActorCode] = {}
    for code in codes:
        unique.setdefault((code.country, code.sector, code.name), code)
    return tuple(unique.values())
