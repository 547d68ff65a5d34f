"""The wire-story dateline ("BEIJING, March 3 (Xinhua) --") and news agency names."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from detente.clean.dates import DAY, MONTH, YEAR, make_date, month_number, resolve_month_day
from detente.records import RECORD, Dateline

# Written forms of agency names, lower-cased, mapped to the short name used in the metadata.
AGENCIES = {
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "upi": "UPI",
    "united press international": "UPI",
    "xinhua": "Xinhua",
    "xinhua news agency": "Xinhua",
    "yonhap": "Yonhap",
    "kcna": "KCNA",
    "tass": "TASS",
    "itar-tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "dpa": "dpa",
    "kyodo": "Kyodo",
    "efe": "EFE",
    "ansa": "ANSA",
    "anadolu": "Anadolu",
    "irna": "IRNA",
    "pti": "PTI",
    "ians": "IANS",
    "ani": "ANI",
    "bernama": "Bernama",
    "cnn": "CNN",
    "bloomberg": "Bloomberg",
}

_PLACE_WORD = r"[A-Z][A-Za-z.'’-]*"
# Up to four words each for the city and its region ("KABUL, Afghanistan", "NEW YORK, N.Y.").
_PLACE = rf"{_PLACE_WORD}(?: {_PLACE_WORD}){{0,3}}"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE}(?:, (?!{MONTH} ?[0-9]){_PLACE})?)?"
    rf"(?:,? ?(?:(?P<month>{MONTH}) (?P<day>{DAY})|(?P<day2>{DAY}) (?P<month2>{MONTH}))"
    rf"(?:,? (?P<year>{YEAR}))?)?"
    r" ?(?:\((?P<agency>[A-Za-z][A-Za-z .&/'-]{0,38})\))?"
    # A bare hyphen must be followed by a space, so "US-China talks" is not a dateline.
    # After a known agency in capitals' place the dash may be missing: "MEXICO CITY (AP) The".
    r" ?(?P<dash>--|—|–|-(?= )|(?<=\))(?= [A-Z\"“]))"
)
# A dateline sits in the first characters of the body; longer prefixes are not datelines.
_DATELINE_WINDOW = 160
# An unknown agency in brackets is at most this many words ("(Kestrian News Service)").
_AGENCY_MAX_WORDS = 4


@dataclass(**RECORD)
class DatelineMatch:
    """A dateline found at the start of a paragraph, before its year is resolved."""

    text: str
    end: int  # where the body sentence starts in the paragraph
    place: str | None
    month: int | None
    day: int | None
    year: int | None
    agency: str | None

    def resolve(self, reference: dt.date | None) -> Dateline:
        """Build the Dateline record, taking a missing year from ``reference``."""
        date = None
        if self.month is not None and self.day is not None:
            if self.year is not None:
                date = make_date(self.year, self.month, self.day)
            else:
                date = resolve_month_day(self.month, self.day, reference)
        return Dateline(text=self.text, place=self.place, date=date, agency=self.agency)


def normalize_agency(name: str) -> str:
    """Map a written agency name to its short form; unknown names are returned as written."""
    cleaned = " ".join(name.split())
    return AGENCIES.get(cleaned.lower(), cleaned)


def is_agency(name: str) -> bool:
    """Tell whether ``name`` is a known news agency."""
    return " ".join(name.split()).lower() in AGENCIES


def find_dateline(paragraph: str) -> DatelineMatch | None:
    """Match a dateline at the very start of ``paragraph``."""
    match = _DATELINE.match(paragraph[:_DATELINE_WINDOW])
    if match is None:
        return None
    place, agency = match["place"], match["agency"]
    month_name, day = match["month"] or match["month2"], match["day"] or match["day2"]
    if agency is not None and not _plausible_agency(agency):
        return None
    if not match["dash"] and not (agency and is_agency(agency) and place and _is_caps(place)):
        return None  # no dash: only "CITY (Known Agency) Body" is a dateline
    if agency is None and not (place and _is_caps(place) and _starts_sentence(paragraph, match)):
        # Without an agency only an all-caps place before a sentence ("WASHINGTON — The")
        # marks a dateline; "NATO — the alliance said" is a sentence about NATO.
        return None
    return DatelineMatch(
        text=match.group(0).strip(),
        end=match.end(),
        place=_place_name(place) if place else None,
        month=month_number(month_name) if month_name else None,
        day=int(day.rstrip("stndrh")) if day else None,
        year=int(match["year"]) if match["year"] else None,
        agency=normalize_agency(agency) if agency else None,
    )


def _starts_sentence(paragraph: str, match: re.Match[str]) -> bool:
    rest = paragraph[match.end() :].lstrip()
    return not rest or not rest[0].islower()


def _plausible_agency(name: str) -> bool:
    words = name.split()
    return is_agency(name) or (0 < len(words) <= _AGENCY_MAX_WORDS and name[0].isupper())


def _is_caps(place: str) -> bool:
    city = place.split(",")[0]
    return city.isupper() and sum(c.isalpha() for c in city) >= 2


def _place_name(place: str) -> str:
    """Title-case all-caps place words ("KABUL, Afghanistan" -> "Kabul, Afghanistan")."""
    words = []
    for word in place.split(" "):
        letters = sum(c.isalpha() for c in word)
        if word.isupper() and letters > 2 and "." not in word:
            word = "-".join(part.capitalize() for part in word.split("-"))
        words.append(word)
    return " ".join(words)
