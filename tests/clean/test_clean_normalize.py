"""Whitespace, Unicode and paragraph normalisation of the cleaned text."""

from __future__ import annotations

import unicodedata

from detente.clean import clean_text

FIRST = "Kestria and Velmora signed a trade pact on Monday, officials said."
SECOND = "The pact cuts tariffs on grain and steel over five years."


def test_paragraphs_are_separated_by_one_blank_line():
    raw = f"  {FIRST}   \r\n\r\n\r\n\n{SECOND}\t \n\n\n"
    assert clean_text(raw).text == f"{FIRST}\n\n{SECOND}"


def test_single_newlines_between_sentences_become_paragraphs():
    assert clean_text(f"{FIRST}\n{SECOND}").text == f"{FIRST}\n\n{SECOND}"


def test_odd_spaces_and_invisible_characters_are_normalised():
    raw = "Kestria\u00a0and\u2009Velmora\u200b signed\u00ad a pact\ufeff on Monday."
    assert clean_text(raw).text == "Kestria and Velmora signed a pact on Monday."


def test_text_is_nfc_and_curly_quotes_are_kept():
    raw = "The Kestrian envoy called it \u201ca historic day\u201d in Me\u0301rida\u2019s hall."
    cleaned = clean_text(raw).text
    assert unicodedata.is_normalized("NFC", cleaned)
    assert "M\u00e9rida\u2019s" in cleaned
    assert "\u201ca historic day\u201d" in cleaned


def test_hard_wrapped_wire_copy_is_rejoined():
    raw = (
        "Kestria and Velmora agreed on Monday to reopen the Tarn\n"
        "river crossing, which has been closed since a border clash\n"
        "last spring, officials in both capitals said.\n"
        "\n"
        f"{SECOND}"
    )
    assert clean_text(raw).text == (
        "Kestria and Velmora agreed on Monday to reopen the Tarn river crossing, which has been"
        " closed since a border clash last spring, officials in both capitals said."
        f"\n\n{SECOND}"
    )


def test_empty_and_blank_input_give_empty_text():
    for raw in ("", "   ", "\n\n\n", "Advertisement"):
        result = clean_text(raw)
        assert result.text == ""
        assert result.title is None
        assert result.dateline is None


def test_single_short_line_is_kept_as_text_not_taken_as_headline():
    result = clean_text("Kestria condemned Velmora's missile test")
    assert result.text == "Kestria condemned Velmora's missile test"
    assert result.title is None


def test_windows_1252_punctuation_decoded_as_latin1_is_repaired():
    raw = "KESSA \x97 Kestria\x92s envoy called the talks \x93useful\x94 \x96 for now."
    result = clean_text(raw)
    assert result.dateline is not None
    assert result.dateline.text == "KESSA —"
    assert result.text == "Kestria’s envoy called the talks “useful” – for now."
