"""Event dates: expressions read against the publication date, where they govern the trigger."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
import spacy
from spacy.tokens import Doc, Span

from detente.coding.dates import (
    EventDate,
    background_modality,
    is_background,
    resolve_date_expression,
    resolve_event_date,
)

WEDNESDAY = dt.date(2017, 2, 8)  # the UPI story's publication date was a Wednesday


Row = tuple[str, str, str, str, int]  # word, lemma, POS, dependency label, head index


def _parse(rows: Sequence[Row], dates: Sequence[tuple[int, int]] = ()) -> Doc:
    """One hand-built sentence; ``dates`` are the token ranges of its DATE entities."""
    doc = Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=[i + 1 < len(rows) and rows[i + 1][2] != "PUNCT" for i in range(len(rows))],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        tags=["CD" if r[2] == "NUM" else "" for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )
    doc.ents = [Span(doc, start, end, label="DATE") for start, end in dates]
    return doc


@pytest.mark.parametrize(
    ("text", "date", "rule", "precision"),
    [
        ("Wednesday", dt.date(2017, 2, 8), "relative", "day"),  # the story's own day
        ("Tuesday", dt.date(2017, 2, 7), "relative", "day"),
        ("Sunday night", dt.date(2017, 2, 5), "relative", "day"),
        ("last Wednesday", dt.date(2017, 2, 1), "relative", "day"),
        ("two days ago", dt.date(2017, 2, 6), "relative", "day"),
        ("yesterday", dt.date(2017, 2, 7), "relative", "day"),
        ("Feb. 3", dt.date(2017, 2, 3), "relative", "day"),
        ("December 28", dt.date(2016, 12, 28), "relative", "day"),
        ("last week", dt.date(2017, 1, 30), "relative", "week"),
        ("last month", dt.date(2017, 1, 1), "relative", "month"),
        ("Earlier in January", dt.date(2017, 1, 1), "relative", "month"),
        ("in December", dt.date(2016, 12, 1), "relative", "month"),
        ("earlier this year", dt.date(2017, 1, 1), "relative", "year"),
        ("last year", dt.date(2016, 1, 1), "relative", "year"),
        ("2016", dt.date(2016, 1, 1), "explicit", "year"),
        ("March 2015", dt.date(2015, 3, 1), "explicit", "month"),
        ("Jan. 5, 2016", dt.date(2016, 1, 5), "explicit", "day"),
    ],
)
def test_expressions_resolve_against_the_publication_date(text, date, rule, precision):
    found = resolve_date_expression(text, WEDNESDAY)
    assert (found.date, found.rule, found.precision) == (date, rule, precision)


@pytest.mark.parametrize("text", ["the 1990s", "the Lunar New Year", "recent weeks", "the weekend"])
def test_vague_expressions_give_no_date(text):
    found = resolve_date_expression(text, WEDNESDAY)
    # a decade over before the story gives no date, only that the act is background
    assert found is None or (found.date is None and found.before_story and text == "the 1990s")


def test_relative_expressions_need_a_publication_date_but_years_do_not():
    assert resolve_date_expression("on Tuesday", None) is None
    assert resolve_date_expression("in 2016", None).date == dt.date(2016, 1, 1)


def test_a_future_event_takes_the_coming_weekday():
    assert resolve_date_expression("Tuesday", WEDNESDAY, future=True).date == dt.date(2017, 2, 14)
    assert resolve_date_expression("next Wednesday", WEDNESDAY).date == dt.date(2017, 2, 15)


def _deteriorated_in_2016() -> Doc:
    """ "Relations deteriorated in 2016, when North Korea fired missiles and conducted tests." """
    return _parse([
        ("Relations", "relation", "NOUN", "nsubj", 1),
        ("deteriorated", "deteriorate", "VERB", "ROOT", 1), ("in", "in", "ADP", "prep", 1),
        ("2016", "2016", "NUM", "pobj", 2), (",", ",", "PUNCT", "punct", 3),
        ("when", "when", "SCONJ", "advmod", 8), ("North", "North", "PROPN", "compound", 7),
        ("Korea", "Korea", "PROPN", "nsubj", 8), ("fired", "fire", "VERB", "relcl", 3),
        ("missiles", "missile", "NOUN", "dobj", 8), ("and", "and", "CCONJ", "cc", 8),
        ("conducted", "conduct", "VERB", "conj", 8), ("tests", "test", "NOUN", "dobj", 11),
        (".", ".", "PUNCT", "punct", 1),
    ], dates=[(3, 4)])


def test_a_when_clause_takes_the_date_it_describes_and_passes_it_to_coordinated_verbs():
    doc = _deteriorated_in_2016()
    for trigger in (doc[8], doc[11]):  # fired, conducted
        when = resolve_event_date(trigger, WEDNESDAY)
        assert (when.date, when.rule, when.precision) == (dt.date(2016, 1, 1), "explicit", "year")
        assert background_modality("asserted", when, WEDNESDAY) == "historical"


def test_a_sentence_opening_date_dates_its_verb():
    # "In 2016 North Korea fired missiles."
    doc = _parse([
        ("In", "in", "ADP", "prep", 4), ("2016", "2016", "NUM", "pobj", 0),
        ("North", "North", "PROPN", "compound", 3), ("Korea", "Korea", "PROPN", "nsubj", 4),
        ("fired", "fire", "VERB", "ROOT", 4), ("missiles", "missile", "NOUN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 4),
    ], dates=[(1, 2)])
    assert resolve_event_date(doc[4], WEDNESDAY).date == dt.date(2016, 1, 1)


def _reported_on_wednesday() -> Doc:
    """ "Media reported on Wednesday that the ministry hosted a meeting." """
    return _parse([
        ("Media", "medium", "NOUN", "nsubj", 1), ("reported", "report", "VERB", "ROOT", 1),
        ("on", "on", "ADP", "prep", 1), ("Wednesday", "Wednesday", "PROPN", "pobj", 2),
        ("that", "that", "SCONJ", "mark", 7), ("the", "the", "DET", "det", 6),
        ("ministry", "ministry", "NOUN", "nsubj", 7), ("hosted", "host", "VERB", "ccomp", 1),
        ("a", "a", "DET", "det", 9), ("meeting", "meeting", "NOUN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 1),
    ], dates=[(3, 4)])


def test_the_date_of_a_report_is_not_the_date_of_what_it_reports():
    doc = _reported_on_wednesday()
    report = resolve_event_date(doc[1], WEDNESDAY)
    assert (report.date, report.rule) == (WEDNESDAY, "relative")
    meeting = resolve_event_date(doc[7], WEDNESDAY)
    assert (meeting.date, meeting.rule, meeting.precision) == (WEDNESDAY, "publication", "day")


def _on_tuesday(*, tagged: bool) -> Doc:
    """ "On Tuesday Spicer described Pyongyang as a threat." """
    return _parse([
        ("On", "on", "ADP", "prep", 3), ("Tuesday", "Tuesday", "PROPN", "pobj", 0),
        ("Spicer", "Spicer", "PROPN", "nsubj", 3), ("described", "describe", "VERB", "ROOT", 3),
        ("Pyongyang", "Pyongyang", "PROPN", "dobj", 3), ("as", "as", "ADP", "prep", 3),
        ("a", "a", "DET", "det", 7), ("threat", "threat", "NOUN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 3),
    ], dates=[(1, 2)] if tagged else [])


@pytest.mark.parametrize("tagged", [True, False])
def test_a_weekday_is_the_latest_such_day_up_to_publication(tagged):
    when = resolve_event_date(_on_tuesday(tagged=tagged)[3], WEDNESDAY)
    assert (when.date, when.rule, when.precision) == (dt.date(2017, 2, 7), "relative", "day")
    assert background_modality("asserted", when, WEDNESDAY) == "asserted"


def test_a_past_month_makes_background():
    # "Earlier in January, the embassy invited officials."
    doc = _parse([
        ("Earlier", "early", "ADV", "advmod", 6), ("in", "in", "ADP", "prep", 0),
        ("January", "January", "PROPN", "pobj", 1), (",", ",", "PUNCT", "punct", 6),
        ("the", "the", "DET", "det", 5), ("embassy", "embassy", "NOUN", "nsubj", 6),
        ("invited", "invite", "VERB", "ROOT", 6), ("officials", "official", "NOUN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 6),
    ], dates=[(0, 3)])
    when = resolve_event_date(doc[6], WEDNESDAY)
    assert (when.date, when.rule, when.precision) == (dt.date(2017, 1, 1), "relative", "month")
    assert background_modality("asserted", when, WEDNESDAY) == "historical"


def test_a_date_that_names_a_thing_does_not_date_the_event():
    # "The 2016 tests angered China.": the tests are from 2016, the anger is today's news.
    doc = _parse([
        ("The", "the", "DET", "det", 2), ("2016", "2016", "NUM", "compound", 2),
        ("tests", "test", "NOUN", "nsubj", 3), ("angered", "anger", "VERB", "ROOT", 3),
        ("China", "China", "PROPN", "dobj", 3), (".", ".", "PUNCT", "punct", 3),
    ], dates=[(1, 2)])
    assert resolve_event_date(doc[3], WEDNESDAY).rule == "publication"


def test_a_deadline_does_not_date_the_event():
    # "Troops will stay until March."
    doc = _parse([
        ("Troops", "troop", "NOUN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
        ("stay", "stay", "VERB", "ROOT", 2), ("until", "until", "ADP", "prep", 2),
        ("March", "March", "PROPN", "pobj", 3), (".", ".", "PUNCT", "punct", 2),
    ], dates=[(4, 5)])
    assert resolve_event_date(doc[2], WEDNESDAY).rule == "publication"


def test_without_a_publication_date_an_undated_event_has_no_date():
    doc = _reported_on_wednesday()
    when = resolve_event_date(doc[7], None)
    assert (when.date, when.rule, when.precision) == (None, "none", None)
    assert resolve_event_date(_deteriorated_in_2016()[8], None).date == dt.date(2016, 1, 1)


def test_only_asserted_events_become_historical():
    old = EventDate(date=dt.date(2016, 1, 1), rule="explicit", precision="year")
    assert background_modality("negated", old, WEDNESDAY) == "negated"
    assert background_modality("asserted", old, WEDNESDAY) == "historical"


def test_recent_relative_days_are_news_and_old_full_dates_are_background():
    two_weeks = EventDate(date=dt.date(2017, 1, 25), rule="relative", precision="day")
    assert not is_background(two_weeks, WEDNESDAY)
    full = EventDate(date=dt.date(2017, 1, 25), rule="explicit", precision="day")
    assert is_background(full, WEDNESDAY)
    last_month_early = EventDate(date=dt.date(2017, 1, 1), rule="relative", precision="month")
    assert not is_background(last_month_early, dt.date(2017, 2, 3))  # January ended days ago


def test_an_agreement_is_not_dated_by_the_talks_it_plans():
    # "Both sides agreed to hold talks on Thursday."
    doc = _parse([
        ("Both", "both", "DET", "det", 1), ("sides", "side", "NOUN", "nsubj", 2),
        ("agreed", "agree", "VERB", "ROOT", 2), ("to", "to", "PART", "aux", 4),
        ("hold", "hold", "VERB", "xcomp", 2), ("talks", "talk", "NOUN", "dobj", 4),
        ("on", "on", "ADP", "prep", 4), ("Thursday", "Thursday", "PROPN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 2),
    ], dates=[(7, 8)])
    assert resolve_event_date(doc[2], WEDNESDAY).rule == "publication"
    talks = resolve_event_date(doc[4], WEDNESDAY, future=True)
    assert (talks.date, talks.rule) == (dt.date(2017, 2, 9), "relative")
