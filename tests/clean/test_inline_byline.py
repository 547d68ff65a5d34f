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
