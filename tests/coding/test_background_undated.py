"""Background in stories with no date of their own, and event nouns dated by the verb whose
occasion they name (made-up world, hand-built parses)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from detente.coding.date_expressions import long_ago, resolve_date_expression
from detente.coding.dates import background_modality, resolve_event_date
from detente.coding.events import Coder, code_article
from detente.records import Article, Event

from support import build_doc

PUBLISHED = dt.date(2020, 6, 1)


def _code_undated(coder: Coder, rows: list[tuple], tags: dict, dates: list[tuple]) -> list[Event]:
    """Code one hand-built sentence of an article that has no publication date."""
    doc = build_doc(rows, tags=tags)
    doc.ents = [Span(doc, start, end, label="DATE") for start, end in dates]
    article = Article(doc_id="u1", origin="test", text=doc.text, date=None)
    return list(code_article(coder, article, doc))


def _attacked(*when: tuple, verb_tag: str = "VBD") -> tuple[list[tuple], dict]:
    """ "Gondor attacked Arnor <when>." with its tags; ``when`` rows hang on the verb (1)."""
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        *when,
        (".", ".", "PUNCT", "punct", 1),
    ]
    tags = {1: verb_tag, **{3 + i: r[5] for i, r in enumerate(when) if len(r) > 5}}
    return [r[:5] for r in rows], tags


def test_a_time_long_before_any_telling_is_read_without_a_story_date() -> None:
    for text in ("two years ago", "several months ago", "years ago", "last year", "last March",
                 "last summer", "the previous year", "months ago"):  # fmt: skip
        assert long_ago(text), text
        found = resolve_date_expression(text, None)
        assert found is not None and found.before_story and found.date is None, text
    for text in ("last week", "two days ago", "last month", "on Tuesday", "next year", "weeks ago"):
        assert not long_ago(text), text
        assert resolve_date_expression(text, None) is None, text
    # with a story date the same words are dated as before
    dated = resolve_date_expression("two years ago", PUBLISHED)
    assert dated is not None and dated.date == dt.date(2018, 1, 1) and not dated.before_story


def test_an_act_two_years_before_an_undated_story_is_background(coder: Coder) -> None:
    rows, tags = _attacked(
        ("two", "two", "NUM", "nummod", 4, "CD"),
        ("years", "year", "NOUN", "npadvmod", 5, "NNS"),
        ("ago", "ago", "ADV", "advmod", 1, "RB"),
    )
    [event] = _code_undated(coder, rows, tags, dates=[(3, 6)])
    assert event.event_type == "ASSAULT" and event.modality == "historical"
    assert event.date is None and event.date_rule == "none"
    assert "two years ago" in event.modality_cue


def test_a_recent_day_in_an_undated_story_stays_news(coder: Coder) -> None:
    on_tuesday = (("on", "on", "ADP", "prep", 1), ("Tuesday", "Tuesday", "PROPN", "pobj", 3))
    rows, tags = _attacked(*on_tuesday)
    [event] = _code_undated(coder, rows, tags, dates=[(4, 5)])
    assert event.modality == "asserted"


def test_a_year_alone_dates_background_in_an_undated_story(coder: Coder) -> None:
    # "Gondor attacked Arnor in 2014." is the story's only date: it still is no news of the day
    rows, tags = _attacked(("in", "in", "ADP", "prep", 1), ("2014", "2014", "NUM", "pobj", 3, "CD"))
    [event] = _code_undated(coder, rows, tags, dates=[(4, 5)])
    assert event.modality == "historical" and event.date == dt.date(2014, 1, 1)
    # "Gondor will attack Arnor in 2014.": an act ahead in that year is left as told
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("will", "will", "AUX", "aux", 2),
        ("attack", "attack", "VERB", "ROOT", 2),
        ("Arnor", "Arnor", "PROPN", "dobj", 2),
        ("in", "in", "ADP", "prep", 2),
        ("2014", "2014", "NUM", "pobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]
    [event] = _code_undated(coder, rows, {1: "MD", 2: "VB", 5: "CD"}, dates=[(5, 6)])
    assert event.modality == "future"


def test_a_year_alone_is_left_to_the_story_date_when_there_is_one() -> None:
    from detente.coding.date_expressions import EventDate

    this_year = EventDate(date=dt.date(2020, 1, 1), rule="explicit", precision="year")
    assert background_modality("asserted", this_year, PUBLISHED) == "asserted"
    assert background_modality("asserted", this_year, None, undated=True) == "historical"
    day = EventDate(date=dt.date(2020, 5, 30), rule="explicit", precision="day")
    assert background_modality("asserted", day, dt.date(2020, 5, 30), undated=True) == "asserted"


def test_an_event_noun_naming_a_verbs_occasion_takes_its_date() -> None:
    # "Agents died 15 years ago during a raid."
    rows = [
        ("Agents", "agent", "NOUN", "nsubj", 1),
        ("died", "die", "VERB", "ROOT", 1),
        ("15", "15", "NUM", "nummod", 3),
        ("years", "year", "NOUN", "npadvmod", 4),
        ("ago", "ago", "ADV", "advmod", 1),
        ("during", "during", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 7),
        ("raid", "raid", "NOUN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = build_doc(rows, tags={1: "VBD", 2: "CD"})
    doc.ents = [Span(doc, 2, 5, label="DATE")]
    when = resolve_event_date(doc[7], PUBLISHED)
    assert (when.date, when.rule) == (dt.date(2005, 1, 1), "relative")
    # "before a raid" names an earlier time, not the occasion
    doc = build_doc([(*r[:3], r[3], r[4]) if i != 5 else ("before", "before", "ADP", "prep", 1)
                     for i, r in enumerate(rows)], tags={1: "VBD", 2: "CD"})  # fmt: skip
    doc.ents = [Span(doc, 2, 5, label="DATE")]
    assert resolve_event_date(doc[7], PUBLISHED).rule == "publication"


def test_a_decade_that_ended_before_the_story_is_background() -> None:
    found = resolve_date_expression("the 1970s", dt.date(2009, 3, 16))
    assert found is not None and found.before_story and found.date is None
    assert background_modality("asserted", found, dt.date(2009, 3, 16)) == "historical"
    # the decade the story is told in may hold its news; without a story date nothing is known
    assert resolve_date_expression("the 2000s", dt.date(2009, 3, 16)) is None
    assert resolve_date_expression("the 1970s", None) is None
