"""What every PETRARCH dictionary shares: decoding, comments, phrases and recorded problems."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    """A dictionary line that could not be read; it is skipped, counted and reported."""

    origin: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}:{self.line}: {self.reason}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Line:
    """One non-blank line with its comment removed."""

    number: int
    text: str  # without the comment and trailing blanks; leading blanks kept (they mean things)


def decode(data: bytes) -> str:
    """Text of a dictionary file: UTF-8, with Latin-1 for the odd lines older files carry."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return "\n".join(_decode_line(raw) for raw in data.split(b"\n"))


def _decode_line(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def iter_lines(text: str) -> Iterator[Line]:
    """Non-blank lines without their ``#`` comments (the formats have no quoting)."""
    for number, raw in enumerate(text.splitlines(), start=1):
        body = raw.split("#", 1)[0].rstrip()
        if body.strip():
            yield Line(number=number, text=body)


_UPPER_WORDS = 4  # one-word names this short are acronyms ("UN", "HSM", "IAEA"): capitals only
# Words written in lower case inside names, as news writes them ("al-Shabaab", "Bank of Japan").
_LOWER = frozenset({
    "al", "el", "ad", "as", "ash", "an", "bin", "ibn", "bint", "de", "da", "do", "dos", "das",
    "del", "della", "di", "du", "des", "la", "le", "les", "van", "von", "der", "den", "y", "e",
    "of", "the", "and", "for", "in", "on", "at", "to", "a",
})


def phrase(raw: str) -> str:
    """A dictionary phrase as news writes it: words apart, capitalised, particles lower-case.

    PETRARCH writes names in capitals joined by ``_``; our index compares case, so capitals are
    kept only for short one-word acronyms, and a name matches capitalised or in capitals.
    """
    words = raw.replace("_", " ").split()
    if len(words) == 1 and len(re.sub(r"\W", "", words[0])) <= _UPPER_WORDS:
        return words[0].upper()
    return " ".join(w.upper() if i and re.fullmatch(r"(?i)[ivx]+", w) else _word(w)
                    for i, w in enumerate(words))  # a regnal number ("Elizabeth II")


def _word(word: str) -> str:
    """Particles and the parts after a hyphen ("Ki-moon") are lower case (any case matches)."""
    out: list[str] = []
    for part in word.split("-"):
        low = part.lower()
        if low in _LOWER or (out and out[-1] not in _LOWER):
            out.append(low)
        else:
            out.append(re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), low, count=1))
    return "-".join(out)
