"""Dates in scraped news: file names, given date strings, date lines and month/day datelines."""

from __future__ import annotations

import datetime as dt
import logging
import re

logger = logging.getLogger(__name__)

# A month name or its usual news abbreviation ("Sept."); the dot is optional.
MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DAY = r"[0-9]{1,2}(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]|2[0-9])[0-9]{2}"

_FULL_DATE = re.compile(
    rf"\b(?P<iso_y>{YEAR})[-/](?P<iso_m>[0-9]{{1,2}})[-/](?P<iso_d>[0-9]{{1,2}})\b"
    rf"|\b(?P<mdy_m>{MONTH})\s+(?P<mdy_d>{DAY}),?\s+(?P<mdy_y>{YEAR})\b"
    rf"|\b(?P<dmy_d>{DAY})\s+(?P<dmy_m>{MONTH}),?\s+(?P<dmy_y>{YEAR})\b"
)
# What may surround the date on a "Published: Wednesday, Feb. 8, 2017 at 10:32 a.m. EST" line.
_DATE_LINE_NOISE = re.compile(
    r"(?i)\b(?:published|updated|posted|first|last|modified|date|on|at|and"
    r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|[0-9]{1,2}[:.][0-9]{2}(?:[:.][0-9]{2})?\s*(?i:[ap]\.?\s?m\.?)?"
    r"|\b(?i:[ap]\.?m)\b\.?"
    r"|\b(?:GMT|UTC|ET|[ECMP][SD]T|BST|CET|CEST|MSK|KST|JST|IST|HKT)\b(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?"
    r"|[\W_]+"
)
_NAME_DATE = re.compile(
    r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[-_.]?)(?P<m>[0-9]{2})(?P=sep)(?P<d>[0-9]{2})(?![0-9])"
)
_ISO_START = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# A date line is a short header line; anything longer is a body sentence that mentions a date.
DATE_LINE_MAX = 100


_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}


def month_number(name: str) -> int:
    """Return 1-12 for a month name or abbreviation such as "Sept."."""
    return _MONTHS[name[:3].lower()]


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """Build a date, or None when the parts do not form one (Feb. 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def date_from_name(name: str) -> dt.date | None:
    """Take the date a file name carries as YYYY-MM-DD or YYYYMMDD ("upi_2017-02-08_x.txt")."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    for match in _NAME_DATE.finditer(base):
        found = make_date(int(match["y"]), int(match["m"]), int(match["d"]))
        if found is not None:
            return found
    return None


def find_full_date(text: str) -> tuple[dt.date, re.Match[str]] | None:
    """Find the first date with day, month and year written out in ``text``."""
    for match in _FULL_DATE.finditer(text):
        if match["iso_y"]:
            found = make_date(int(match["iso_y"]), int(match["iso_m"]), int(match["iso_d"]))
        elif match["mdy_y"]:
            day = int(match["mdy_d"].rstrip("stndrh"))
            found = make_date(int(match["mdy_y"]), month_number(match["mdy_m"]), day)
        else:
            day = int(match["dmy_d"].rstrip("stndrh"))
            found = make_date(int(match["dmy_y"]), month_number(match["dmy_m"]), day)
        if found is not None:
            return found, match
    return None


def extract_date_line(line: str) -> dt.date | None:
    """Return the date of a line that holds only a publication date ("Published: 8 Feb 2017")."""
    if len(line) > DATE_LINE_MAX:
        return None
    found = find_full_date(line)
    if found is None:
        return None
    date, match = found
    rest = line[: match.start()] + " " + line[match.end() :]
    return date if only_date_noise(rest) else None


def only_date_noise(text: str) -> bool:
    """Tell whether ``text`` holds only what surrounds a date on a date line (weekday, time)."""
    return not _DATE_LINE_NOISE.sub("", text)


def resolve_month_day(month: int, day: int, reference: dt.date | None) -> dt.date | None:
    """Pick the year that puts month/day nearest to ``reference``; None without a reference."""
    if reference is None:
        return None
    candidates = (make_date(reference.year + shift, month, day) for shift in (-1, 0, 1))
    valid = [c for c in candidates if c is not None]
    return min(valid, key=lambda c: abs((c - reference).days)) if valid else None


def parse_date_string(value: str) -> dt.date | None:
    """Parse a date given by the input (ISO first, then written dates, then dateparser)."""
    value = value.strip()
    if not value:
        return None
    if _ISO_START.match(value):
        found = _parse_iso(value)
        if found is not None:
            return found
    written = find_full_date(value)
    if written is not None:
        return written[0]
    return _parse_with_dateparser(value)


def _parse_iso(value: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return make_date(int(value[:4]), int(value[5:7]), int(value[8:10]))


def _parse_with_dateparser(value: str) -> dt.date | None:
    # Imported here: dateparser takes most of a second to import and is rarely needed.
    import dateparser

    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"}
    try:
        parsed = dateparser.parse(value[:200], settings=settings)
    # dateparser raises assorted errors on odd strings; a bad date must not lose the article.
    except Exception as exc:
        logger.warning("cannot parse date %r: %s", value[:80], exc)
        return None
    if parsed is None:
        logger.warning("cannot parse date %r", value[:80])
        return None
    return parsed.date()
