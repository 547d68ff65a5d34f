"""Days and months named without their year, read as the story tells them.

"Detectives charged them on July 7" in a story of April 10: an act told in the past lies before
the telling, so a day named without its year is the latest such day up to publication, not the
nearest one (which may lie ahead). And inside an account set years before the story ("In 1999
two brothers robbed a bank. Prosecutors charged them in August."), a day or a month named without
its year belongs to the account's year: the account gives the year the words leave out. Read by
setting.py and narrative.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from spacy.tokens import Token

from detente.clean.dates import MONTH, make_date
from detente.coding.date_expressions import EventDate, named_day
from detente.coding.dates import is_background
from detente.coding.syntax import clause_verb
from detente.lexicons.english import english

_MONTH = re.compile(rf"\b{MONTH}(?!\w)")  # a month named in an expression ("in August")
VERBS = frozenset({"VERB", "AUX"})
# A day this close after publication may be the story's own day under a publication date read
# roughly (a URL's month, a late upload): only a day further ahead is moved back a year.
AHEAD_SLACK_DAYS = 30


def settle_past_day(when: EventDate, published: dt.date | None, trigger: Token) -> EventDate:
    """ "charged them on July 7" told on April 10: a yearless day well after publication, on an
    act told in the past, is the same day a year earlier (the latest such day up to it)."""
    if published is None or when.date is None or when.rule != "relative" or when.text is None:
        return when
    if when.date <= published + dt.timedelta(days=AHEAD_SLACK_DAYS) or not named_day(when.text):
        return when
    clause = trigger if trigger.pos_ in VERBS else clause_verb(trigger)
    if clause is None or not _told_past(clause):
        return when
    earlier = make_date(when.date.year - 1, when.date.month, when.date.day)
    return when if earlier is None else replace(when, date=earlier)


def dated_in_account(
    when: EventDate, account: EventDate | None, published: dt.date | None
) -> EventDate:
    """A day or month named without its year, in an act that goes on with an ``account`` set
    before the story, takes the account's year (or the next, when it names an earlier month than
    the account began in). Only a date that the story's own year would put months back or after
    the story moves: a recent day may be the story's own news told after the account."""
    if account is None or account.date is None or when.date is None or when.text is None:
        return when
    if when.rule != "relative" or not _yearless(when.text):
        return when
    after = published is not None and when.date > published
    if not (after or is_background(when, published)):
        return when
    moved = make_date(account.date.year, when.date.month, when.date.day)
    if moved is not None and moved < account.date:
        moved = make_date(account.date.year + 1, when.date.month, when.date.day)
    if moved is None or (published is not None and moved > published):
        return when
    return replace(when, date=moved, before_story=True)


def account_year(account: EventDate | None) -> EventDate | None:
    """The date of an undated act told on from an ``account``: the account's year, no more
    precise (the act follows the account's own day by an unknown time)."""
    if account is None or account.date is None:
        return None
    return replace(account, date=dt.date(account.date.year, 1, 1), precision="year")


def _yearless(text: str) -> bool:
    """ "on July 7", "in August": a month named with no year and no tie to the telling."""
    if named_day(text):
        return True
    telling = english().senses.telling_words  # "last March", "this month": tied to the telling
    if _MONTH.search(text) is None or any(ch.isdigit() for ch in text):
        return False
    return not any(word in telling for word in text.lower().split())


def _told_past(verb: Token) -> bool:
    """ "charged", "was charged", "had charged": a verb told in the past (not the perfect of the
    present, "has charged", which reaches the telling)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not aux:
        return verb.tag_ == "VBD"
    modals = english().words.hypothetical_aux | english().words.future_aux
    return any(a.tag_ == "VBD" for a in aux) and not any(a.lower_ in modals for a in aux)
