"""Reader for PETRARCH discard lists: phrases that mark sentences or stories with no politics.

Exposed as data for a later relevance filter; the coder does not use them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from detente.errors import LexiconError
from detente.lexicons.petrarch.lines import decode, iter_lines

SHIPPED_DISCARDS = "petrarch/Phoenix.discards.txt"


@dataclass(frozen=True, slots=True, kw_only=True)
class Discard:
    """One discard phrase."""

    phrase: str  # lower case ("world cup")
    story: bool  # "+": the whole story is not political, not only the sentence
    whole_word: bool  # written with a final "_": the match must end at a word boundary
    source: str  # "file:line"


@dataclass(frozen=True, slots=True, kw_only=True)
class DiscardList:
    """Every discard phrase of the shipped list and the user's files."""

    version: str
    entries: tuple[Discard, ...]

    def find(self, text: str) -> Discard | None:
        """The first phrase found in ``text`` as PETRARCH matches it: after a blank, any case."""
        padded = " " + " ".join(text.lower().split()) + " "
        for entry in self.entries:
            at = padded.find(" " + entry.phrase)
            while at >= 0:
                after = padded[at + 1 + len(entry.phrase)]
                if not entry.whole_word or not after.isalnum():
                    return entry
                at = padded.find(" " + entry.phrase, at + 1)
        return None


def read_discards(text: str, origin: str) -> tuple[Discard, ...]:
    """Read a discard list (one phrase a line; ``+`` marks story-level ones)."""
    entries = []
    for line in iter_lines(text):
        body = line.text.strip()
        story = body.startswith("+")
        body = body.lstrip("+").strip()
        whole = body.endswith("_")
        words = " ".join(body.replace("_", " ").lower().split())
        if words:
            entries.append(Discard(phrase=words, story=story, whole_word=whole,
                                   source=f"{origin}:{line.number}"))
    return tuple(entries)


def load_discards(extra_files: Sequence[Path] = ()) -> DiscardList:
    """The shipped Phoenix discard list plus the user's discard files."""
    data = resources.files("detente.lexicons").joinpath("data")
    blobs = [(SHIPPED_DISCARDS, data.joinpath(SHIPPED_DISCARDS).read_bytes())]
    for path in extra_files:
        try:
            blobs.append((str(path), Path(path).read_bytes()))
        except OSError as exc:
            raise LexiconError(f"{path}: cannot read discard file ({exc.strerror})") from exc
    entries = tuple(e for origin, blob in blobs for e in read_discards(decode(blob), origin))
    digest = hashlib.sha1(b"".join(blob for _, blob in blobs)).hexdigest()[:8]
    return DiscardList(version=f"discards-{digest}", entries=entries)
