"""People a sentence introduces by a stated role, and named people of no known country, in the
article's memory though the sentence codes no event (coding/centring.py, mainev15)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from detente.coding.actors import ActorMemory, load_actor_lexicon, resolve_actor, resolve_actors
from detente.coding.centring import remember_subject
from detente.coding.events import Coder, code_article
from detente.lexicons.actors import ActorLexicon
from detente.lexicons.ontology import Ontology
from detente.lexicons.verbs import load_verbs
from detente.records import Article, Event

from middle_earth import DATE, middle_earth_gazetteer
from support import FIXTURES, build_doc


@pytest.fixture(scope="module")
def world() -> ActorLexicon:
    return load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml"], imported=False)


@pytest.fixture(scope="module")
def coder(ontology: Ontology, world: ActorLexicon) -> Coder:
    return Coder(
        verbs=load_verbs(known_codes=tuple(ontology.codes)),
        ontology=ontology,
        actors=world,
        gazetteer=middle_earth_gazetteer(),
    )


def _accused(coder: Coder, first: list[tuple], then: tuple[str, str]) -> list[str | None]:
    """ "<first sentence> <then[0]> accused Mordor.": the accuser's countries."""
    n = len(first)
    rows = [
        *first,
        (then[0], then[1] or then[0], "PRON" if then[1] else "PROPN", "nsubj", n + 1),
        ("accused", "accuse", "VERB", "ROOT", n + 1),
        ("Mordor", "Mordor", "PROPN", "dobj", n + 1),
        (".", ".", "PUNCT", "punct", n + 1),
    ]
    said = next(i for i, r in enumerate(first) if r[1] == "say")
    doc = build_doc(rows, tags={said: "VBD", n + 1: "VBD"}, starts=(0, n))
    article = Article(doc_id="s1", origin="test", text=doc.text, date=DATE)
    events: tuple[Event, ...] = code_article(coder, article, doc)
    accused = [e for e in events if e.trigger.text == "accused"]
    return [m.country for e in accused for m in e.actor]


# "Gondor's envoy, Tarmo Vask, said ." (the role, then the name in apposition)
ENVOY_NAMED = [
    ("Gondor", "Gondor", "PROPN", "poss", 2),
    ("'s", "'s", "PART", "case", 0),
    ("envoy", "envoy", "NOUN", "nsubj", 7),
    (",", ",", "PUNCT", "punct", 2),
    ("Tarmo", "Tarmo", "PROPN", "compound", 5),
    ("Vask", "Vask", "PROPN", "appos", 2),
    (",", ",", "PUNCT", "punct", 2),
    ("said", "say", "VERB", "ROOT", 7),
    (".", ".", "PUNCT", "punct", 7),
]


def test_a_name_in_apposition_to_a_stated_role_is_remembered(coder: Coder) -> None:
    # "Gondor's envoy, Tarmo Vask, said. Vask accused Mordor.": Vask is Gondor's envoy
    assert _accused(coder, ENVOY_NAMED, ("Vask", "")) == ["GND"]


def test_he_after_a_stated_role_continues_that_person(coder: Coder) -> None:
    assert _accused(coder, ENVOY_NAMED, ("He", "he")) == ["GND"]


def test_a_titled_name_subject_is_remembered(world: ActorLexicon) -> None:
    # "Gondorian envoy Tarmo Vask said …": a proper-noun subject under a stated role
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 3),
        ("envoy", "envoy", "NOUN", "compound", 3),
        ("Tarmo", "Tarmo", "PROPN", "compound", 3),
        ("Vask", "Vask", "PROPN", "nsubj", 4),
        ("said", "say", "VERB", "ROOT", 4),
    ]
    doc = build_doc(rows, tags={4: "VBD"})
    memory = ActorMemory()
    remember_subject(doc[3], False, lambda text: resolve_actors(world, text), memory)
    memory.close_sentence()
    vask = resolve_actor(world, "Vask", memory=memory)
    assert vask is not None and (vask.country, vask.sector) == ("GND", "GOV")


def test_a_private_person_with_a_place_is_not_remembered(world: ActorLexicon) -> None:
    # "Tarmo Vask, a Gondorian student, said": no office; a later "Vask" is not placed by it
    rows = [
        ("Tarmo", "Tarmo", "PROPN", "compound", 1),
        ("Vask", "Vask", "PROPN", "nsubj", 7),
        (",", ",", "PUNCT", "punct", 1),
        ("a", "a", "DET", "det", 5),
        ("Gondorian", "Gondorian", "ADJ", "amod", 5),
        ("student", "student", "NOUN", "appos", 1),
        (",", ",", "PUNCT", "punct", 1),
        ("said", "say", "VERB", "ROOT", 7),
    ]
    doc = build_doc(rows, tags={7: "VBD"})
    memory = ActorMemory()
    remember_subject(doc[1], False, lambda text: resolve_actors(world, text), memory)
    memory.close_sentence()
    vask = resolve_actor(world, "Vask", memory=memory)
    assert vask is None or vask.country is None


def test_an_unplaced_named_subject_stops_he_from_reaching_back(world: ActorLexicon) -> None:
    # "Gondor's envoy, Tarmo Vask, said. Eru Tall said. He accused Mordor.": he is Tall, whose
    # country no word gives, not the envoy named before him
    memory = ActorMemory()
    doc = build_doc(ENVOY_NAMED, tags={7: "VBD"})
    remember_subject(doc[2], False, lambda text: resolve_actors(world, text), memory)
    memory.close_sentence()
    he = resolve_actor(world, "He", memory=memory)
    assert he is not None and he.country == "GND"
    rows = [
        ("Eru", "Eru", "PROPN", "compound", 1),
        ("Tall", "Tall", "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
    ]
    tall = build_doc(rows, tags={2: "VBD"})
    tall.ents = [Span(tall, 0, 2, label="PERSON")]
    remember_subject(tall[1], False, lambda text: resolve_actors(world, text), memory)
    memory.close_sentence()
    assert memory.subject_person() is None
    assert resolve_actor(world, "He", memory=memory) is None
    # "they" and "the country" still reach the parties named before: Tall is one person
    they = resolve_actor(world, "They", memory=memory)
    assert they is not None and they.country == "GND"
    country = resolve_actor(world, "the country", memory=memory)
    assert country is not None and country.country == "GND"


def test_a_quoted_speaker_after_the_quotation_is_remembered(coder: Coder) -> None:
    # '"The vote was fair," said Gondor's envoy, Tarmo Vask. Vask accused Mordor.': the
    # speaker is introduced outside the quotation, though the quoting sentence has no centre
    quoting = [
        ("“", "“", "PUNCT", "punct", 7),
        ("The", "the", "DET", "det", 2),
        ("vote", "vote", "NOUN", "nsubj", 3),
        ("was", "be", "AUX", "ccomp", 7),
        ("fair", "fair", "ADJ", "acomp", 3),
        (",", ",", "PUNCT", "punct", 7),
        ("”", "”", "PUNCT", "punct", 7),
        ("said", "say", "VERB", "ROOT", 7),
        ("Gondor", "Gondor", "PROPN", "poss", 10),
        ("'s", "'s", "PART", "case", 8),
        ("envoy", "envoy", "NOUN", "nsubj", 7),
        (",", ",", "PUNCT", "punct", 10),
        ("Tarmo", "Tarmo", "PROPN", "compound", 13),
        ("Vask", "Vask", "PROPN", "appos", 10),
        (".", ".", "PUNCT", "punct", 7),
    ]
    assert _accused(coder, quoting, ("Vask", "")) == ["GND"]
