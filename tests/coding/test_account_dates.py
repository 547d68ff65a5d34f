"""Days and months named without their year: a past act's day is the latest such day up to the
story, and inside an account set years before it takes the account's year (made-up world)."""

from __future__ import annotations

import datetime as dt

from detente.coding.account_dates import account_year, dated_in_account, settle_past_day
from detente.coding.date_expressions import EventDate, resolve_date_expression

from support import build_doc

PUBLISHED = dt.date(2020, 6, 1)
ACCOUNT = EventDate(date=dt.date(2004, 1, 1), rule="explicit", precision="year", text="2004")


def _charged(aux: tuple[str, str] | None = None):
    """ "Arnor (aux) charged Gondor on July 7." and the verb's token."""
    verb = 2 if aux else 1
    rows = [("Arnor", "Arnor", "PROPN", "nsubj", verb)]
    if aux:
        rows.append((aux[0], aux[0], "AUX", "aux", verb))
    rows += [
        ("charged" if not aux else "charge", "charge", "VERB", "ROOT", verb),
        ("Gondor", "Gondor", "PROPN", "dobj", verb),
        ("on", "on", "ADP", "prep", verb),
        ("July", "July", "PROPN", "pobj", verb + 2),
        ("7", "7", "NUM", "nummod", verb + 3),
        (".", ".", "PUNCT", "punct", verb),
    ]
    tags = {verb: "VBD" if not aux else "VB", **({1: aux[1]} if aux else {})}
    return build_doc(rows, tags=tags)[verb]


def test_a_past_act_on_a_yearless_day_after_the_story_was_a_year_earlier() -> None:
    when = resolve_date_expression("on July 7", PUBLISHED)
    assert when.date == dt.date(2020, 7, 7)  # the nearest July 7 lies ahead
    settled = settle_past_day(when, PUBLISHED, _charged())
    assert (settled.date, settled.precision) == (dt.date(2019, 7, 7), "day")


def test_an_act_told_ahead_keeps_the_coming_day() -> None:
    when = resolve_date_expression("on July 7", PUBLISHED)
    assert settle_past_day(when, PUBLISHED, _charged(("will", "MD"))).date == dt.date(2020, 7, 7)


def test_a_yearless_month_in_an_account_takes_the_accounts_year() -> None:
    when = resolve_date_expression("in August", PUBLISHED)
    moved = dated_in_account(when, ACCOUNT, PUBLISHED)
    assert moved.date == dt.date(2004, 8, 1) and moved.before_story


def test_a_recent_day_or_a_month_tied_to_the_telling_is_left_alone() -> None:
    for text in ("on May 28", "last month", "in 2019"):
        when = resolve_date_expression(text, PUBLISHED)
        assert dated_in_account(when, ACCOUNT, PUBLISHED) == when, text


def test_an_act_told_on_takes_the_accounts_year_and_no_finer_date() -> None:
    day = EventDate(date=dt.date(2004, 7, 7), rule="relative", precision="day", text="July 7")
    told = account_year(day)
    assert told is not None and (told.date, told.precision) == (dt.date(2004, 1, 1), "year")
    assert account_year(None) is None


def test_a_past_act_on_a_day_just_after_the_story_is_left_to_the_story() -> None:
    # "charged them on June 10" in a story dated June 1: the publication date may be rough
    when = resolve_date_expression("on June 10", PUBLISHED)
    assert settle_past_day(when, PUBLISHED, _charged()) == when
