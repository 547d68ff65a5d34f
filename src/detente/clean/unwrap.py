"""Undo hard wrapping: sentences broken over lines (often indented) become one line again."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from detente.clean.byline import parse_byline
from detente.clean.dateline import find_dateline
from detente.clean.dates import extract_date_line
from detente.clean.lines import ends_sentence

# Wrapped text has lines of at most this width; wider blocks are one paragraph per line.
_WIDTH_MIN, _WIDTH_MAX = 25, 140
# A list item or bullet opens its own line ("- ", "• ", "1. ", "(a) ").
_LIST_ITEM = re.compile(r"(?:[-*•▪◦–—](?= )|\(?[0-9]{1,2}[.)](?= )|\([a-z]\)(?= ))")
# A line cut short before a lower-case continuation has at least this many words.
_RAGGED_MIN_WORDS = 3
# A line ending in a comma or a word that cannot end a headline goes on in the next line.
_OPEN_END = re.compile(
    r"(?:,|\b(?:the|a|an|of|on|in|at|to|for|and|or|but|with|from|by|as|that|its|his|her|their"
    r"|when|if|while|after|before|who|which|than|because|not|would|will|could|should|has|have"
    r"|had|is|are|was|were|be|been|between|into|over|against|about|near|during|since|until))$"
)
# A sentence end inside a line, with another sentence after it: no headline reads like this.
_INNER_SENTENCE = re.compile(r"[.!?][\"'”’)]?\s+[A-Z]")
# A document is wrapped when at least this many of its line breaks surely are.
_WRAPPED_MIN_JOINS = 2
# Share of a title-case line's longer words that are capitalised.
_TITLE_CASE_SHARE = 0.7


@dataclass(frozen=True, slots=True)
class _Layout:
    """How the document was wrapped: its width, whether it was, the continuation lines' indent."""

    width: int
    wrapped: bool
    continuation: int | None


def unwrap(text: str) -> tuple[str, int]:
    """Join hard-wrapped lines of each block into one line; return the text and the joins made."""
    blocks: list[list[str]] = [[]]
    for line in text.split("\n"):
        # A tab counts as one character, as wrappers such as textwrap count it.
        (blocks[-1].append(line.rstrip()) if line.strip() else blocks.append([]))
    layout = _layout(blocks)
    if layout is None:
        return text, 0
    out: list[str] = []
    joins = 0
    for block in blocks:
        joined, count = _unwrap_block(block, layout)
        out.append("\n".join(joined))
        joins += count
    return "\n".join(out), joins


def _layout(blocks: Sequence[Sequence[str]]) -> _Layout | None:
    """The wrap width (widest line of a block of several), or None if it is no wrapping width."""
    lengths = [len(line) for block in blocks if len(block) > 1 for line in block]
    if not lengths or not _WIDTH_MIN <= max(lengths) <= _WIDTH_MAX:
        return None
    width = max(lengths)
    certain = Counter(
        _indent(block[i + 1])
        for block in blocks
        for i in range(len(block) - 1)
        if _is_certain_wrap(block, i, width, lenient=False)
    )
    wrapped = sum(certain.values()) >= _WRAPPED_MIN_JOINS
    continuation = certain.most_common(1)[0][0] if certain else None
    return _Layout(width=width, wrapped=wrapped, continuation=continuation)


def _unwrap_block(block: list[str], layout: _Layout) -> tuple[list[str], int]:
    """Join the lines of one block (no blank line inside) that a wrapper broke."""
    if len(block) < 2:
        return block, 0
    width, out, joins = layout.width, [block[0].strip()], 0
    for i in range(len(block) - 1):
        line, nxt = block[i], block[i + 1]
        if _is_certain_wrap(block, i, width, lenient=layout.wrapped) or (
            layout.continuation is not None
            and _indent(nxt) == layout.continuation
            and _is_full(line, nxt, width)
            and not _protected(line.strip(), nxt.strip())
        ):
            out[-1] = _join(out[-1], nxt.strip())
            joins += 1
        else:
            out.append(nxt.strip())
    return out, joins


def _is_certain_wrap(block: Sequence[str], i: int, width: int, *, lenient: bool) -> bool:
    """A full line broken mid-sentence: it ends open, or the next line starts lower-case."""
    line, nxt = block[i].strip(), block[i + 1].strip()
    if _protected(line, nxt):
        return False
    if nxt[0].islower() and not ends_sentence(line) and len(line.split()) >= _RAGGED_MIN_WORDS:
        return True  # a sentence going on in lower case, wherever the line was cut
    if not ends_sentence(line) and _INNER_SENTENCE.search(line):
        return True  # "… restraint. He accused" is body text cut mid-sentence, not a headline
    if not _is_full(block[i], block[i + 1], width):
        return False
    if ends_sentence(line) or (i == 0 and title_case(line)) or line.endswith(":"):
        return False
    # Two lines may be a headline over a sentence, unless the first stops where no headline does
    # or the rest of the document is wrapped at this width.
    return lenient or len(block) >= 3 or _OPEN_END.search(line) is not None


def _is_full(line: str, nxt: str, width: int) -> bool:
    """The next line's first word would not have fitted on this one: the break was the wrapper's."""
    first_word = nxt.split()[0]
    return len(line) + 1 + len(first_word) > width


def _protected(line: str, nxt: str) -> bool:
    """Lines never merged: headers (byline, date line, dateline opening) and list items."""
    if _LIST_ITEM.match(nxt) or parse_byline(line) or parse_byline(nxt):
        return True
    if extract_date_line(line) or extract_date_line(nxt):
        return True
    return line.isupper() or find_dateline(nxt) is not None


def title_case(line: str, share: float = _TITLE_CASE_SHARE) -> bool:
    """Whether at least ``share`` of a line's longer words (two or more) are capitalised: a
    headline's style (also read by coding/named_events.py)."""
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    if len(words) < 2:
        return False
    return sum(w[0].isupper() for w in words) >= share * len(words)


def _join(left: str, right: str) -> str:
    # A word hyphenated at the line end keeps its hyphen but loses the break ("well-" "known").
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha() and right[:1].islower():
        return left + right
    return f"{left} {right}"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
