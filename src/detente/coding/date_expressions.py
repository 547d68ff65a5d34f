"""Date expressions read against publication: "in 2016", "last week", "on New Year's Day",
"two days ago", "in the fall" (which phrase dates an event is dates.py's work)."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from detente.clean.dates import DAY, MONTH, YEAR, find_full_date, month_number, resolve_month_day
from detente.lexicons.english import english

SEASON_MONTHS = 3  # a season ("in the fall") spans three months from the one it begins in
YEARS_PER_DECADE = 10  # "two decades ago"

_MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH})\s+(?:of\s+)?(?P<y>{YEAR})\b")
_MONTH_DAY = re.compile(
    rf"\b(?P<m>{MONTH})\s+(?P<d>{DAY})\b|\b(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH})"
)
# A bare year, but not a decade ("the 1990s") or a span's second half.
_YEAR = re.compile(rf"(?<![-–/])\b(?P<y>{YEAR})\b(?!s\b|['’]s)")
_TODAY = re.compile(r"(?i)\b(?:today|tonight|this (?:morning|afternoon|evening))\b")
_YESTERDAY = re.compile(r"(?i)\b(?:(?P<before>the day before )?yesterday|last night)\b")
_TOMORROW = re.compile(r"(?i)\btomorrow\b")
_PERIOD = re.compile(
    r"(?i)\b(?P<which>last|this|next|past|previous|earlier this|later this)\s+"
    r"(?P<unit>week|month|year)\b"
)
_MONTH_ONLY = re.compile(rf"\b(?P<m>{MONTH})(?!\w)")
# A decade: "in the 1970s", "the 1990's".
_DECADE = re.compile(r"\b(?P<d>1[0-9]\d0|20\d0)['’]?s\b")
DECADE_YEARS = 10


@functools.cache
def _season_pattern() -> re.Pattern[str]:
    seasons = "|".join(english().senses.season_months)
    return re.compile(rf"(?i)\b(?:(?P<which>last|this|next|past)\s+)?(?P<season>{seasons})\b")


@functools.cache
def holiday_pattern() -> re.Pattern[str]:
    names = sorted(english().senses.holidays, key=len, reverse=True)  # "christmas day" first
    spelled = "|".join(re.escape(n).replace("'", "['’]?") for n in names)
    return re.compile(rf"(?i)\b(?P<holiday>{spelled})(?!\w)")


def _holiday_day(name: str) -> tuple[int, int]:
    """(month, day) of a holiday however its apostrophe is written ("New Years Day")."""
    plain = re.sub(r"['’]", "", name.lower())
    holidays = english().senses.holidays
    return next(v for k, v in holidays.items() if k.replace("'", "") == plain)


@functools.cache
def _weekday_pattern() -> re.Pattern[str]:
    days = "|".join(english().words.weekdays)
    return re.compile(rf"(?i)\b(?:(?P<which>last|this|next|past)\s+)?(?P<day>{days})\b")


@functools.cache
def _ago_pattern() -> re.Pattern[str]:
    numbers = "|".join(english().words.number_words)
    units = "day|week|month|year|decade"  # claims11: "a decade ago" is ten years back
    return re.compile(rf"(?i)\b(?P<n>\d+|{numbers})\s+(?P<unit>{units})s?\s+ago\b")


@functools.cache
def _long_ago_pattern() -> re.Pattern[str]:
    """ "two years ago", "several months ago", "last year", "last March", "last summer": a time
    a month or more before whatever day the story was told ("months ago" counts two or more)."""
    words = english()
    counts = "|".join([*words.words.number_words, *words.senses.vague_counts])
    months = "|".join(m.lower() for m in calendar.month_name[1:])
    seasons = "|".join(words.senses.season_months)
    return re.compile(
        rf"(?i)\b(?:(?:\d+|{counts})\s+(?:month|year|decade)s?\s+ago"
        rf"|(?:months|years|decades)\s+ago|(?:last|previous)\s+(?:year|{months}|{seasons}))\b"
    )


def long_ago(text: str) -> bool:
    """Whether a date expression lies a month or more back whenever the story was told."""
    return _long_ago_pattern().search(text) is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class EventDate:
    """An event's date, how it was found, and how precise it is."""

    date: dt.date | None
    rule: str  # explicit | relative | publication | none
    precision: str | None  # day | week | month | year; None without a date
    text: str | None = None  # the expression it was read from
    # "two years ago" in a story with no date: no day can be read, but it is before the story
    before_story: bool = False


def _shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _weekday(match: re.Match[str], published: dt.date, future: bool) -> dt.date:
    """The latest such day on or before publication ("on Wednesday" on a Wednesday is that day)."""
    back = (published.weekday() - english().words.weekdays.index(match["day"].lower())) % 7
    which = (match["which"] or "").lower()
    if which == "next" or (future and back and which != "last"):
        return published + dt.timedelta(days=7 - back if back else 7)
    if english().words.relative_steps.get(which) == -1 and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def _relative_span(match: re.Match[str], published: dt.date) -> tuple[dt.date, str]:
    which, unit = match["which"].lower(), match["unit"].lower()
    step = english().words.relative_steps.get(which, 0)
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday())
        return monday + dt.timedelta(weeks=step), "week"
    if unit == "month":
        return _shift_months(published.replace(day=1), step), "month"
    return dt.date(published.year + step, 1, 1), "year"


