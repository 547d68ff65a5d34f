"""Anchors into a cleaned article: offsets plus a fingerprint that finds the span again if the
cleaning changes (the judged set stores no article text, only these)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

RECORD = dict(frozen=True, slots=True, kw_only=True)
FINGERPRINT_HEX = 16  # 64 bits: no two spans of one article collide in practice


def text_fingerprint(text: str) -> str:
    """The fingerprint of a whole cleaned text, exactly as it is."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:FINGERPRINT_HEX]


def normalise(text: str) -> str:
    """The text with every run of whitespace made one space and the ends stripped."""
    return " ".join(text.split())


def span_fingerprint(text: str) -> str:
    """The fingerprint of a span, blind to whitespace (unwrapping lines must not lose it)."""
    return text_fingerprint(normalise(text))


@dataclass(**RECORD)
class Anchor:
    """A span of the cleaned text as judged: offsets, and a fingerprint to find it again."""

    start: int
    end: int
    sha: str  # span_fingerprint of text[start:end]
    chars: int  # length of the normalised span


def make_anchor(text: str, start: int, end: int) -> Anchor:
    """An anchor on text[start:end], shrunk to its non-blank extent."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    span = text[start:end]
    return Anchor(start=start, end=end, sha=span_fingerprint(span), chars=len(normalise(span)))


@dataclass(**RECORD)
class ArticleView:
    """The current cleaned text of a judged article, with a whitespace-normalised twin."""

    text: str
    unchanged: bool  # same fingerprint as when judged: stored offsets hold as they are
    flat: str  # normalise(text)
    origin: tuple[int, ...]  # origin[i]: offset in `text` of flat[i]

    def to_text(self, flat_start: int, flat_end: int) -> tuple[int, int]:
        """The span of `text` that flat[flat_start:flat_end] came from."""
        return self.origin[flat_start], self.origin[flat_end - 1] + 1

    def to_flat(self, offset: int) -> int:
        """The position in `flat` of the first character at or after `offset` in `text`."""
        low, high = 0, len(self.origin)
        while low < high:
            mid = (low + high) // 2
            if self.origin[mid] < offset:
                low = mid + 1
            else:
                high = mid
        return low


def view_article(text: str, judged_fingerprint: str) -> ArticleView:
    """The view used to place a judged article's anchors in its current cleaned text."""
    flat: list[str] = []
    origin: list[int] = []
    pending_space = -1  # offset of the whitespace run before the next character, if any
    for offset, char in enumerate(text):
        if char.isspace():
            if flat and pending_space < 0:
                pending_space = offset
            continue
        if pending_space >= 0:
            flat.append(" ")
            origin.append(pending_space)
            pending_space = -1
        flat.append(char)
        origin.append(offset)
    return ArticleView(
        text=text,
        unchanged=text_fingerprint(text) == judged_fingerprint,
        flat="".join(flat),
        origin=tuple(origin),
    )


def find_flat(view: ArticleView, anchor: Anchor) -> int | None:
    """Where the anchored span starts in the flat text now, or None when it is gone."""
    if view.unchanged:
        return view.to_flat(anchor.start)
    flat, size = view.flat, anchor.chars
    for start in range(len(flat) - size + 1):
        # A span never starts inside a word; checking that first skips most fingerprints.
        if start and flat[start - 1].isalnum() and flat[start].isalnum():
            continue
        if span_fingerprint(flat[start : start + size]) == anchor.sha:
            return start
    return None


def locate(view: ArticleView, anchor: Anchor) -> tuple[int, int] | None:
    """The anchored span's offsets in the current text, or None when it is gone."""
    if view.unchanged:
        return anchor.start, anchor.end
    start = find_flat(view, anchor)
    return None if start is None else view.to_text(start, start + anchor.chars)
