"""Subjects lost in broken parses (coding/subjects.py), on hand-built parses."""

from __future__ import annotations

from detente.coding.syntax import is_participle, subject_of

from support import build_doc


def test_a_main_verb_hung_under_a_participle_root_takes_its_subject() -> None:
    # "Riders responding to calls shot a troll": "shot" parsed as dep of the root "responding"
    doc = build_doc(
        [
            ("Riders", "rider", "NOUN", "nsubj", 1),
            ("responding", "respond", "VERB", "ROOT", 1),
            ("to", "to", "ADP", "prep", 1),
            ("calls", "call", "NOUN", "pobj", 2),
            ("shot", "shoot", "VERB", "dep", 1),
            ("a", "a", "DET", "det", 6),
            ("troll", "troll", "NOUN", "dobj", 4),
        ],
        tags={1: "VBG", 4: "VBD"},
    )
    subject = subject_of(doc[4])
    assert subject is not None and subject.text == "Riders"


def test_a_participle_with_its_own_auxiliary_lends_no_subject() -> None:
    # "Riders are responding ... shot": the root is a real clause, "shot" stays without one
    doc = build_doc(
        [
            ("Riders", "rider", "NOUN", "nsubj", 2),
            ("are", "be", "AUX", "aux", 2),
            ("responding", "respond", "VERB", "ROOT", 2),
            ("shot", "shoot", "VERB", "dep", 2),
            ("trolls", "troll", "NOUN", "dobj", 3),
        ],
        tags={2: "VBG", 3: "VBD"},
    )
    assert subject_of(doc[3]) is None


def _force_carried(with_object: bool) -> list[tuple[str, str, str, str, int]]:
    rows = [
        ("The", "the", "DET", "det", 2),
        ("Gondorian", "gondorian", "ADJ", "amod", 2),
        ("army", "army", "NOUN", "ROOT", 2),
        ("carried", "carry", "VERB", "acl", 2),
        ("out", "out", "ADP", "prt", 3),
    ]
    if with_object:
        rows.append(("raids", "raid", "NOUN", "dobj", 3))
    return rows


def test_an_active_verb_hung_under_the_root_noun_has_that_noun_as_subject() -> None:
    # "The Gondorian army carried out raids": the noun parsed as root, the verb as its modifier
    doc = build_doc(_force_carried(True), tags={3: "VBN"})
    subject = subject_of(doc[3])
    assert subject is not None and subject.text == "army"
    assert not is_participle(doc[3])  # it acts; it is not what "carried" acts on


def test_a_bare_participle_under_the_root_noun_stays_a_participle() -> None:
    # "The Gondorian army carried out": a headline participle with no object says who was acted on
    doc = build_doc(_force_carried(False), tags={3: "VBN"})
    assert subject_of(doc[3]) is None
    assert is_participle(doc[3])


def test_a_finite_verb_under_a_spread_root_noun_takes_the_first_noun() -> None:
    # "Gondor's council, a number of lords and the Ents condemned the raid"
    doc = build_doc(
        [
            ("The", "the", "DET", "det", 1),
            ("council", "council", "NOUN", "ROOT", 1),
            (",", ",", "PUNCT", "punct", 1),
            ("a", "a", "DET", "det", 4),
            ("number", "number", "NOUN", "appos", 1),
            ("of", "of", "ADP", "prep", 4),
            ("lords", "lord", "NOUN", "pobj", 5),
            ("condemned", "condemn", "VERB", "relcl", 4),
            ("the", "the", "DET", "det", 9),
            ("raid", "raid", "NOUN", "dobj", 7),
        ],
        tags={7: "VBD"},
    )
    subject = subject_of(doc[7])
    assert subject is not None and subject.text == "council"


def test_a_relative_clause_under_a_noun_that_is_not_the_root_lends_nothing() -> None:
    # "Elves fought orcs trolls feared": the clause's noun is an object, not the sentence subject
    doc = build_doc(
        [
            ("Elves", "elf", "NOUN", "nsubj", 1),
            ("fought", "fight", "VERB", "ROOT", 1),
            ("orcs", "orc", "NOUN", "dobj", 1),
            ("attacked", "attack", "VERB", "relcl", 2),
            ("Bree", "Bree", "PROPN", "dobj", 3),
        ],
        tags={1: "VBD", 3: "VBD"},
    )
    assert subject_of(doc[3]) is None


