"""A byline printed inside the story's first paragraph, between its headline and its body.

Some local papers' feeds run the top of a story together:
"Bridge to reopen. BY JANE ROE Staff Reporter March 3, 2009 KESSA -- The county said ...".
Read as one sentence, the writer's name becomes a party of the story (a writer called Chad
becomes the country). The paragraph is cut into headline, byline and body, so the header
reader sees them as it sees them on lines of their own.
"""

from __future__ import annotations

import re

from detente.clean.byline import ROLE
from detente.clean.dateline import find_dateline
from detente.clean.dates import find_full_date

# "By" after the end of a sentence, within the first characters of the paragraph.
_OPENING = re.compile(r"(?<=[.!?\"”]) (?:BY|By):? ")
_OPENING_WINDOW = 300
# A name in capitals ("RACHEL E. SHEELEY") or as written ("Carey L. Biron", "Ana de Souza").
_CAPS_WORD = r"(?:[A-Z][A-Z'’-]+|(?:[A-Z]\.)+)"
_CAPS_NAME = re.compile(rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{1,4}}(?![\w'’])")
_TITLE_NAME = re.compile(
    r"[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: (?:de|da|del|van|von|bin|al))? [A-Z][a-z'’-]+(?![\w'’])"
)
# Between the name and the date only the writer's job, e-mail and paper stand.
_FILLER_WORD = re.compile(r"[A-Z][\w&'’.-]*|[\w.+-]+@[\w.-]+|of|for|the|and|,")
_FILLER_MAX_WORDS = 5
_DATE_WINDOW = 80


def split_inline_byline(paragraphs: list[str]) -> list[str]:
    """Cut a first paragraph "Headline. BY NAME ... DATE Body" into its three parts."""
    if not paragraphs:
        return paragraphs
    parts = _split(paragraphs[0])
    return paragraphs if parts is None else [*parts, *paragraphs[1:]]


def _split(paragraph: str) -> list[str] | None:
    opening = _OPENING.search(paragraph[:_OPENING_WINDOW])
    if opening is None:
        return None
    after = paragraph[opening.end() :]
    name = _writer(after)
    if name is None:
        return None
    tail = after[len(name) :]
    byline, rest = _byline_end(name, tail)
    if byline is None:
        return None
    headline = paragraph[: opening.start()].strip()
    return [part for part in (headline, byline, rest.strip()) if part]


def _writer(text: str) -> str | None:
    """The writer's name at the start of ``text``, without a job title written in capitals."""
    caps = _CAPS_NAME.match(text)
    if caps is not None:
        words = caps.group(0).split(" ")
        while words and ROLE.fullmatch(words[-1]):
            words.pop()
        return " ".join(words) if len(words) >= 2 else None
    title = _TITLE_NAME.match(text)
    return title.group(0) if title is not None else None


def _byline_end(name: str, tail: str) -> tuple[str | None, str]:
    """The byline paragraph and the text after it; no byline unless a date or dateline ends it."""
    found = find_full_date(tail[:_DATE_WINDOW])
    if found is not None:
        match = found[1]
        words = tail[: match.start()].split()
        if len(words) <= _FILLER_MAX_WORDS and all(_FILLER_WORD.fullmatch(w) for w in words):
            return f"By {name}, {match.group(0)}", tail[match.end() :]
    stripped = tail.lstrip(".,; ")
    if stripped != tail and find_dateline(stripped) is not None:
        return f"By {name}", stripped
    return None, tail
