"""A court appearance on charges is the state's accusation of the one who appears ("Denethor
appeared in an Osgiliath court to face charges"). Hand-built parses of the made-up world;
rows are (word, lemma, POS, dependency, head index)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad, parties

PUNCT = (".", ".", "PUNCT", "punct")
SUBJECT = [("Denethor", "Denethor", "PROPN", "nsubj", 1)]
ENTS = ((0, 1, "PERSON"), (4, 5, "GPE"))


def _appeared(tail: list, *, court: str = "court") -> list:
    """ "Denethor appeared in an Osgiliath <court> <tail>." (the tail's heads are absolute)."""
    return [
        *SUBJECT,
        ("appeared", "appear", "VERB", "ROOT", 1),
        ("in", "in", "ADP", "prep", 1),
        ("an", "an", "DET", "det", 5),
        ("Osgiliath", "Osgiliath", "PROPN", "compound", 5),
        (court, court.lower(), "NOUN", "pobj", 2),
        *tail,
        (*PUNCT, 1),
    ]


TO_FACE = [
    ("to", "to", "PART", "aux", 7),
    ("face", "face", "VERB", "advcl", 1),
    ("corruption", "corruption", "NOUN", "compound", 9),
    ("charges", "charge", "NOUN", "dobj", 7),
]
CHARGED_WITH = [
    ("charged", "charge", "VERB", "acl", 5),
    ("with", "with", "ADP", "prep", 6),
    ("theft", "theft", "NOUN", "pobj", 7),
]
ON_CHARGES = [
    ("on", "on", "ADP", "prep", 1),
    ("theft", "theft", "NOUN", "compound", 8),
    ("charges", "charge", "NOUN", "pobj", 6),
]
AS_WITNESS = [
    ("as", "as", "ADP", "prep", 1),
    ("a", "a", "DET", "det", 8),
    ("witness", "witness", "NOUN", "pobj", 6),
]


def _code(coder: Coder, rows: list) -> tuple:
    verbs = {i: "VBN" if w == "charged" else "VB" for i, (w, *_) in enumerate(rows) if i > 1}
    tags = {i: t for i, t in verbs.items() if rows[i][2] == "VERB"}
    return code(coder, rows, ents=ENTS, tags={1: "VBD", **tags})


def test_appearing_in_court_to_face_charges_is_the_courts_accusation(coder: Coder) -> None:
    [event] = _code(coder, _appeared(TO_FACE))
    assert dyad(event) == ("GND", "ACCUSE", "GND")
    assert (event.pattern_id, event.cameo) == ("accuse.court-appearance", "115")
    assert [(c, s) for c, s, _ in parties(event.actor)] == [("GND", "JUD")]
    assert [m.text for m in event.recipient] == ["Denethor"]


def test_charges_named_by_on_make_the_same_accusation(coder: Coder) -> None:
    [event] = _code(coder, _appeared(ON_CHARGES))
    assert dyad(event) == ("GND", "ACCUSE", "GND")


def test_charged_with_after_the_court_is_one_accusation_not_two(coder: Coder) -> None:
    events = _code(coder, _appeared(CHARGED_WITH))
    assert [(e.pattern_id, [m.text for m in e.recipient]) for e in events] == [
        ("accuse.court-appearance", ["Denethor"])
    ]


def test_an_appearance_with_no_charges_is_no_event(coder: Coder) -> None:
    # "Denethor appeared in an Osgiliath court as a witness."
    assert _code(coder, _appeared(AS_WITNESS)) == ()


def test_an_appearance_anywhere_but_a_court_is_no_accusation(coder: Coder) -> None:
    # "Denethor appeared in an Osgiliath film to face charges": a part played, no court
    assert _code(coder, _appeared(TO_FACE, court="film")) == ()


def test_an_appearance_someone_is_scheduled_for_is_not_coded_as_this_accusation(
    coder: Coder,
) -> None:
    # "Denethor is scheduled to appear in an Osgiliath court to face charges."
    rows = [
        ("Denethor", "Denethor", "PROPN", "nsubjpass", 2),
        ("is", "be", "AUX", "auxpass", 2),
        ("scheduled", "schedule", "VERB", "ROOT", 2),
        ("to", "to", "PART", "aux", 4),
        ("appear", "appear", "VERB", "xcomp", 2),
        ("in", "in", "ADP", "prep", 4),
        ("an", "an", "DET", "det", 8),
        ("Osgiliath", "Osgiliath", "PROPN", "compound", 8),
        ("court", "court", "NOUN", "pobj", 5),
        ("to", "to", "PART", "aux", 10),
        ("face", "face", "VERB", "advcl", 4),
        ("charges", "charge", "NOUN", "dobj", 10),
        (*PUNCT, 2),
    ]
    events = code(coder, rows, ents=((0, 1, "PERSON"), (7, 8, "GPE")), tags={2: "VBN", 4: "VB"})
    assert all(e.pattern_id != "accuse.court-appearance" for e in events)
