"""A people's adjective naming a style, a cuisine or a language, not a state: "an Italian
grocery store", "the Greek festival", "Chinese food", "Spanish classes".

Such words tell what kind of shop, dish or lesson it is; the story is not set in that country.
Read as context they made the police of a Pennsylvania town Italian. The adjective before one
of the `style_nouns` lends the story's context no country, and a phrase whose head is such a
noun ("a Westmoreland County Italian grocery store") names no party of that country; "Chinese
food safety regulators", whose head is no such noun, is still China's.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from detente.lexicons.actors import ActorLexicon, Match, Token
from detente.lexicons.english import english


def style_adjective_starts(lexicon: ActorLexicon, context: str) -> frozenset[int]:
    """Token starts of the context's country adjectives that name a style, not a state."""
    tokens, matches = lexicon.scan(context, keep=False)
    nouns = english().words.style_nouns
    return frozenset(
        m.start
        for m in matches
        if m.term.kind == "adjective" and m.end < len(tokens) and tokens[m.end].norm in nouns
    )


def without_style_adjectives(
    tokens: Sequence[Token], matches: tuple[Match, ...]
) -> tuple[Match, ...]:
    """A phrase's matches without a country adjective whose following words, to the phrase's
    end, are all style nouns ("Italian grocery store", "Chinese food")."""
    nouns = english().words.style_nouns
    return tuple(
        m
        for m in matches
        if not (
            m.term.kind == "adjective"
            and m.end < len(tokens)
            and all(t.norm in nouns for t in tokens[m.end :])
        )
    )


def styled_entity(ent: Span) -> bool:
    """Whether a nationality entity ("Italian", tagged NORP) describes the noun after it as a
    style ("Italian grocery store"), so that it names no party to remember."""
    doc = ent.doc
    return (
        ent.label_ == "NORP"
        and ent.end < len(doc)
        and doc[ent.end].lower_ in english().words.style_nouns
    )