def _ago(match: re.Match[str], published: dt.date) -> tuple[dt.date, str]:
    raw = match["n"].lower()
    count = int(raw) if raw.isdigit() else english().words.number_words[raw]
    unit = match["unit"].lower()
    if unit == "day":
        return published - dt.timedelta(days=count), "day"
    if unit == "week":
        return published - dt.timedelta(weeks=count), "day"
    if unit == "month":
        return _shift_months(published.replace(day=1), -count), "month"
    years = count * YEARS_PER_DECADE if unit == "decade" else count
    return dt.date(published.year - years, 1, 1), "year"


def _month_without_year(month: int, published: dt.date, future: bool) -> dt.date:
    """The most recent such month up to publication; the coming one for a future event."""
    year = published.year
    if future and month < published.month:
        year += 1
    elif not future and month > published.month:
        year -= 1
    return dt.date(year, month, 1)


def _season(match: re.Match[str], published: dt.date, future: bool) -> dt.date:
    """A season's first month: the current one when it holds the publication month ("this
    winter" or "in the winter" told in it), else the latest before the story, or the next one
    for an act ahead ("next summer", or "in the summer" with "will")."""
    first = english().senses.season_months[match["season"].lower()]
    which = (match["which"] or "").lower()
    months_in = (published.month - first) % 12  # how far the publication is past its start
    start = _shift_months(published.replace(day=1), -months_in)  # the latest start
    within = months_in < SEASON_MONTHS
    if english().words.relative_steps.get(which) == -1:  # "last", "past"
        return _shift_months(start, -12) if within else start
    if which == "next":
        return _shift_months(start, 12)
    if within:
        return start
    return _shift_months(start, 12) if which == "this" or future else start


def explicit_date(text: str) -> EventDate | None:
    full = find_full_date(text)
    if full is not None:
        return EventDate(date=full[0], rule="explicit", precision="day", text=text)
    if match := _MONTH_YEAR.search(text):
        return EventDate(
            date=dt.date(int(match["y"]), month_number(match["m"]), 1),
            rule="explicit",
            precision="month",
            text=text,
        )
    if match := _YEAR.search(text):
        return EventDate(
            date=dt.date(int(match["y"]), 1, 1), rule="explicit", precision="year", text=text
        )
    return None


def _relative(text: str, published: dt.date, future: bool) -> tuple[dt.date | None, str] | None:
    if match := _MONTH_DAY.search(text):
        month, day = match["m"] or match["m2"], match["d"] or match["d2"]
        return resolve_month_day(month_number(month), int(day.rstrip("stndrh")), published), "day"
    if match := holiday_pattern().search(text):
        month, day = _holiday_day(match["holiday"])
        return resolve_month_day(month, day, published), "day"
    if match := _weekday_pattern().search(text):
        return _weekday(match, published, future), "day"
    if _TODAY.search(text):
        return published, "day"
    if match := _YESTERDAY.search(text):
        return published - dt.timedelta(days=2 if match["before"] else 1), "day"
    if _TOMORROW.search(text):
        return published + dt.timedelta(days=1), "day"
    if match := _ago_pattern().search(text):
        return _ago(match, published)
    if match := _PERIOD.search(text):
        return _relative_span(match, published)
    if match := _season_pattern().search(text):
        return _season(match, published, future), "month"
    if match := _MONTH_ONLY.search(text):
        return _month_without_year(month_number(match["m"]), published, future), "month"
    return None


def named_day(text: str) -> bool:
    """ "on February 14", "on 5 April": a day named by its month, with no weekday or year."""
    return (
        _MONTH_DAY.search(text) is not None
        and _YEAR.search(text) is None
        and _weekday_pattern().search(text) is None
    )


def _ended_decade(text: str, published: dt.date) -> bool:
    """ "sent troops in the 1970s" told in 2009: a decade that ended before the story's year
    (one still running, "the 2000s" in 2009, may hold the news itself)."""
    match = _DECADE.search(text)
    return match is not None and int(match["d"]) + DECADE_YEARS <= published.year


def resolve_date_expression(
    text: str, published: dt.date | None, *, future: bool = False
) -> EventDate | None:
    """Date one expression ("on Wednesday", "in 2016", "two days ago"); None if it is not one."""
    explicit = explicit_date(text)
    if explicit is not None:
        return explicit
    if published is None:
        # "last month" means nothing without knowing when the story was written; "two years
        # ago" still puts the act before it
        if long_ago(text):
            return EventDate(date=None, rule="none", precision=None, text=text, before_story=True)
        return None
    if _ended_decade(text, published):
        return EventDate(date=None, rule="none", precision=None, text=text, before_story=True)
    found = _relative(text, published, future)
    if (found is None or found[0] is None) and long_ago(text):
        # claims13: "years ago", "several months ago": no day can be read, but a month or more
        # before the story, as without a publication date
        return EventDate(date=None, rule="none", precision=None, text=text, before_story=True)
    if found is None or found[0] is None:
        return None
    return EventDate(date=found[0], rule="relative", precision=found[1], text=text)
