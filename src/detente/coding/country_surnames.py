"""People whose surname is a country's name or people's word: "Becky Jordon", "Ann Israel",
"Tom French", "Kevin Washington".

The actor lexicons read a country name wherever it stands, so a school-board president called
Jordon became the Jordanian government. A place word that ends a person's full name (the
tagger marks the words as one PERSON, and no word before it is a place word too) is the
person's surname: it is blanked out of the phrase (same length, so offsets hold), and the person
is coded as any private person named, by their role words or as a bare name. The story's context
for bare roles is read the same way, so "Ann Israel" sets no story in Israel.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from detente.coding.coder import Coder
from detente.lexicons.actor_index import PLACE_KINDS, fold


def without_country_surnames(coder: Coder, span: Span) -> str | None:
    """``span``'s text with each surname that is a place word blanked out, or None when it
    names no such person."""
    if not any(t.ent_type_ == "PERSON" for t in span):
        return None  # the usual case, told without building the document's entity spans
    surnames = [ent[-1] for ent in span.ents if _country_surname(coder, ent)]
    if not surnames:
        return None
    text = span.text
    for token in surnames:
        start, end = token.idx - span.start_char, token.idx + len(token.text) - span.start_char
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def story_context(coder: Coder, doc: Doc, text: str) -> str:
    """``text`` (the start of the story as written; the parsed ``doc`` may have respelt a
    character or two, never moved one), read as context for bare roles ("the ministry"), with
    surnames that are place words blanked."""
    chars = len(text)
    if not any(ent.start_char < chars and _country_surname(coder, ent) for ent in doc.ents):
        return text  # the usual case: the text as scanned whole before, at no new cost
    out = text
    for ent in doc.ents:
        if ent.end_char <= chars and _country_surname(coder, ent):
            token = ent[-1]
            out = out[: token.idx] + " " * len(token.text) + out[token.idx + len(token.text) :]
    return out


def _country_surname(coder: Coder, ent: Span) -> bool:
    if ent.label_ != "PERSON" or len(ent) < 2:
        return False
    last = ent[-1]
    if last.pos_ != "PROPN" or not last.text[:1].isupper():
        return False
    return _place_word(coder, last) and not any(_place_word(coder, t) for t in ent[:-1])


def _place_word(coder: Coder, token: Token) -> bool:
    """Whether the word alone is a place word as written: "SADR" (in capitals only) is Western
    Sahara, "Sadr" of "Muqtada al-Sadr" is not."""
    terms = coder.actors.index.get((fold(token.text),), ())
    capitals = token.text.isupper()
    return any(
        term.kind in PLACE_KINDS and (capitals or term.case[:1] != ("upper",)) for term in terms
    )
