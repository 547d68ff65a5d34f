"""Labelled header fields some dumps put before the story ("TITLE: … LINK: http://…")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from detente.records import RECORD

# Field labels as dumps write them, mapped to the metadata they carry.
_LABELS = {
    "TITLE": "title",
    "HEADLINE": "title",
    "LINK": "url",
    "URL": "url",
    "SOURCE": "source",
    "DATE": "date",
    "PUBLISHED": "date",
    "AUTHOR": "byline",
    "BYLINE": "byline",
}
_LABEL = re.compile(rf"(?:^|(?<=\s))(?P<label>{'|'.join(_LABELS)}):[^\S\n]*")
# The fields sit in the first few lines; a label further down is part of the story.
_FIELDS_MAX_LINES = 6


@dataclass(**RECORD)
class Fields:
    """What the labelled header said, and the text after it."""

    title: str | None = None
    url: str | None = None
    source: str | None = None
    date: str | None = None
    byline: str | None = None
    rest: str = ""


def take_fields(text: str) -> Fields:
    """Take "LABEL: value" fields off the start of ``text``; the text is unchanged without them."""
    stripped = text.lstrip()
    first = _LABEL.match(stripped)
    if first is None:
        return Fields(rest=text)
    found: dict[str, str] = {}
    position = 0
    for line_no in range(_FIELDS_MAX_LINES):
        end = stripped.find("\n", position)
        end = len(stripped) if end < 0 else end
        line = stripped[position:end]
        if _LABEL.match(line) is None:
            break
        leftover = _read_line(line, found)
        position = end + 1
        if leftover:  # the story began on the field line, after the link
            return Fields(**found, rest=f"{leftover}{stripped[end:]}")
        if position > len(stripped) or line_no == _FIELDS_MAX_LINES - 1:
            break
    rest = stripped[position:] if position <= len(stripped) else ""
    return Fields(**found, rest=rest)


def _read_line(line: str, found: dict[str, str]) -> str:
    """Split one line into its labelled values (first value wins); return text after a link."""
    matches = list(_LABEL.finditer(line))
    leftover = ""
    for here, after in zip(matches, [*matches[1:], None], strict=True):
        value = line[here.end() : after.start() if after else len(line)].strip()
        key = _LABELS[here["label"]]
        if key == "url" and value:
            value, _, tail = value.partition(" ")
            leftover = tail.strip() if after is None else ""
        if value and key not in found:
            found[key] = value
    return leftover
