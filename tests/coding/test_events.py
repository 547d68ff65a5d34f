"""The event coder on hand-built parses of a made-up world (Gondor, Arnor, Mordor).

Each parse is written out by hand, so a failing test points at a coding rule, not at the
statistical parser. Rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.coding.actors import load_actor_lexicon
from detente.coding.events import Coder, code_article
from detente.lexicons.ontology import load_ontology
from detente.lexicons.verbs import load_verbs
from detente.records import Article, Event

from support import FIXTURES, build_doc

DATE = dt.date(2020, 6, 1)


@pytest.fixture(scope="module")
def coder() -> Coder:
    ontology = load_ontology()
    return Coder(
        verbs=load_verbs(known_codes=tuple(ontology.codes)),
        ontology=ontology,
        actors=load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"]),
    )


def code(coder: Coder, rows, tags=None) -> tuple[Event, ...]:
    doc = build_doc(rows, tags=tags)
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE)
    return code_article(coder, article, doc)


def dyad(event: Event) -> tuple[str, str, str]:
    actor = ",".join(sorted({m.country or "?" for m in event.actor}))
    recipient = ",".join(sorted({m.country or "?" for m in event.recipient}))
    return actor, event.event_type, recipient


ACTIVE = [
    ("Gondor", "Gondor", "PROPN", "nsubj", 1),
    ("attacked", "attack", "VERB", "ROOT", 1),
    ("Mordor", "Mordor", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]


def test_active_voice_codes_subject_as_actor_and_object_as_recipient(coder: Coder) -> None:
    [event] = code(coder, ACTIVE)
    assert dyad(event) == ("GND", "ASSAULT", "MDR")
    assert event.cameo.startswith("19") and event.quad_class == 4 and event.goldstein < 0
    assert event.modality == "asserted" and event.date == DATE


def test_offsets_slice_the_text_to_actor_recipient_and_trigger(coder: Coder) -> None:
    [event] = code(coder, ACTIVE)
    text = "Gondor attacked Mordor."
    assert text[event.trigger.start : event.trigger.end] == event.trigger.text == "attacked"
    [actor], [recipient] = event.actor, event.recipient
    assert text[actor.start : actor.end] == actor.text == "Gondor"
    assert text[recipient.start : recipient.end] == recipient.text == "Mordor"


def test_event_ids_are_stable_and_carry_the_lexicon_version(coder: Coder) -> None:
    first, second = code(coder, ACTIVE)[0], code(coder, ACTIVE)[0]
    assert first.event_id == second.event_id and len(first.event_id) == 16
    assert first.lexicon_version == coder.lexicon_version and "verbs:" in first.lexicon_version


def test_passive_voice_swaps_actor_and_recipient(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubjpass", 2),
        ("was", "be", "AUX", "auxpass", 2),
        ("attacked", "attack", "VERB", "ROOT", 2),
        ("by", "by", "ADP", "agent", 2),
        ("Mordor", "Mordor", "PROPN", "pobj", 3),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("MDR", "ASSAULT", "GND")


def test_negation_is_kept_as_modality_not_dropped(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("did", "do", "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3),
        ("attack", "attack", "VERB", "ROOT", 3),
        ("Mordor", "Mordor", "PROPN", "dobj", 3),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("GND", "ASSAULT", "MDR") and event.modality == "negated"


def test_agreeing_to_meet_is_an_intent_to_meet(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("agreed", "agree", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("meet", "meet", "VERB", "xcomp", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 3),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("GND", "AGREE", "ARN") and event.cameo == "036"
    assert event.trigger.text == "agreed to meet"


def test_refusing_to_meet_is_a_rejection_not_a_consultation(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("refused", "refuse", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("meet", "meet", "VERB", "xcomp", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 3),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("GND", "REJECT", "ARN")


def test_urging_someone_to_act_makes_them_the_recipient_of_a_request(coder: Coder) -> None:
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("urged", "urge", "VERB", "ROOT", 1),
        ("Mordor", "Mordor", "PROPN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("withdraw", "withdraw", "VERB", "xcomp", 1),
    ]
    events = code(coder, rows)
    assert [dyad(e) for e in events] == [("ARN", "REQUEST", "MDR")]


def test_reported_speech_codes_the_reported_act_not_the_saying(coder: Coder) -> None:
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("Mordor", "Mordor", "PROPN", "nsubj", 3),
        ("attacked", "attack", "VERB", "ccomp", 1),
        ("Gondor", "Gondor", "PROPN", "dobj", 3),
    ]
    assert [dyad(e) for e in code(coder, rows)] == [("MDR", "ASSAULT", "GND")]


def test_must_under_a_verb_of_saying_is_a_request_from_the_speaker(coder: Coder) -> None:
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("Mordor", "Mordor", "PROPN", "nsubj", 4),
        ("must", "must", "AUX", "aux", 4),
        ("withdraw", "withdraw", "VERB", "ccomp", 1),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("ARN", "REQUEST", "MDR") and event.trigger.text == "must withdraw"


def test_must_makes_the_request_a_demand_and_should_an_appeal(coder: Coder) -> None:
    # CAMEO 10 (demand) is the forceful 02 (appeal), numbered in parallel: 105 demands that the
    # target yield where 025 appeals for it.
    def rows(modal: str) -> list:
        return [
            ("Arnor", "Arnor", "PROPN", "nsubj", 1),
            ("said", "say", "VERB", "ROOT", 1),
            ("Mordor", "Mordor", "PROPN", "nsubj", 4),
            (modal, modal, "AUX", "aux", 4),
            ("withdraw", "withdraw", "VERB", "ccomp", 1),
        ]

    [must] = code(coder, rows("must"))
    [should] = code(coder, rows("should"))
    assert dyad(must) == dyad(should) == ("ARN", "REQUEST", "MDR")
    assert must.cameo[:2] == "10" and should.cameo[:2] == "02"
    assert must.cameo[2:] == should.cameo[2:]


def test_demanded_that_a_party_act_is_a_demand_urged_an_appeal(coder: Coder) -> None:
    def rows(verb: str, lemma: str) -> list:
        return [
            ("Arnor", "Arnor", "PROPN", "nsubj", 1),
            (verb, lemma, "VERB", "ROOT", 1),
            ("Mordor", "Mordor", "PROPN", "dobj", 1),
            ("to", "to", "PART", "aux", 4),
            ("withdraw", "withdraw", "VERB", "xcomp", 1),
        ]

    [demanded] = code(coder, rows("demanded", "demand"))
    [urged] = code(coder, rows("urged", "urge"))
    assert dyad(demanded) == dyad(urged) == ("ARN", "REQUEST", "MDR")
    assert demanded.cameo[:2] == "10" and urged.cameo[:2] == "02"


def _will_not(verb: str, lemma: str, *, aux: str = "will") -> list:
    """ "Arnor will not <verb> the sanctions on Mordor." """
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 3),
        (aux, aux, "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3),
        (verb, lemma, "VERB", "ROOT", 3),
        ("the", "the", "DET", "det", 5),
        ("sanctions", "sanction", "NOUN", "dobj", 3),
        ("on", "on", "ADP", "prep", 5),
        ("Mordor", "Mordor", "PROPN", "pobj", 6),
    ]


def test_a_concession_that_will_not_come_is_a_rejection_now(coder: Coder) -> None:
    [event] = code(coder, _will_not("lift", "lift"))
    assert event.event_type == "REJECT" and event.cameo.startswith("12")
    assert event.modality == "asserted" and event.trigger.text == "will not lift the sanctions"
    assert event.pattern_id.startswith("refusal+")


def test_will_no_longer_tolerate_is_a_threat_as_will_not_tolerate(coder: Coder) -> None:
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 4),
        ("will", "will", "AUX", "aux", 4),
        ("no", "no", "ADV", "neg", 3),
        ("longer", "long", "ADV", "advmod", 4),
        ("tolerate", "tolerate", "VERB", "ROOT", 4),
        ("Mordor", "Mordor", "PROPN", "dobj", 4),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("ARN", "THREATEN", "MDR") and event.modality == "asserted"


def test_a_concession_not_made_is_negated_not_a_rejection(coder: Coder) -> None:
    # "did not lift" reports what did not happen; only "will not" announces a refusal.
    [event] = code(coder, _will_not("lift", "lift", aux="did"))
    assert event.cameo.startswith("08") and event.modality == "negated"


def test_a_conflict_act_that_will_not_come_is_no_rejection(coder: Coder) -> None:
    # "will not impose sanctions" is no refusal of a concession: the refusal frame has no code
    # for material conflict, so the act keeps its own reading.
    [event] = code(coder, _will_not("impose", "impose"))
    assert event.event_type == "SANCTION" and event.modality == "negated"


def test_future_material_conflict_is_a_threat(coder: Coder) -> None:
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 2),
        ("will", "will", "AUX", "aux", 2),
        ("attack", "attack", "VERB", "ROOT", 2),
        ("Gondor", "Gondor", "PROPN", "dobj", 2),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("MDR", "THREATEN", "GND") and event.modality == "future"


def test_coordinated_actors_of_a_reciprocal_event_form_a_dyad(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("and", "and", "CCONJ", "cc", 0),
        ("Arnor", "Arnor", "PROPN", "conj", 0),
        ("met", "meet", "VERB", "ROOT", 3),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("GND", "CONSULT", "ARN")


def test_light_verb_construction_takes_its_recipient_from_the_preposition(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("imposed", "impose", "VERB", "ROOT", 1),
        ("sanctions", "sanction", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 1),
        ("Mordor", "Mordor", "PROPN", "pobj", 3),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("GND", "SANCTION", "MDR")
    assert event.trigger.text == "imposed sanctions"


def test_pronoun_subject_of_a_reported_clause_is_the_speaker(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("announced", "announce", "VERB", "ROOT", 1),
        ("it", "it", "PRON", "nsubj", 4),
        ("would", "would", "AUX", "aux", 4),
        ("attack", "attack", "VERB", "ccomp", 1),
        ("Mordor", "Mordor", "PROPN", "dobj", 4),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("GND", "THREATEN", "MDR") and event.modality == "hypothetical"


def test_nominal_event_with_possessor_and_prepositional_recipient(coder: Coder) -> None:
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("condemned", "condemn", "VERB", "ROOT", 1),
        ("Mordor", "Mordor", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("attack", "attack", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 4),
        ("Gondor", "Gondor", "PROPN", "pobj", 5),
    ]
    events = code(coder, rows)
    assert [dyad(e) for e in events] == [("ARN", "ACCUSE", "MDR"), ("MDR", "ASSAULT", "GND")]


def test_sentence_without_a_known_actor_yields_no_event(coder: Coder) -> None:
    rows = [
        ("Someone", "someone", "PRON", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("something", "something", "PRON", "dobj", 1),
    ]
    assert code(coder, rows) == ()
