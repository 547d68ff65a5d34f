"""Dates from file names, given date strings and date lines."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.clean import date_from_name
from detente.clean.dates import extract_date_line, parse_date_string


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("upi_2017-02-08_scraped.txt", dt.date(2017, 2, 8)),
        ("wire_20160910_dprk.txt", dt.date(2016, 9, 10)),
        ("/data/2001-01-01/story_2018_05_26.html", dt.date(2018, 5, 26)),
        ("feed.jsonl:12", None),
        ("report_2017-13-45.txt", None),
        ("id_1234567890.txt", None),
        ("", None),
    ],
)
def test_date_from_name(name, expected):
    assert date_from_name(name) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2017-02-08", dt.date(2017, 2, 8)),
        ("2017-02-08T23:10:00Z", dt.date(2017, 2, 8)),
        ("2017-02-08 10:00:00+09:00", dt.date(2017, 2, 8)),
        ("February 8, 2017", dt.date(2017, 2, 8)),
        ("8 Feb 2017", dt.date(2017, 2, 8)),
        ("Wed, 08 Feb 2017 10:00:00 +0000", dt.date(2017, 2, 8)),
        ("le 8 février 2017", dt.date(2017, 2, 8)),
        ("not a date at all", None),
        ("", None),
    ],
)
def test_given_date_strings(given, expected):
    assert parse_date_string(given) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: 8 February 2017", dt.date(2017, 2, 8)),
        ("Feb. 8, 2017", dt.date(2017, 2, 8)),
        ("Wednesday, February 8, 2017 10:32 a.m. EST", dt.date(2017, 2, 8)),
        ("Updated 6:42 AM EST, March 2, 2022", dt.date(2022, 3, 2)),
        ("2018-05-26 20:15:32", dt.date(2018, 5, 26)),
        ("Kestria and Velmora signed the pact on Feb. 8, 2017.", None),
        ("Published: yesterday", None),
    ],
)
def test_date_lines(line, expected):
    assert extract_date_line(line) == expected
