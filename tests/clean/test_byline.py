"""Bylines: names, agencies and dates printed under the headline."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.clean.byline import Byline, parse_byline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Elizabeth Shim", Byline(names="Elizabeth Shim")),
        ("By JOHN DOE, Associated Press", Byline(names="John Doe", agency="AP")),
        ("By Jane Roe and Max Mustermann", Byline(names="Jane Roe and Max Mustermann")),
        ("BY JANE ROE AND LI WEI", Byline(names="Jane Roe and Li Wei")),
        ("By Jane Roe, Staff Writer", Byline(names="Jane Roe")),
        ("By Jane Roe in Kessa", Byline(names="Jane Roe")),
        ("By Tom Kerr, Reuters", Byline(names="Tom Kerr", agency="Reuters")),
        ("By The Associated Press", Byline(names=None, agency="AP")),
        ("By J.R. Smith", Byline(names="J.R. Smith")),
        (
            "By Elizabeth Shim | Feb. 8, 2017 at 10:30 AM",
            Byline(names="Elizabeth Shim", date=dt.date(2017, 2, 8)),
        ),
    ],
)
def test_bylines(line, expected):
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "By contrast, the ministry said the talks had failed.",
        "By Monday, Kestria had withdrawn its envoy",
        "By the end of the year both sides hope to sign a treaty",
        "Elizabeth Shim",
        "By",
    ],
)
def test_sentences_starting_with_by_are_not_bylines(line):
    assert parse_byline(line) is None
