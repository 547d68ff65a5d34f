"""Names the parser tagged as the verb's modifier (coding/subjects.py), on hand-built parses."""

from __future__ import annotations

from detente.coding.syntax import subject_of

from support import build_doc


def _perfect(label: str) -> object:
    # "WCW had sent riders": a past perfect whose subject was tagged an adverb
    doc = build_doc(
        [
            ("WCW", "WCW", "ADV", "advmod", 2),
            ("had", "have", "AUX", "aux", 2),
            ("sent", "send", "VERB", "ROOT", 2),
            ("riders", "rider", "NOUN", "dobj", 2),
        ],
        tags={0: "RB", 1: "VBD", 2: "VBN"},
    )
    doc.ents = [doc.char_span(0, 3, label=label)] if label else []
    return subject_of(doc[2])


def test_a_name_before_a_past_perfect_is_its_subject() -> None:
    found = _perfect("ORG")
    assert found is not None and str(found) == "WCW"
    assert _perfect("DATE") is None


def _after_opening(word: str) -> object:
    # "In talks with Arnor, <word> sent riders": the word after the opening phrase's comma
    doc = build_doc(
        [
            ("In", "in", "ADP", "prep", 6),
            ("talks", "talk", "NOUN", "pobj", 0),
            ("with", "with", "ADP", "prep", 1),
            ("Arnor", "Arnor", "PROPN", "pobj", 2),
            (",", ",", "PUNCT", "punct", 6),
            (word, word.lower(), "ADJ", "advmod", 6),
            ("sent", "send", "VERB", "ROOT", 6),
            ("riders", "rider", "NOUN", "dobj", 6),
        ],
        tags={5: "JJ", 6: "VBD"},
    )
    return subject_of(doc[6])


def test_an_acronym_after_an_opening_phrase_is_the_subject() -> None:
    found = _after_opening("WCW")
    assert found is not None and str(found) == "WCW"


def test_an_adverb_after_an_opening_phrase_is_no_subject() -> None:
    # "In talks with Arnor, quickly sent riders", "..., Later sent": no name, no subject
    assert _after_opening("quickly") is None
    assert _after_opening("Later") is None


def _asked(verb: tuple[str, str], prep: str) -> object:
    # "Gondor <verb> <prep> Arnor to withdraw riders"
    doc = build_doc(
        [
            ("Gondor", "Gondor", "PROPN", "nsubj", 1),
            (verb[0], verb[1], "VERB", "ROOT", 1),
            (prep, prep, "ADP", "prep", 1),
            ("Arnor", "Arnor", "PROPN", "pobj", 2),
            ("to", "to", "PART", "aux", 5),
            ("withdraw", "withdraw", "VERB", "xcomp", 1),
            ("riders", "rider", "NOUN", "dobj", 5),
        ],
        tags={1: "VBD", 4: "TO", 5: "VB"},
    )
    return subject_of(doc[5])


def test_the_party_called_on_does_what_it_is_asked() -> None:
    for verb, prep in ((("called", "call"), "on"), (("appealed", "appeal"), "to")):
        found = _asked(verb, prep)
        assert found is not None and str(found) == "Arnor", verb


def test_a_verb_that_asks_no_one_leaves_the_complement_to_its_subject() -> None:
    # "Gondor agreed with Arnor to withdraw riders": Gondor withdraws
    found = _asked(("agreed", "agree"), "with")
    assert found is not None and str(found) == "Gondor"


def _parenthetical(aux: bool) -> object:
    # "Riders, held in Udun, (have) returned": "held" parsed as the main verb, "returned" as its
    # conjunct; with "have" after the comma "returned" is the real main verb
    rows = [
        ("Riders", "rider", "NOUN", "nsubj", 2),
        (",", ",", "PUNCT", "punct", 0),
        ("held", "hold", "VERB", "ROOT", 2),
        ("in", "in", "ADP", "prep", 2),
        ("Udun", "Udun", "PROPN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 2),
    ]
    if aux:
        rows.append(("have", "have", "AUX", "aux", 7))
        rows.append(("returned", "return", "VERB", "conj", 2))
    else:
        rows.append(("returned", "return", "VERB", "conj", 2))
    doc = build_doc(rows, tags={2: "VBD", len(rows) - 1: "VBN" if aux else "VBD"})
    return subject_of(doc[2]), subject_of(doc[len(rows) - 1])


def test_a_participle_set_off_by_commas_before_the_main_verb_has_no_doer() -> None:
    held, returned = _parenthetical(aux=True)
    assert held is None
    assert returned is not None and str(returned) == "Riders"


def test_two_verbs_in_a_row_keep_their_shared_subject() -> None:
    # "Riders, held in Udun, returned": no auxiliary tells which verb is the main one
    held, returned = _parenthetical(aux=False)
    assert held is not None and str(held) == "Riders"
    assert returned is not None and str(returned) == "Riders"
