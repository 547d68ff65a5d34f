"""People charged or arrested whose phrase names their country ("Gomez, a native of Mordor, was
arrested") are private persons of it, not its state. Hand-built parses of the made-up world;
rows are (word, lemma, POS, dependency, head index)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code

PUNCT = (".", ".", "PUNCT", "punct")


def _native_arrested(name: str, label: str) -> tuple[list, tuple[tuple[int, int, str], ...]]:
    """ "<name>, a native of Mordor, was arrested by Gondorian police." with the name's label."""
    rows = [
        (name, name, "PROPN", "nsubjpass", 8),
        (",", ",", "PUNCT", "punct", 0),
        ("a", "a", "DET", "det", 3),
        ("native", "native", "NOUN", "appos", 0),
        ("of", "of", "ADP", "prep", 3),
        ("Mordor", "Mordor", "PROPN", "pobj", 4),
        (",", ",", "PUNCT", "punct", 0),
        ("was", "be", "AUX", "auxpass", 8),
        ("arrested", "arrest", "VERB", "ROOT", 8),
        ("by", "by", "ADP", "agent", 8),
        ("Gondorian", "Gondorian", "ADJ", "amod", 11),
        ("police", "police", "NOUN", "pobj", 9),
        (*PUNCT, 8),
    ]
    return rows, ((0, 1, label), (5, 6, "GPE"))


def test_a_person_of_a_country_arrested_is_a_private_person(coder: Coder) -> None:
    rows, ents = _native_arrested("Gomez", "PERSON")
    [event] = code(coder, rows, tags={8: "VBN"}, ents=ents)
    assert event.cameo == "173"
    assert [(m.country, m.sector) for m in event.recipient] == [("MDR", "CVL")]


def test_a_name_that_is_no_person_keeps_the_country_alone(coder: Coder) -> None:
    # the same words with the name tagged as an organisation: nothing says a person is meant
    rows, ents = _native_arrested("Gomez", "ORG")
    events = code(coder, rows, tags={8: "VBN"}, ents=ents)
    assert all(m.sector != "CVL" or m.country != "MDR" for e in events for m in e.recipient)