def test_a_subject_hung_under_the_auxiliary_is_the_verbs() -> None:
    # "Arnor however have opposed the raid": "Arnor" parsed as the subject of "have"
    doc = build_doc(
        [
            ("Arnor", "Arnor", "PROPN", "nsubj", 2),
            ("however", "however", "ADV", "advmod", 2),
            ("have", "have", "AUX", "aux", 3),
            ("opposed", "oppose", "VERB", "ROOT", 3),
            ("raids", "raid", "NOUN", "dobj", 3),
        ],
        tags={2: "VBP", 3: "VBN"},
    )
    subject = subject_of(doc[3])
    assert subject is not None and subject.text == "Arnor"


def _first_word_adverb(label: str) -> object:
    doc = build_doc(
        [
            ("WCW", "WCW", "ADV", "advmod", 1),
            ("sent", "send", "VERB", "ROOT", 1),
            ("riders", "rider", "NOUN", "dobj", 1),
        ],
        tags={0: "RB", 1: "VBD"},
    )
    doc.ents = [doc.char_span(0, 3, label=label)] if label else []
    return subject_of(doc[1])


def test_a_name_tagged_as_an_adverb_before_a_subjectless_verb_is_its_subject() -> None:
    # "WCW sent riders": the council's acronym tagged an adverb; the recogniser knows it a body
    found = _first_word_adverb("ORG")
    assert found is not None and str(found) == "WCW"


def test_a_time_word_before_a_subjectless_verb_is_no_subject() -> None:
    # "Yesterday sent riders": a date, not a name that can act
    assert _first_word_adverb("DATE") is None
    assert _first_word_adverb("") is None


def test_a_past_tense_word_taken_for_an_auxiliary_lends_no_subject() -> None:
    # "Orc found fatally shot": "found" tagged an auxiliary; the orc was shot, he shot no one
    doc = build_doc(
        [
            ("Orc", "orc", "NOUN", "nsubj", 1),
            ("found", "find", "AUX", "aux", 3),
            ("fatally", "fatally", "ADV", "advmod", 3),
            ("shot", "shoot", "VERB", "ROOT", 3),
        ],
        tags={1: "VBD", 3: "VBN"},
    )
    assert subject_of(doc[3]) is None



def test_a_subject_hung_under_an_opening_phrase_is_the_main_verbs() -> None:
    # "With the signing of an accord, the council and the Rangers have agreed.": the parser hung
    # "council" as a conjunct of "accord", leaving "agreed" without a subject
    doc = build_doc(
        [
            ("With", "with", "ADP", "prep", 13),
            ("the", "the", "DET", "det", 2),
            ("signing", "signing", "NOUN", "pobj", 0),
            ("of", "of", "ADP", "prep", 2),
            ("an", "an", "DET", "det", 5),
            ("accord", "accord", "NOUN", "pobj", 3),
            (",", ",", "PUNCT", "punct", 5),
            ("the", "the", "DET", "det", 8),
            ("council", "council", "NOUN", "conj", 5),
            ("and", "and", "CCONJ", "cc", 8),
            ("the", "the", "DET", "det", 11),
            ("Rangers", "Rangers", "PROPN", "conj", 8),
            ("have", "have", "AUX", "aux", 13),
            ("agreed", "agree", "VERB", "ROOT", 13),
            (".", ".", "PUNCT", "punct", 13),
        ],
        tags={12: "VBP", 13: "VBN"},
    )
    subject = subject_of(doc[13])
    assert subject is not None and subject.text == "council"


def test_a_noun_inside_the_opening_phrase_is_not_taken_for_the_subject() -> None:
    # "With the accord of the council, have agreed.": nothing stands between comma and verb
    doc = build_doc(
        [
            ("With", "with", "ADP", "prep", 8),
            ("the", "the", "DET", "det", 2),
            ("accord", "accord", "NOUN", "pobj", 0),
            ("of", "of", "ADP", "prep", 2),
            ("the", "the", "DET", "det", 5),
            ("council", "council", "NOUN", "pobj", 3),
            (",", ",", "PUNCT", "punct", 8),
            ("have", "have", "AUX", "aux", 8),
            ("agreed", "agree", "VERB", "ROOT", 8),
            (".", ".", "PUNCT", "punct", 8),
        ],
        tags={7: "VBP", 8: "VBN"},
    )
    assert subject_of(doc[8]) is None
