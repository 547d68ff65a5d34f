"""Character and whitespace normalisation; splitting scraped text into lines and paragraphs."""

from __future__ import annotations

import re
import unicodedata

_LINE_BREAKS = str.maketrans(dict.fromkeys("\r\x0b\x0c\u2028\u2029", "\n"))
# C1 controls in scraped text are almost always Windows-1252 punctuation decoded as Latin-1
# ("CINCINNATI \x97 The"); map them back, and drop the five codes cp1252 leaves undefined.
_CP1252 = str.maketrans(
    {code: bytes([code]).decode("cp1252", errors="ignore") or None for code in range(0x80, 0xA0)}
)
# Control characters, zero-width spaces, BOMs and soft hyphens carry no text.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f\u200b\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[^\S\n]+")
# Repeated paragraphs shorter than this ("Yes.", a quote fragment) may legitimately recur.
_REPEAT_MIN = 20


def unify_newlines(raw: str) -> str:
    """Every line break as a unix newline."""
    return raw.replace("\r\n", "\n").translate(_LINE_BREAKS)


def normalize_text(raw: str) -> str:
    """NFC, unix newlines, single spaces, cp1252 punctuation repaired, invisibles removed."""
    text = unify_newlines(raw).translate(_CP1252)
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
    return unicodedata.normalize("NFC", text)


def split_lines(text: str) -> list[str]:
    """Split into stripped lines; an empty string marks a blank line between paragraphs."""
    lines: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return lines


def join_paragraphs(lines: list[str]) -> list[str]:
    """Turn lines into paragraphs: each line is one (hard wrapping was undone before, in unwrap)."""
    return [line for line in lines if line]


def drop_repeats(paragraphs: list[str]) -> list[str]:
    """Keep the first copy of every paragraph that a scraper printed more than once."""
    seen: set[str] = set()
    kept = []
    for paragraph in paragraphs:
        if len(paragraph) >= _REPEAT_MIN:
            if paragraph in seen:
                continue
            seen.add(paragraph)
        kept.append(paragraph)
    return kept
