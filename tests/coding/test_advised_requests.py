"""Advice to a party to act is a request to it; advice to the public is a notice; a role's
name in apposition stays known after an event codes the role (mainev16).

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

import pytest

from detente.coding.actors import ActorMemory, load_actor_lexicon, resolve_actor, resolve_actors
from detente.coding.centring import remember_subject
from detente.coding.events import Coder
from detente.lexicons.actors import ActorLexicon

from middle_earth import code, dyad
from support import FIXTURES, build_doc

PUNCT = (".", ".", "PUNCT", "punct")


def _advised(verb: tuple[str, str], addressee: tuple[str, str, str], *tail: tuple) -> list[tuple]:
    """ "Gondor <verb> <addressee> <tail, from index 3>." as parse rows."""
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (verb[0], verb[1], "VERB", "ROOT", 1),
        (*addressee, "dobj", 1),
        *tail,
        (*PUNCT, 1),
    ]


def test_advising_a_party_not_to_attack_asks_it_and_is_no_attack(coder: Coder) -> None:
    # "Gondor advised Arnor not to attack Rohan.": CAMEO files ADVISE under SUGGEST (020)
    rows = _advised(
        ("advised", "advise"),
        ("Arnor", "Arnor", "PROPN"),
        ("not", "not", "PART", "neg", 5),
        ("to", "to", "PART", "aux", 5),
        ("attack", "attack", "VERB", "xcomp", 1),
        ("Rohan", "Rohan", "PROPN", "dobj", 5),
    )
    events = code(coder, rows)
    assert [dyad(e) for e in events] == [("GND", "REQUEST", "ARN")]
    assert events[0].modality == "asserted"


def test_counselling_a_party_to_negotiate_is_a_request_for_talks(coder: Coder) -> None:
    # "Gondor counselled Arnor to negotiate.": the request takes the complement's root (026)
    rows = _advised(
        ("counselled", "counsel"),
        ("Arnor", "Arnor", "PROPN"),
        ("to", "to", "PART", "aux", 4),
        ("negotiate", "negotiate", "VERB", "xcomp", 1),
    )
    [event] = code(coder, rows)
    assert dyad(event) == ("GND", "REQUEST", "ARN") and event.cameo == "026"


def test_advising_residents_to_stay_indoors_is_a_notice_not_a_request(coder: Coder) -> None:
    # "Gondor advised residents to stay indoors.": the public informed, no party asked to act
    rows = _advised(
        ("advised", "advise"),
        ("residents", "resident", "NOUN"),
        ("to", "to", "PART", "aux", 4),
        ("stay", "stay", "VERB", "xcomp", 1),
        ("indoors", "indoors", "ADV", "advmod", 4),
    )
    assert [e for e in code(coder, rows) if e.event_type == "REQUEST"] == []


def test_advising_a_party_of_a_decision_asks_nothing(coder: Coder) -> None:
    # "Gondor advised Arnor of the decision.": informing, with no act asked for
    rows = _advised(
        ("advised", "advise"),
        ("Arnor", "Arnor", "PROPN"),
        ("of", "of", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 5),
        ("decision", "decision", "NOUN", "pobj", 3),
    )
    assert code(coder, rows) == ()


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


# "Gondor's envoy, Tarmo Vask, urged Arnor to withdraw ." (the role, then the name in apposition)
ENVOY_URGED = [
    ("Gondor", "Gondor", "PROPN", "poss", 2),
    ("'s", "'s", "PART", "case", 0),
    ("envoy", "envoy", "NOUN", "nsubj", 7),
    (",", ",", "PUNCT", "punct", 2),
    ("Tarmo", "Tarmo", "PROPN", "compound", 5),
    ("Vask", "Vask", "PROPN", "appos", 2),
    (",", ",", "PUNCT", "punct", 2),
    ("urged", "urge", "VERB", "ROOT", 7),
    ("Arnor", "Arnor", "PROPN", "dobj", 7),
    ("to", "to", "PART", "aux", 10),
    ("withdraw", "withdraw", "VERB", "xcomp", 7),
    (".", ".", "PUNCT", "punct", 7),
]


def test_a_named_role_coded_as_an_event_party_is_still_remembered(world: ActorLexicon) -> None:
    # the event's actor covers the subject; the name in apposition is remembered all the same
    doc = build_doc(ENVOY_URGED, tags={7: "VBD"})
    memory = ActorMemory()
    remember_subject(doc[2], True, lambda text: resolve_actors(world, text), memory)
    memory.close_sentence()
    vask = resolve_actor(world, "Vask", memory=memory)
    assert vask is not None and (vask.country, vask.sector) == ("GND", "GOV")


def test_a_covered_subject_without_a_name_remembers_no_person(world: ActorLexicon) -> None:
    # "Gondor's envoy urged Arnor to withdraw.": no name in apposition, nobody new to remember
    rows = [r for i, r in enumerate(ENVOY_URGED) if i not in (3, 4, 5, 6)]
    rows = [(*r[:4], r[4] - 4 if r[4] > 6 else r[4]) for r in rows]
    doc = build_doc(rows, tags={3: "VBD"})
    memory = ActorMemory()
    remember_subject(doc[2], True, lambda text: resolve_actors(world, text), memory)
    memory.close_sentence()
    vask = resolve_actor(world, "Vask", memory=memory)
    assert vask is None or vask.country is None
