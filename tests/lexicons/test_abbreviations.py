"""Dotted lower-case abbreviations ("p.m.") are no acronyms of actors ("PM")."""

from __future__ import annotations

from detente.lexicons.actors import tokenise


def test_a_time_of_day_is_no_prime_minister() -> None:
    assert [t.norm for t in tokenise("from 1-3 p.m. Saturday")] == ["from", "1", "3", "saturday"]
    assert [t.norm for t in tokenise("6:45 a.m. in Minas Tirith")] == [
        "6",
        "45",
        "in",
        "minas",
        "tirith",
    ]


def test_dotted_capitals_stay_names() -> None:
    assert [t.norm for t in tokenise("the P.M. of Gondor")] == ["the", "pm", "of", "gondor"]
    assert [t.norm for t in tokenise("U.S. troops")] == ["us", "troops"]
