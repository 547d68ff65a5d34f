"""Datelines: place, date and agency at the start of the body."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.clean.dateline import find_dateline, normalize_agency
from detente.clean.dates import resolve_month_day


@pytest.mark.parametrize(
    ("opening", "text", "place", "month_day", "agency"),
    [
        ("Feb. 8 (UPI) -- North Korea", "Feb. 8 (UPI) --", None, (2, 8), "UPI"),
        ("WASHINGTON (Reuters) - The", "WASHINGTON (Reuters) -", "Washington", None, "Reuters"),
        (
            "BEIJING, March 3 (Xinhua) -- China",
            "BEIJING, March 3 (Xinhua) --",
            "Beijing",
            (3, 3),
            "Xinhua",
        ),
        (
            "MOSCOW, Jan 5 (Reuters) - Russia",
            "MOSCOW, Jan 5 (Reuters) -",
            "Moscow",
            (1, 5),
            "Reuters",
        ),
        (
            "KABUL, Afghanistan (AP) — A",
            "KABUL, Afghanistan (AP) —",
            "Kabul, Afghanistan",
            None,
            "AP",
        ),
        ("PARIS (AFP) – France", "PARIS (AFP) –", "Paris", None, "AFP"),
        (
            "LONDON, 10 September (Reuters) - A",
            "LONDON, 10 September (Reuters) -",
            "London",
            (9, 10),
            "Reuters",
        ),
        (
            "UNITED NATIONS (Reuters) - The",
            "UNITED NATIONS (Reuters) -",
            "United Nations",
            None,
            "Reuters",
        ),
        ("NEW YORK, N.Y. (AP) — A", "NEW YORK, N.Y. (AP) —", "New York, N.Y.", None, "AP"),
        ("(CNN) — The", "(CNN) —", None, None, "CNN"),
        ("WASHINGTON — The", "WASHINGTON —", "Washington", None, None),
    ],
)
def test_dateline_forms(opening, text, place, month_day, agency):
    found = find_dateline(opening)
    assert found is not None
    assert (found.text, found.place, found.agency) == (text, place, agency)
    assert (found.month, found.day) == (month_day or (None, None))
    assert opening[found.end :].strip() in {"North Korea", "The", "China", "Russia", "A", "France"}


def test_dateline_with_year_needs_no_reference():
    found = find_dateline("SEOUL, Sept. 10, 2016 (Yonhap) -- South Korea")
    assert found is not None
    assert found.resolve(None).date == dt.date(2016, 9, 10)


@pytest.mark.parametrize(
    "opening",
    [
        "US-China talks resumed on Monday - officials said.",
        "North Korea's foreign ministry said - without elaborating - that",
        "NATO — the alliance said on Monday — would respond.",
        "Washington — which has long opposed the plan — agreed.",
        "China condemned North Korea's nuclear test.",
        "",
    ],
)
def test_sentences_are_not_datelines(opening):
    assert find_dateline(opening) is None


def test_month_day_takes_year_nearest_the_reference():
    assert resolve_month_day(2, 8, dt.date(2017, 2, 8)) == dt.date(2017, 2, 8)
    assert resolve_month_day(12, 31, dt.date(2018, 1, 1)) == dt.date(2017, 12, 31)
    assert resolve_month_day(1, 2, dt.date(2018, 12, 30)) == dt.date(2019, 1, 2)
    assert resolve_month_day(2, 29, dt.date(2017, 3, 1)) == dt.date(2016, 2, 29)
    assert resolve_month_day(2, 8, None) is None


def test_agency_names_are_shortened():
    assert normalize_agency("Associated Press") == "AP"
    assert normalize_agency("agence France-Presse") == "AFP"
    assert normalize_agency("Kestrian  News Service") == "Kestrian News Service"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("KESSA CITY (AP) Kessa's senate passed a resolution.", ("Kessa City", "AP")),
        ("Kessa City (AP) Kessa's senate passed a resolution.", None),  # no capitals: a sentence
        ("KESSA (Kestrian News) The senate met.", None),  # unknown agency, no dash
        ("The talks (Reuters) The senate met.", None),
    ],
)
def test_a_dateline_without_a_dash_needs_a_known_agency_and_a_place_in_capitals(
    text: str, found: tuple[str, str] | None
) -> None:
    # lead18: "MEXICO CITY (AP) Mexico's Senate ..." kept the dateline in the actor's text
    match = find_dateline(text)
    assert (None if match is None else (match.place, match.agency)) == found
