"""Parties the parse leaves unnamed: an adverbial gerund clause ("after pointing", "since
taking office") takes the subject of the clause it hangs on, and a reciprocal act told in the
passive ("an accord was signed between X and Y") is done by the sides its "between" phrase
names. Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head
index)."""

from __future__ import annotations

from detente.coding.adjunct_subjects import adjunct_clause
from detente.coding.events import Coder
from detente.coding.syntax import subject_of

from middle_earth import code, dyad
from support import build_doc

PUNCT = (".", ".", "PUNCT", "punct")


def _after_gerund(main: list, clause: int) -> list:
    """Rows of "<main clause> after attacking Gondor ." with the gerund hung on the clause."""
    n = len(main)
    return [
        *main,
        ("after", "after", "ADP", "prep", clause),
        ("attacking", "attack", "VERB", "pcomp", n),
        ("Gondor", "Gondor", "PROPN", "dobj", n + 1),
        (*PUNCT, clause),
    ]


def test_a_gerund_after_a_preposition_takes_the_clause_subject() -> None:
    # "The envoy withdrew after attacking Gondor.": the envoy attacked.
    rows = _after_gerund(
        [
            ("The", "the", "DET", "det", 1),
            ("envoy", "envoy", "NOUN", "nsubj", 2),
            ("withdrew", "withdraw", "VERB", "ROOT", 2),
        ],
        2,
    )
    doc = build_doc(rows, tags={2: "VBD", 4: "VBG"})
    assert subject_of(doc[4]).text == "envoy"


def test_a_passive_clause_subject_does_the_gerund_act() -> None:
    # "The envoy was arrested after attacking Gondor.": the envoy attacked.
    rows = _after_gerund(
        [
            ("The", "the", "DET", "det", 1),
            ("envoy", "envoy", "NOUN", "nsubjpass", 3),
            ("was", "be", "AUX", "auxpass", 3),
            ("arrested", "arrest", "VERB", "ROOT", 3),
        ],
        3,
    )
    doc = build_doc(rows, tags={3: "VBN", 5: "VBG"})
    assert subject_of(doc[5]).text == "envoy"


def test_a_gerund_after_for_takes_no_subject_from_the_clause() -> None:
    # "The envoy thanked Arnor for attacking Gondor.": Arnor attacked, not the envoy.
    rows = [
        ("The", "the", "DET", "det", 1),
        ("envoy", "envoy", "NOUN", "nsubj", 2),
        ("thanked", "thank", "VERB", "ROOT", 2),
        ("Arnor", "Arnor", "PROPN", "dobj", 2),
        ("for", "for", "ADP", "prep", 2),
        ("attacking", "attack", "VERB", "pcomp", 4),
        ("Gondor", "Gondor", "PROPN", "dobj", 5),
        (*PUNCT, 2),
    ]
    doc = build_doc(rows, tags={2: "VBD", 5: "VBG"})
    assert adjunct_clause(doc[5]) is None
    assert subject_of(doc[5]) is None or subject_of(doc[5]).text != "envoy"


def test_a_gerund_after_a_nouns_preposition_hangs_on_no_clause() -> None:
    # "The cost of attacking Gondor rose."
    rows = [
        ("The", "the", "DET", "det", 1),
        ("cost", "cost", "NOUN", "nsubj", 5),
        ("of", "of", "ADP", "prep", 1),
        ("attacking", "attack", "VERB", "pcomp", 2),
        ("Gondor", "Gondor", "PROPN", "dobj", 3),
        ("rose", "rise", "VERB", "ROOT", 5),
        (*PUNCT, 5),
    ]
    doc = build_doc(rows, tags={3: "VBG", 5: "VBD"})
    assert adjunct_clause(doc[3]) is None


def _signed_between(*, agent: bool = False) -> list:
    """ "An accord was signed between Arnor and Gondor (by Mordor)." """
    rows = [
        ("An", "an", "DET", "det", 1),
        ("accord", "accord", "NOUN", "nsubjpass", 3),
        ("was", "be", "AUX", "auxpass", 3),
        ("signed", "sign", "VERB", "ROOT", 3),
        ("between", "between", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        ("and", "and", "CCONJ", "cc", 5),
        ("Gondor", "Gondor", "PROPN", "conj", 5),
    ]
    if agent:
        rows += [("by", "by", "ADP", "agent", 3), ("Mordor", "Mordor", "PROPN", "pobj", 8)]
    return [*rows, (*PUNCT, 3)]


def test_a_passive_accord_signed_between_two_sides_is_theirs(coder: Coder) -> None:
    [event] = code(coder, _signed_between(), tags={3: "VBN"})
    assert event.cameo == "057" and dyad(event) == ("ARN", "SUPPORT", "GND")


def test_a_passive_accord_with_its_agent_stays_the_agents(coder: Coder) -> None:
    events = code(coder, _signed_between(agent=True), tags={3: "VBN"})
    assert all(dyad(e)[0] != "ARN" for e in events)


def test_a_pro_form_side_is_the_recipient(coder: Coder) -> None:
    # "An accord was signed between Arnor and that of Gondor.": "that of Gondor" is a side.
    rows = [
        ("An", "an", "DET", "det", 1),
        ("accord", "accord", "NOUN", "nsubjpass", 3),
        ("was", "be", "AUX", "auxpass", 3),
        ("signed", "sign", "VERB", "ROOT", 3),
        ("between", "between", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        ("and", "and", "CCONJ", "cc", 5),
        ("that", "that", "PRON", "conj", 5),
        ("of", "of", "ADP", "prep", 7),
        ("Gondor", "Gondor", "PROPN", "pobj", 8),
        (*PUNCT, 3),
    ]
    events = code(coder, rows, tags={3: "VBN"})
    assert [dyad(e)[1:] for e in events] == [("SUPPORT", "GND")]
