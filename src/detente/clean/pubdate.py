"""Publication dates beyond full date lines: URL dates, truncated or year-less dates, timestamps."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from detente.clean.dates import (
    DATE_LINE_MAX,
    DAY,
    YEAR,
    make_date,
    only_date_noise,
    resolve_month_day,
)
from detente.records import RECORD

Precision = Literal["day", "month", "year"]

# Years a news URL can plausibly carry; other four-digit numbers in paths are ids.
_URL_YEARS = range(1990, 2040)
_URL_DAY = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[/_-])(?P<m>[01]?[0-9])(?P=sep)(?P<d>[0-3]?[0-9])"
    r"(?![0-9])"
)
# "20180401-270851", "/20090320/", a "20180405100025" timestamp: eight digits starting a segment.
_URL_COMPACT = re.compile(
    r"(?:^|[/_=-])(?P<y>(?:19|20)[0-9]{2})(?P<m>[01][0-9])(?P<d>[0-3][0-9])(?:[0-9]{6})?(?![0-9])"
)
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)[0-9]{2})/(?P<m>[01]?[0-9])(?:/|$)")
# "/2018/apr/05/", "/2018/april/05/": a month by name between the year and the day.
_URL_NAMED_DAY = re.compile(
    r"/(?P<y>(?:19|20)[0-9]{2})/(?P<m>[A-Za-z]{3,9})/(?P<d>[0-3]?[0-9])(?:/|$)"
)

_MONTH_NAMES = tuple(name.lower() for name in calendar.month_name[1:])
# A month written out, abbreviated ("Sept.") or cut off ("Novembe"); checked against the names.
_MONTH_WORD = r"[A-Za-z]{3,9}\.?"
_WEEKDAY = r"(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\.?)"
_PARTIAL = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?"
    rf"(?:(?P<m>{_MONTH_WORD})\s+(?P<d>{DAY})|(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{_MONTH_WORD}))"
    rf"(?:,?\s+(?P<y>{YEAR}))?(?![0-9])"
)
_CLOCK = r"[0-9]{1,2}[:.][0-9]{2}\s*(?i:[ap]\.?\s?m\b\.?)?"
# A date beside a clock time or after "Published" is when the page was written.
_STAMP_BEFORE = re.compile(
    rf"(?i:published|updated|posted)(?:\s+(?:on|at))?[:\s]*$|{_CLOCK}[^a-z0-9]{{0,12}}(?:on\s+)?$"
    r"|^\W*$"  # or the date opens the story
)
_STAMP_AFTER = re.compile(rf"^\W{{0,6}}(?:at\s+)?{_CLOCK}")
_CLOCK_NEXT = re.compile(rf"[,\s]{{0,3}}{_CLOCK}")
_EVENT_PREPOSITION = re.compile(r"(?i)\b(?:on|since|until|by|from|before|after|to)\s*$")
# Timestamps sit in the first characters of the story, beside the byline.
_STAMP_WINDOW = 300


@dataclass(**RECORD)
class PartialDate:
    """A date as written, perhaps without its year; the year comes from a reference date."""

    month: int
    day: int
    year: int | None

    def resolve(self, reference: dt.date | None) -> dt.date | None:
        """The date itself when the year was written, else the one nearest ``reference``."""
        if self.year is not None:
            return make_date(self.year, self.month, self.day)
        return resolve_month_day(self.month, self.day, reference)


def date_from_url(url: str) -> tuple[dt.date, Precision] | None:
    """The date a news URL carries in its path ("/2018/03/31/", "/2018/apr/05/", "/2018/03/",
    "2018-03-31-slug")."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    path = f"{parts.path}?{parts.query}" if parts.query else parts.path
    for pattern in (_URL_DAY, _URL_COMPACT):
        for match in pattern.finditer(path):
            found = _url_date(match["y"], match["m"], match["d"])
            if found is not None:
                return found, "day"
    for match in _URL_NAMED_DAY.finditer(path):
        month = _month(match["m"])
        found = None if month is None else _url_date(match["y"], str(month), match["d"])
        if found is not None:
            return found, "day"
    for match in _URL_MONTH.finditer(path):
        found = _url_date(match["y"], match["m"], "1")
        if found is not None:
            return found, "month"
    return None


def read_date_line(line: str) -> PartialDate | None:
    """A short line holding only a date, maybe year-less or cut off ("Wed Nov 23", "24 Novembe")."""
    if len(line) > DATE_LINE_MAX:
        return None
    for match in _PARTIAL.finditer(line):
        found = _partial(match)
        if found is not None and only_date_noise(line[: match.start()] + " " + line[match.end() :]):
            return found
    return None


def find_stamp(text: str) -> PartialDate | None:
    """A date beside a clock time or after "Published" near the top ("March 31, 2018 2:36 pm")."""
    head = text[:_STAMP_WINDOW]
    for match in _PARTIAL.finditer(head):
        before, after = head[max(0, match.start() - 30) : match.start()], head[match.end() :]
        if match["y"] is None and not _year_less_stamp(before, after):
            continue  # "met on March 5 at 10:00" is an event's date
        if _STAMP_BEFORE.search(before) or _STAMP_AFTER.match(after):
            found = _partial(match)
            if found is not None:
                return found
    return None


def _year_less_stamp(before: str, after: str) -> bool:
    """A year-less date is a stamp only with a clock time right after it ("Nov 23 4:58 PM")."""
    return _CLOCK_NEXT.match(after) is not None and _EVENT_PREPOSITION.search(before) is None


def _partial(match: re.Match[str]) -> PartialDate | None:
    month = _month(match["m"] or match["m2"])
    day = int((match["d"] or match["d2"]).rstrip("stndrh"))
    year = int(match["y"]) if match["y"] else None
    if month is None or make_date(year or 2000, month, day) is None:
        return None
    return PartialDate(month=month, day=day, year=year)


def _month(word: str) -> int | None:
    """1-12 for a month name, its abbreviation or a cut-off prefix of three letters or more."""
    word = word.rstrip(".").lower()
    for number, name in enumerate(_MONTH_NAMES, start=1):
        if name.startswith(word):
            return number
    return None


def _url_date(year: str, month: str, day: str) -> dt.date | None:
    if int(year) not in _URL_YEARS:
        return None
    return make_date(int(year), int(month), int(day))
