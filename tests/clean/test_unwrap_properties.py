"""Properties of unwrapping: wrapped paragraphs come back whole, and cleaning is idempotent."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from detente.clean import clean_text

SENTENCES = [
    "Kestria recalled its ambassador from Velmora on Wednesday, officials said.",
    "The ministry said the envoy would return only when Velmora withdrew its artillery.",
    "Velmora's defence minister denied that his troops had fired first.",
    "He accused Kestria of staging the incident to win support at home.",
    "Traders on both banks of the Tarn have waited months for the crossing to reopen.",
    "A spokesman for the Kestrian army declined to comment.",
    "The two countries fought a brief war over the river in 1998.",
    "Talks mediated by the regional council are due to resume in March.",
    "Aid groups said thousands of families had fled villages near the border.",
    "“We will not be intimidated,” the prime minister told reporters in Kessa.",
    "Officials in both capitals described the talks as long-awaited and useful.",
    "The council called on both sides to show restraint.",
]
INDENTS = ["", "  ", "    ", "\t"]


@st.composite
def wrapped_stories(draw) -> tuple[list[str], str]:
    """Paragraphs of two distinct sentences each, hard-wrapped at one width (three lines or
    more), with indentation; paragraphs are apart by a blank line or by their first line's indent.
    """
    count = draw(st.integers(1, 4))
    chosen = draw(
        st.lists(st.sampled_from(SENTENCES), min_size=2 * count, max_size=2 * count, unique=True)
    )
    paragraphs = [f"{chosen[i]} {chosen[i + 1]}" for i in range(0, len(chosen), 2)]
    width = draw(st.integers(35, 70))
    first, rest = draw(st.sampled_from(INDENTS)), draw(st.sampled_from(INDENTS))
    apart = (
        "\n\n" if first.expandtabs() == rest.expandtabs() else draw(st.sampled_from(["\n", "\n\n"]))
    )
    wrapped = [
        textwrap.fill(
            p, width=width, initial_indent=first, subsequent_indent=rest, break_long_words=False
        )
        for p in paragraphs
    ]
    return paragraphs, apart.join(wrapped)


@settings(max_examples=200, deadline=None)
@given(wrapped_stories())
def test_wrapped_sentences_come_back_whole_and_paragraphs_stay_apart(story):
    paragraphs, raw = story
    cleaned = clean_text(raw).text.split("\n\n")
    for sentence in (s for p in paragraphs for s in SENTENCES if s in p):
        assert any(sentence in out for out in cleaned), sentence
    for out in cleaned:
        assert any(out in p for p in paragraphs), out


@settings(max_examples=200, deadline=None)
@given(wrapped_stories())
def test_cleaning_its_own_output_changes_nothing(story):
    _, raw = story
    once = clean_text(raw).text
    assert clean_text(once).text == once


def test_a_two_line_sentence_is_joined_only_where_no_headline_could_end():
    wrapped = "Kestria recalled its ambassador from Velmora on\nWednesday, officials said."
    assert clean_text(wrapped).text == wrapped.replace("\n", " ")
    headline = "Kestria recalls envoy over border clash at the Tarn\nOfficials said so."
    result = clean_text(headline)
    assert (result.title, result.text) == tuple(headline.split("\n"))
