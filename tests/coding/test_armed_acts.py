"""Shootings and stabbings told without their attacker are by unidentified forces of the place.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index
over the whole text).
"""

from __future__ import annotations

from detente.coding.events import Coder, code_article
from detente.records import Article, Event

from middle_earth import DATE, home_story, parties
from support import build_doc

PUNCT = (".", ".", "PUNCT", "punct")


def _shot(verb: tuple[str, str] = ("shot", "shoot"), patient: str = "traders") -> list:
    """ "Two <patient> were <verb> in Bree." """
    return [
        ("Two", "two", "NUM", "nummod", 1),
        (patient, patient.rstrip("s"), "NOUN", "nsubjpass", 3),
        ("were", "be", "AUX", "auxpass", 3),
        (verb[0], verb[1], "VERB", "ROOT", 3),
        ("in", "in", "ADP", "prep", 3),
        ("Bree", "Bree", "PROPN", "pobj", 4),
        (*PUNCT, 3),
    ]


def _code(rows: list, coder: Coder, starts: tuple[int, ...] = (0,)) -> tuple[Event, ...]:
    doc = build_doc(rows, tags={i: "VBN" for i, r in enumerate(rows) if r[0] == "shot"},
                    starts=starts)  # fmt: skip
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE)
    return code_article(coder, article, doc)


def test_a_shooting_told_without_its_attacker_is_by_unknown_forces_there(coder: Coder) -> None:
    [event] = _code(_shot(), coder)
    assert (event.event_type, event.cameo) == ("ASSAULT", "193")
    assert parties(event.actor) == [("ARN", "UAF", "unattributed")]
    assert event.actor[0].text == "shot"  # the verb stands for the one who shot
    assert [m.country for m in event.recipient] == ["ARN"]


def test_a_stabbing_names_an_attacker_too(coder: Coder) -> None:
    [event] = _code(_shot(("stabbed", "stab")), coder)
    assert parties(event.actor) == [("ARN", "UAF", "unattributed")]


def test_a_killing_told_without_its_attacker_stays_uncoded(coder: Coder) -> None:
    # an accident, a storm or a disease kills as well: "were killed" names no attacker
    assert _code(_shot(("killed", "kill")), coder) == ()


def test_a_shooting_of_no_party_is_no_event(coder: Coder) -> None:
    # "Two horses were shot in Bree": no party was attacked
    assert _code(_shot(patient="horses"), coder) == ()


def test_the_one_shot_after_being_shot_is_the_subject_of_the_clause(coder: Coder) -> None:
    # "Two traders were hospitalized after being shot in Bree."
    rows = [
        ("Two", "two", "NUM", "nummod", 1),
        ("traders", "trader", "NOUN", "nsubjpass", 3),
        ("were", "be", "AUX", "auxpass", 3),
        ("hospitalized", "hospitalize", "VERB", "ROOT", 3),
        ("after", "after", "ADP", "prep", 3),
        ("being", "be", "AUX", "auxpass", 6),
        ("shot", "shoot", "VERB", "pcomp", 4),
        ("in", "in", "ADP", "prep", 6),
        ("Bree", "Bree", "PROPN", "pobj", 7),
        (*PUNCT, 3),
    ]
    [event] = _code(rows, coder)
    assert parties(event.actor) == [("ARN", "UAF", "unattributed")]
    assert [(m.text, m.country) for m in event.recipient] == [("Two traders", "ARN")]


def test_a_shooting_by_a_named_attacker_keeps_that_attacker(coder: Coder) -> None:
    # "Two traders were shot by rebels in Bree."
    rows = [*_shot()[:4], ("by", "by", "ADP", "agent", 3), ("rebels", "rebel", "NOUN", "pobj", 4),
            *[(w, lemma, pos, dep, head + 2 if head > 3 else head)
              for w, lemma, pos, dep, head in _shot()[4:]]]  # fmt: skip
    [event] = _code(rows, coder)
    assert [m.sector for m in event.actor] == ["REB"]


# "The trader was shot on Thursday."
SHOT_THURSDAY = [
    ("The", "the", "DET", "det", 1),
    ("trader", "trader", "NOUN", "nsubjpass", 3),
    ("was", "be", "AUX", "auxpass", 3),
    ("shot", "shoot", "VERB", "ROOT", 3),
    ("on", "on", "ADP", "prep", 3),
    ("Thursday", "Thursday", "PROPN", "pobj", 4),
    (*PUNCT, 3),
]


def test_a_shooting_with_no_place_of_its_own_takes_no_home(coder: Coder) -> None:
    # the story's home alone does not place an unnamed attacker (nor the sentences after it)
    assert _code(home_story(SHOT_THURSDAY), coder, starts=(0, 5, 10)) == ()


def test_a_shooting_on_a_named_day_is_still_of_the_passive_subject(coder: Coder) -> None:
    # "The trader was shot on Thursday in Bree.": "on Thursday" fills the "fire on" slot
    rows = [
        *SHOT_THURSDAY[:6],
        ("in", "in", "ADP", "prep", 3),
        ("Bree", "Bree", "PROPN", "pobj", 6),
        (*PUNCT, 3),
    ]
    [event] = _code(rows, coder)
    assert parties(event.actor) == [("ARN", "UAF", "unattributed")]
    assert [m.text for m in event.recipient] == ["The trader"]
