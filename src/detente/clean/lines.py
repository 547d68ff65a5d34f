"""What a scraped line looks like: a body sentence, a headline, a short label."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# Body sentences have at least this many words; headlines and labels are shorter or unpunctuated.
_BODY_MIN_WORDS = 8
# Any line this long is body text, however it ends.
_BODY_MIN_CHARS = 150
# Headlines run from three words (not a section label) to about a tweet's length.
_HEADLINE_WORDS = (3, 30)
_HEADLINE_MAX_CHARS = 200
# Section labels and link texts ("World", "Asia Pacific") have at most this many words.
_LABEL_MAX_WORDS = 3
_LINK_MAX_CHARS = 160


def ends_sentence(line: str) -> bool:
    """Tell whether ``line`` ends with sentence punctuation (closing quotes allowed)."""
    return _SENTENCE_END.search(line[-8:]) is not None


def is_body_like(line: str) -> bool:
    """A line that reads like article body: long, or a full punctuated sentence."""
    if len(line) >= _BODY_MIN_CHARS:
        return True
    return ends_sentence(line) and len(line.split()) >= _BODY_MIN_WORDS


def is_headline_like(line: str) -> bool:
    """A short unpunctuated line of a few words starting with a capital, digit or quote."""
    if not line or len(line) > _HEADLINE_MAX_CHARS:
        return False
    if not (line[0].isupper() or line[0] in "0123456789'\"‘“"):
        return False
    low, high = _HEADLINE_WORDS
    return low <= len(line.split()) <= high and not line.endswith((".", ",", ";", ":"))


def is_label(line: str) -> bool:
    """A section label or button text of one to three words without sentence punctuation."""
    return (
        len(line) <= _LINK_MAX_CHARS
        and len(line.split()) <= _LABEL_MAX_WORDS
        and not (ends_sentence(line))
    )


def is_link_text(line: str) -> bool:
    """A line that can be the title of a linked story: short and not a finished sentence."""
    return len(line) <= _LINK_MAX_CHARS and not ends_sentence(line)
