"""Dates in URLs that write the month as a word ("/2018/apr/05/")."""

from __future__ import annotations

import datetime as dt

from detente.clean.pubdate import date_from_url


def test_a_month_named_in_the_url_path_dates_the_story() -> None:
    url = "http://radio.example/news/articles/2018/apr/05/minas-tirith-council-meets/"
    assert date_from_url(url) == (dt.date(2018, 4, 5), "day")
    assert date_from_url("https://gondor.example/2017/September/3") == (dt.date(2017, 9, 3), "day")


def test_a_word_that_is_no_month_leaves_the_path_undated() -> None:
    assert date_from_url("https://gondor.example/2018/news/05/a-story/") is None
    assert date_from_url("https://gondor.example/2018/apr/45/a-story/") is None
