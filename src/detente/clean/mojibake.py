"""Mojibake: UTF-8 text that was decoded as cp1252 or Latin-1 ("â€œWe demand" for "“We demand")."""

from __future__ import annotations

import re

# A UTF-8 lead byte read as cp1252 (Â-ß for two-byte, à-ï for three-byte sequences), followed by
# a continuation byte read the same way. Correct text almost never has such a pair, so only lines
# with one go through ftfy, which is slow on megabytes of clean text.
_SUSPECT = re.compile(
    "[\u00c2-\u00df\u00e0-\u00ef]"
    "[\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152"
    "\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]"
)


def repair_mojibake(text: str) -> tuple[str, bool]:
    """Repair mis-decoded lines with ftfy; return the text and whether anything changed."""
    if text.isascii() or _SUSPECT.search(text) is None:
        return text, False
    import ftfy  # only for suspect text: importing it costs more than most articles' cleaning

    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        if _SUSPECT.search(line) is None:
            continue
        fixed = ftfy.fix_encoding(line)
        if fixed != line:
            lines[i], changed = fixed, True
    return "\n".join(lines), changed
