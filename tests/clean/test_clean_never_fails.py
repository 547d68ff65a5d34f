"""Cleaning never fails and always returns normalised text, whatever it is given."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from detente.clean import clean_text

# Fragments that drive the cleaner into its special cases, mixed with arbitrary text.
PIECES = [
    "Advertisement",
    "By Jane Roe",
    "By JOHN DOE, Associated Press",
    "Feb. 8 (UPI) -- ",
    "KESSA, March 3 (Xinhua) -- ",
    "WASHINGTON — ",
    "Published: 8 February 2017",
    "File Photo by Tomas Hale/UPI | License Photo",
    "(AP Photo/Evan Hale)",
    "Latest Headlines",
    "Read more:",
    "Kestria recalled its ambassador from Velmora on Monday, officials said.",
    "\n",
    "\n\n",
    "\r\n",
    " ",
    "\u00a0",
    "\u0301",
    "\u200b",
]
scraped = st.lists(st.sampled_from(PIECES) | st.text(max_size=40), max_size=30).map("".join)


def _check(raw: str) -> None:
    result = clean_text(raw)
    text = result.text
    assert unicodedata.is_normalized("NFC", text)
    assert "\n\n\n" not in text
    assert text == text.strip()
    assert all(line == line.strip() for line in text.split("\n"))
    assert "\r" not in text
    if not raw.strip():
        assert text == ""


@settings(deadline=None)  # never a timed test: a loaded machine made one case take 258 ms
@given(st.text())
def test_arbitrary_text_never_raises(raw):
    _check(raw)


@settings(max_examples=300, deadline=None)  # never a timed test: speed is for benchmarks
@given(scraped)
def test_scraped_looking_text_never_raises(raw):
    _check(raw)


def test_five_megabyte_single_line_comes_back_whole():
    # Its speed (< 2 s) is measured by benchmarks/clean.py, never here.
    sentence = "Kestria accused Velmora of moving artillery toward the Tarn river crossing. "
    raw = sentence * (5_000_000 // len(sentence))
    result = clean_text(raw)
    assert result.text == raw.strip()
