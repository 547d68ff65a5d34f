"""A colon or semicolon between two subjects the parser gave one verb (coding/subjects.py)."""

from __future__ import annotations

from detente.coding.syntax import subject_of

from support import build_doc


def _rows(mark: str) -> list[tuple[str, str, str, str, int]]:
    # "The news shamed lords in Bree: Arnorian officials denied it", parsed with both "news"
    # and "officials" as subjects of "denied"
    return [
        ("The", "the", "DET", "det", 1),
        ("news", "news", "NOUN", "nsubj", 8),
        ("shamed", "shame", "ADJ", "amod", 3),
        ("lords", "lord", "NOUN", "appos", 1),
        ("in", "in", "ADP", "prep", 3),
        ("Bree", "Bree", "PROPN", "pobj", 4),
        (mark, mark, "PUNCT", "punct", 3),
        ("officials", "official", "NOUN", "nsubj", 8),
        ("denied", "deny", "VERB", "ROOT", 8),
        ("it", "it", "PRON", "dobj", 8),
    ]


def test_the_subject_after_a_colon_is_the_verbs_own() -> None:
    doc = build_doc(_rows(":"), tags={8: "VBD"})
    subject = subject_of(doc[8])
    assert subject is not None and subject.text == "officials"


def test_the_subject_after_a_semicolon_is_the_verbs_own() -> None:
    doc = build_doc(_rows(";"), tags={8: "VBD"})
    subject = subject_of(doc[8])
    assert subject is not None and subject.text == "officials"


def test_two_subjects_with_no_break_between_keep_the_first() -> None:
    doc = build_doc(_rows(","), tags={8: "VBD"})
    subject = subject_of(doc[8])
    assert subject is not None and subject.text == "news"
