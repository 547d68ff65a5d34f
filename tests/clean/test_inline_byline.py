"""A byline run into the first paragraph is cut out, so the writer is never a party."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.clean.inline_byline import split_inline_byline
from detente.clean.text import clean_text


def test_capitals_byline_with_job_date_and_dateline_is_cut_out() -> None:
    raw = (
        "Kessa bridge to reopen in May. BY CHAD ORRIN Valley Reporter March 29, 2009 "
        "KESSA -- The county engineer said the bridge over the Lune would reopen in May."
    )
    cleaned = clean_text(raw)
    assert cleaned.byline == "Chad Orrin"
    assert cleaned.date == dt.date(2009, 3, 29)
    assert cleaned.dateline is not None and cleaned.dateline.place == "Kessa"
    assert "CHAD" not in cleaned.text
    assert cleaned.text.startswith("Kessa bridge to reopen in May.\n\nThe county engineer")


@pytest.mark.parametrize(
    ("paragraph", "byline"),
    [
        (
            "Mill closes. BY L.B. TARN Staff Reporter May 2, 2010 The mill shut.",
            "By L.B. TARN, May 2, 2010",
        ),
        (
            "Mill closes. BY ANNA E. VOSS STAFF WRITER May 2, 2010 The mill shut.",
            "By ANNA E. VOSS, May 2, 2010",
        ),
        (
            "Mill closes. By Ida Brandt ib@post.example Vale Post May 2, 2010 The mill shut.",
            "By Ida Brandt, May 2, 2010",
        ),
        (
            "Mill closes? By Ida M. Brandt. ORLAN, May 2 (Kestrian News) - The mill shut.",
            "By Ida M. Brandt",
        ),
    ],
)
def test_byline_shapes(paragraph: str, byline: str) -> None:
    parts = split_inline_byline([paragraph, "Second paragraph."])
    assert parts[0].startswith("Mill closes")
    assert parts[1] == byline
    assert parts[-1] == "Second paragraph."
    assert "The mill shut." in parts[2]


@pytest.mark.parametrize(
    "paragraph",
    [
        # "By" opening an ordinary sentence: no date or dateline closes a byline.
        "Ducklings hatch. The ducklings stayed a day in the nest. By Saturday they swam away.",
        "Road plan. By extending Route 9 west the county hopes to draw trade.",
        # A name, but the story goes on with no date or dateline.
        "Mill closes. By Ida Brandt's count the mill employed 300 people in 1990.",
        # Too many words between name and date to be a job title.
        "Mill closes. By Ida Brandt and all the town of Orlan in the dale, May 2, 2010 was sad.",
    ],
)
def test_sentences_starting_with_by_stay_whole(paragraph: str) -> None:
    assert split_inline_byline([paragraph]) == [paragraph]


@pytest.mark.parametrize(
    ("raw", "byline", "body_start"),
    [
        # "By:" with its colon: the story follows the name straight away.
        (
            "Orlan mill deal\n\nBy: Ida Brandt Vale-based miller Orlan Mills has sold its "
            "three mills to a Kessan buyer.\n\nMore.",
            "Ida Brandt",
            "Vale-based miller Orlan Mills",
        ),
        # The writer's job and house, then the story's first sentence.
        (
            "By Ida Brandt, Research Fellow for the Kessa Institute On 3 May, the Ruritanian "
            "army shelled the town of Osk, officials said.\n\nMore.",
            "Ida Brandt",
            "On 3 May, the Ruritanian army",
        ),
        # "The" after "for" belongs to the house's name; the next "The" opens the story.
        (
            "By IDA BRANDT, correspondent for The Kessa Times The Ruritanian army shelled the "
            "town of Osk on Monday, officials in the town said.\n\nMore.",
            "Ida Brandt",
            "The Ruritanian army shelled",
        ),
        (
            "By: Ida Brandt Staff Writer The county council of Kessa said on Monday it would "
            "sue the state over the bridge.\n\nMore.",
            "Ida Brandt",
            "The county council of Kessa",
        ),
    ],
)
def test_byline_opening_the_story_is_cut_off(raw: str, byline: str, body_start: str) -> None:
    cleaned = clean_text(raw)
    assert cleaned.byline == byline
    assert cleaned.text.startswith(body_start)
    assert "Brandt" not in cleaned.text and "BRANDT" not in cleaned.text


@pytest.mark.parametrize(
    "paragraph",
    [
        # "By" + a day and a place: a sentence, not a writer.
        "By Monday Kessa, the capital of Ruritania, was quiet again after the riots.",
        "By Tuesday Ruritanian forces had taken the town of Osk and its bridge.",
        # Two names and the story with nothing between: no colon, no job, no date.
        "By Ida Brandt and Tom Orrin The Ruritanian army shelled Osk on Monday.",
        # A comma after the name but no job or house before the next sentence.
        "By Ida Brandt, The Ruritanian army shelled Osk on Monday.",
    ],
)
def test_paragraphs_opening_with_by_stay_whole(paragraph: str) -> None:
    assert split_inline_byline([paragraph, "More."]) == [paragraph, "More."]


def test_byline_of_a_story_run_on_further_down_the_page_is_dropped() -> None:
    body = "The Kessa council met on Monday to discuss the bridge over the Lune river."
    paragraphs = [body, body, body, "By: Ida Brandt Orlan Mills sold its mills.", "More."]
    expected = [body, body, body, "Orlan Mills sold its mills.", "More."]
    assert split_inline_byline(paragraphs) == expected
    # Without the colon a paragraph that far down is the story's own sentence.
    plain = [body, body, body, "By Ida Brandt, Staff Writer The mill shut.", "More."]
    assert split_inline_byline(plain) == plain
