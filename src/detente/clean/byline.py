"""Bylines such as "By Elizabeth Shim", "By JOHN DOE, Associated Press" or "By A and B"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from detente.clean.dateline import is_agency, normalize_agency
from detente.clean.dates import find_full_date
from detente.records import RECORD

_BYLINE = re.compile(r"(?i:by):? (?P<rest>.{2,150})")
_BYLINE_MAX = 160
_SEPARATOR = re.compile(r" ?(?:\||•|·| — | – | - ) ?")
# A comma-separated part of a byline that gives the writer's job, not another writer.
ROLE = re.compile(
    r"(?i)\b(?:staff|writer|correspondent|reporter|editor|bureau|chief|contributor|columnist"
    r"|special to|senior|desk|analyst|news service|assistant|associate|fellow|researcher"
    r"|professor|lecturer|director|journalist|photographer|producer)\b"
)
# "By Jane Roe in Kessa": where the writer filed from is not part of the name.
_FILED_FROM = re.compile(r" in [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}$")
_NAME_TOKEN = re.compile(
    r"[A-Z][\w'’.-]*|and|&|de|del|der|den|van|von|bin|ibn|al|el|la|le|du|da|dos|di|y"
)
# More words than this is a sentence that happens to start with "By".
_NAME_MAX_TOKENS = 12
_CONNECTORS = {"and", "&"}


@dataclass(**RECORD)
class Byline:
    """Who wrote the story, for which agency, and the date printed beside the names."""

    names: str | None
    agency: str | None = None
    date: dt.date | None = None


def parse_byline(line: str) -> Byline | None:
    """Read a byline line; None when ``line`` is not one."""
    match = _BYLINE.fullmatch(line) if len(line) <= _BYLINE_MAX else None
    if match is None:
        return None
    rest, date = match["rest"], None
    found = find_full_date(rest)
    if found is not None:
        date, span = found[0], found[1].span()
        rest = rest[: span[0]] + rest[span[1] :]
    first, *extras = _SEPARATOR.split(rest.strip(" |,"))
    names: list[str] = []
    agency = None
    for piece in (_FILED_FROM.sub("", p.strip()) for p in first.split(",")):
        if not piece:
            continue
        if is_agency(piece):
            agency = agency or normalize_agency(piece)
        elif ROLE.search(piece):
            continue
        elif _is_name(piece):
            names.append(piece)
        else:
            return None
    for extra in extras:
        if agency is None and is_agency(extra.strip()):
            agency = normalize_agency(extra.strip())
    if not names and agency is None:
        return None
    return Byline(names=_tidy_names(", ".join(names)) if names else None, agency=agency, date=date)


def _is_name(piece: str) -> bool:
    tokens = piece.split()
    if not 0 < len(tokens) <= _NAME_MAX_TOKENS:
        return False
    has_name = any(t[0].isupper() and sum(c.isalpha() for c in t) >= 2 for t in tokens)
    return has_name and all(_NAME_TOKEN.fullmatch(t) for t in tokens)


def _tidy_names(names: str) -> str:
    """Title-case an all-caps byline and drop a stray full stop at its end."""
    words = names.split(" ")
    if all(w.isupper() for w in words if w.lower() not in _CONNECTORS):
        words = [_title_word(w) for w in words]
    last = words[-1]
    if last.endswith(".") and len(last) > 3:
        words[-1] = last[:-1]
    return " ".join(words)


def _title_word(word: str) -> str:
    if word.lower() in _CONNECTORS:
        return word.lower()
    if "." in word:
        return word  # initials such as "J.R." stay as written
    return "-".join(part.capitalize() for part in word.split("-"))
