"""People whose surname is a country's name: "Becky Jordon", "Ann Israel", "Michael Jordan".

The actor lexicons read a country name wherever it stands, so a school-board president called
Jordan became the Jordanian government. A country word that ends a person's full name (the
tagger marks both words as one PERSON, and the words before it are no actor of their own) is
the person's surname: the phrase is read without that name, and the person is coded as any
private person named (by their role words, or as a bare name).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from detente.coding.actors import resolve_actors
from detente.coding.coder import Coder

# A country's own name, from our lexicons or a user's file.
COUNTRY_RULES = frozenset({"country-name", "user"})


def without_country_surnames(coder: Coder, span: Span, date: dt.date | None) -> str | None:
    """``span``'s text with each full name ending in a country's name blanked out (same
    length, so offsets hold), or None when it names no such person."""
    text = span.text
    blanked = False
    for token in span:
        name = _full_name(token, span)
        if name is None or not _country_word(coder, token, date):
            continue
        if any(_country_word(coder, given, date) for given in name[:-1]):
            continue  # "Israel Katz" ends no name with a country; "Saudi Arabia" is no person
        start, end = name.start_char - span.start_char, name.end_char - span.start_char
        text = text[:start] + " " * (end - start) + text[end:]
        blanked = True
    return text if blanked else None


def _full_name(token: Token, span: Span) -> Span | None:
    """The PERSON name ``token`` ends, when it has a given name before it inside ``span``."""
    if token.ent_type_ != "PERSON" or token.ent_iob_ != "I" or token.pos_ != "PROPN":
        return None
    after = token.i + 1
    if after < len(token.doc) and token.doc[after].ent_iob_ == "I":
        return None  # not the last word of the name
    start = token.i
    while start > span.start and token.doc[start].ent_iob_ == "I":
        start -= 1
    first = token.doc[start]
    if first.ent_type_ != "PERSON" or not first.text[:1].isupper():
        return None
    return token.doc[start : token.i + 1]


def story_context(coder: Coder, doc: Doc, chars: int, date: dt.date | None) -> str:
    """The first ``chars`` characters of the story, read as context for bare roles ("the
    ministry"), with people named after countries blanked: "Ann Israel" sets no story in
    Israel."""
    text = doc.text[:chars]
    span = doc.char_span(0, len(text), alignment_mode="contract") if text else None
    blanked = without_country_surnames(coder, span, date) if span is not None else None
    return text if blanked is None else blanked + text[len(blanked) :]


def _country_word(coder: Coder, token: Token, date: dt.date | None) -> bool:
    codes = resolve_actors(coder.actors, token.text, date=date)
    return any(
        c.country is not None and c.sector is None and c.rule in COUNTRY_RULES for c in codes
    )
