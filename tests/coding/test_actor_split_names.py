"""Names the tokenizer or the parser split: hyphenated words and name parts hung as siblings."""

from __future__ import annotations

from spacy.tokens import Span

from detente.coding.events import Coder
from detente.coding.syntax import phrase_bounds

from middle_earth import code, dyad, parties
from support import build_doc


def _threat(subject_rows: list[tuple[str, str, str, str, int]]) -> list:
    """`<subject rows> threatened Gondor .` with every subject row hung on the verb."""
    verb = len(subject_rows)
    return [
        *subject_rows,
        ("threatened", "threaten", "VERB", "ROOT", verb),
        ("Gondor", "Gondor", "PROPN", "dobj", verb),
        (".", ".", "PUNCT", "punct", verb),
    ]


def test_a_hyphenated_seat_split_into_three_subjects_is_one_name(coder: Coder) -> None:
    # "Barad-dur threatened Gondor": the parser hangs "Barad", "-" and "dur" each on the verb
    rows = _threat(
        [
            ("Barad", "Barad", "PROPN", "nsubj", 3),
            ("-", "-", "PUNCT", "punct", 3),
            ("dur", "dur", "PROPN", "nsubj", 3),
        ]
    )
    [event] = code(coder, rows, joined=(0, 1))
    assert dyad(event) == ("MDR", "THREATEN", "GND")
    assert event.actor[0].text == "Barad-dur"


def test_a_spaced_dash_joins_no_words(coder: Coder) -> None:
    # "Barad - dur threatened": a dash between spaces separates words, so "Barad" stays alone
    # and names no one
    rows = _threat(
        [
            ("Barad", "Barad", "PROPN", "nsubj", 3),
            ("-", "-", "PUNCT", "punct", 3),
            ("dur", "dur", "PROPN", "nsubj", 3),
        ]
    )
    assert code(coder, rows) == ()


def test_name_parts_hung_as_sibling_subjects_make_one_person(coder: Coder) -> None:
    # "Aragorn Elessar threatened Gondor" with both parts parsed as subjects of the verb: the
    # person entity holds them together
    rows = _threat(
        [
            ("Aragorn", "Aragorn", "PROPN", "nsubj", 2),
            ("Elessar", "Elessar", "PROPN", "nsubj", 2),
        ]
    )
    [event] = code(coder, rows, ents=((0, 2, "PERSON"),))
    assert event.actor[0].text == "Aragorn Elessar"
    assert parties(event.actor) == [("GND", "GOV", "user")]


def test_sibling_nouns_outside_a_name_stay_apart() -> None:
    # "Orcs Gondorians attacked": two subjects with no entity joining them are two phrases
    doc = build_doc(
        [
            ("Orcs", "orc", "NOUN", "nsubj", 2),
            ("Gondorians", "gondorian", "NOUN", "nsubj", 2),
            ("attacked", "attack", "VERB", "ROOT", 2),
        ]
    )
    assert phrase_bounds(doc[0]) == (0, 1)


def test_a_name_part_of_another_entity_is_not_taken() -> None:
    # "Aragorn Denethor praised": two person entities side by side stay two phrases
    doc = build_doc(
        [
            ("Aragorn", "Aragorn", "PROPN", "nsubj", 2),
            ("Denethor", "Denethor", "PROPN", "nsubj", 2),
            ("praised", "praise", "VERB", "ROOT", 2),
        ]
    )
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 1, 2, label="PERSON")]
    assert phrase_bounds(doc[0]) == (0, 1)


def test_two_capitalised_sides_of_a_hyphen_stay_apart() -> None:
    # "Tri-Realm has committed": a compound of two capitalised words names something else than
    # its last word ("Realm" would read as a government), so the parse is left as it is
    doc = build_doc(
        [
            ("Tri", "Tri", "PROPN", "nsubj", 3),
            ("-", "-", "PUNCT", "punct", 0),
            ("Realm", "Realm", "PROPN", "nsubj", 3),
            ("committed", "commit", "VERB", "ROOT", 3),
        ],
        joined=(0, 1),
    )
    assert phrase_bounds(doc[0]) == (0, 1)


def test_sibling_parts_of_an_organisation_are_not_joined() -> None:
    # "Tri Realm committed" tagged as one body but hung as two subjects: only a person's name is
    # held together this way, a body's name may hide a sector word
    doc = build_doc(
        [
            ("Tri", "Tri", "PROPN", "nsubj", 2),
            ("Realm", "Realm", "PROPN", "nsubj", 2),
            ("committed", "commit", "VERB", "ROOT", 2),
        ]
    )
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    assert phrase_bounds(doc[0]) == (0, 1)


def test_name_parts_hung_in_mixed_roles_beside_the_head_are_one_name() -> None:
    # "Denethor son of Ecthelion launched": later parts of one person entity hung on the verb as
    # a modifier and a subject, and on each other
    doc = build_doc(
        [
            ("Denethor", "Denethor", "PROPN", "nsubj", 4),
            ("son", "son", "PROPN", "compound", 3),
            ("of", "of", "ADP", "compound", 3),
            ("Ecthelion", "Ecthelion", "PROPN", "npadvmod", 4),
            ("launched", "launch", "VERB", "ROOT", 4),
        ]
    )
    doc.ents = [Span(doc, 0, 4, label="PERSON")]
    assert phrase_bounds(doc[0]) == (0, 4)


def test_a_person_name_part_hung_elsewhere_keeps_the_parse() -> None:
    # "Denethor Ecthelion's son launched": a part hung under a noun outside the name is no split
    doc = build_doc(
        [
            ("Denethor", "Denethor", "PROPN", "nsubj", 3),
            ("Ecthelion", "Ecthelion", "PROPN", "poss", 2),
            ("son", "son", "NOUN", "dobj", 3),
            ("launched", "launch", "VERB", "ROOT", 3),
        ]
    )
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert phrase_bounds(doc[0]) == (0, 1)
