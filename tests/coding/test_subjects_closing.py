"""Subjects of two more broken-parse shapes: a predicate hung under a noun inside the subject
phrase, and a closing speaker hung as a clause of its own noun (coding/subjects.py)."""

from __future__ import annotations

from detente.coding.syntax import is_participle, subject_of

from support import build_doc


def _riders_gave(*, joined_object: bool) -> list[tuple[str, str, str, str, int]]:
    # "Riders from two Arnorian bands gave and delivered horses": no main verb; "gave" hangs
    # under "bands", inside the subject phrase whose head is the root
    rows = [
        ("Riders", "rider", "NOUN", "ROOT", 0),
        ("from", "from", "ADP", "prep", 0),
        ("two", "two", "NUM", "nummod", 4),
        ("Arnorian", "arnorian", "ADJ", "amod", 4),
        ("bands", "band", "NOUN", "pobj", 1),
        ("gave", "give", "VERB", "acl", 4),
    ]
    if joined_object:
        rows += [
            ("and", "and", "CCONJ", "cc", 5),
            ("delivered", "deliver", "VERB", "conj", 5),
            ("horses", "horse", "NOUN", "dobj", 7),
        ]
    return rows


def test_a_predicate_under_a_noun_of_the_subject_phrase_has_the_phrase_head_as_subject() -> None:
    doc = build_doc(_riders_gave(joined_object=True), tags={5: "VBN", 7: "VBD"})
    subject = subject_of(doc[5])
    assert subject is not None and subject.text == "Riders"
    assert not is_participle(doc[5])


def test_a_bare_participle_there_stays_a_participle() -> None:
    # "Riders from two Arnorian bands gave": nothing shows it acts, so it describes the bands
    doc = build_doc(_riders_gave(joined_object=False), tags={5: "VBN"})
    assert subject_of(doc[5]) is None
    assert is_participle(doc[5])


def _closing(verb: str, lemma: str) -> list[tuple[str, str, str, str, int]]:
    # "Mordor broke the truce , a council of lords <verb> here": the speaker after the comma is
    # parsed as an apposition of "truce", its verb as a clause under it
    return [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("broke", "break", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("truce", "truce", "NOUN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 3),
        ("a", "a", "DET", "det", 6),
        ("council", "council", "NOUN", "appos", 3),
        (verb, lemma, "VERB", "acl", 6),
        ("here", "here", "ADV", "advmod", 7),
    ]


def test_a_closing_verb_of_saying_has_the_noun_before_it_as_subject() -> None:
    doc = build_doc(_closing("protested", "protest"), tags={7: "VBN"})
    subject = subject_of(doc[7])
    assert subject is not None and subject.text == "council"
    assert not is_participle(doc[7])


def test_a_closing_participle_of_another_verb_describes_its_noun() -> None:
    # "…, a council arrested here": a council that was arrested, not one that arrested
    doc = build_doc(_closing("arrested", "arrest"), tags={7: "VBN"})
    assert subject_of(doc[7]) is None
    assert is_participle(doc[7])
