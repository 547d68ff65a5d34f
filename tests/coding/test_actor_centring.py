"""A subject "he"/"she" continues the person who was the subject of the latest sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.coding.actors import ActorCode, ActorMemory, load_actor_lexicon, resolve_actor
from detente.coding.centring import covers, main_subject
from detente.coding.events import Coder, code_article
from detente.lexicons.ontology import Ontology
from detente.lexicons.verbs import load_verbs
from detente.records import Article, Event

from middle_earth import DATE, middle_earth_gazetteer
from support import FIXTURES, build_doc

# Two rulers of two realms, each known by one name.
RULERS = """version: test
people:
  - {name: Arvedui, country: ARN, roles: [{title: King, start: 2000-01-01}]}
  - {name: Gorthaur, country: MDR, roles: [{title: Lord, start: 2000-01-01}]}
"""


@pytest.fixture(scope="module")
def rulers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rulers") / "rulers.yaml"
    path.write_text(RULERS, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def coder_of_rulers(ontology: Ontology, rulers: Path) -> Coder:
    return Coder(
        verbs=load_verbs(known_codes=tuple(ontology.codes)),
        ontology=ontology,
        actors=load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml", rulers]),
        gazetteer=middle_earth_gazetteer(),
    )


def _story(coder: Coder, first: list[tuple], then: tuple[str, str]) -> tuple[Event, ...]:
    """ "<first sentence> He accused <then>." coded as one article."""
    n = len(first)
    rows = [
        *first,
        ("He", "he", "PRON", "nsubj", n + 1),
        ("accused", "accuse", "VERB", "ROOT", n + 1),
        (then[0], then[0], "PROPN", "dobj", n + 1),
        (".", ".", "PUNCT", "punct", n + 1),
    ]
    doc = build_doc(rows, tags={n + 1: "VBD", **then_tags(first)}, starts=(0, *starts(first)))
    article = Article(doc_id="c1", origin="test", text=doc.text, date=DATE)
    return code_article(coder, article, doc)


def then_tags(rows: list[tuple]) -> dict[int, str]:
    return {i: "VBD" for i, r in enumerate(rows) if r[2] == "VERB"}


def starts(rows: list[tuple]) -> tuple[int, ...]:
    """The sentence starts after the first: each token after a full stop."""
    return tuple(i + 1 for i, r in enumerate(rows) if r[0] == ".")


def _accuser(events: tuple[Event, ...]) -> list[str | None]:
    [accused] = [e for e in events if e.trigger.text == "accused"]
    return [m.country for m in accused.actor]


def _said(subject: str, verb: tuple[str, str], obj: str, at: int = 0) -> list[tuple]:
    return [
        (subject, subject, "PROPN", "nsubj", at + 1),
        (verb[0], verb[1], "VERB", "ROOT", at + 1),
        (obj, obj, "PROPN", "dobj", at + 1),
        (".", ".", "PUNCT", "punct", at + 1),
    ]


def test_he_continues_the_subject_not_the_person_named_after_it(coder_of_rulers: Coder) -> None:
    # "Arvedui criticised Gorthaur. He accused Gondor.": he is Arvedui, not the last one named
    events = _story(coder_of_rulers, _said("Arvedui", ("criticised", "criticise"), "Gorthaur"),
                    ("Gondor", ""))  # fmt: skip
    assert _accuser(events) == ["ARN"]


def test_a_named_subject_of_a_sentence_with_no_event_is_its_centre(coder_of_rulers: Coder) -> None:
    # "Gorthaur praised Arvedui. Arvedui slept. He accused Gondor.": the sleeper is meant
    first = [
        *_said("Gorthaur", ("praised", "praise"), "Arvedui"),
        ("Arvedui", "Arvedui", "PROPN", "nsubj", 5),
        ("slept", "sleep", "VERB", "ROOT", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    events = _story(coder_of_rulers, first, ("Gondor", ""))
    assert _accuser(events) == ["ARN"]


def test_memory_gives_the_subject_of_the_latest_sentence_with_people(rulers: Path) -> None:
    world = load_actor_lexicon([FIXTURES / "actors_middle_earth.yaml", rulers], imported=False)
    arvedui, gorthaur = resolve_actor(world, "Arvedui"), resolve_actor(world, "Gorthaur")
    gondor = resolve_actor(world, "Gondor")
    assert arvedui is not None and gorthaur is not None and gondor is not None
    memory = ActorMemory()
    memory.remember(arvedui, subject=True)
    memory.remember(gorthaur)
    memory.close_sentence()
    memory.remember(gondor, subject=True)  # a later sentence with no person keeps the centre
    memory.close_sentence()
    assert memory.subject_person() == arvedui
    she = resolve_actor(world, "She", memory=memory)
    assert she is not None and she.country == "ARN"
    memory.remember(gorthaur)  # a person named, not as subject: no centre to continue
    memory.close_sentence()
    assert memory.subject_person() is None
    him = resolve_actor(world, "him", memory=memory)  # the latest person, as before
    assert isinstance(him, ActorCode) and him.country == "MDR"


def test_the_main_clause_subject_is_found_and_covered() -> None:
    doc = build_doc(_said("Arvedui", ("criticised", "criticise"), "Gorthaur"), tags={1: "VBD"})
    subject = main_subject(doc[:])
    assert subject is not None and subject.text == "Arvedui"
    assert covers(subject, 0, 7) and not covers(subject, 19, 27)


def test_a_quoted_or_copular_sentence_has_no_centre() -> None:
    # people inside someone's quotation, or what someone is, are not the story's centre
    rows = [
        ("“", "“", "PUNCT", "punct", 2),
        ("Gorthaur", "Gorthaur", "PROPN", "nsubj", 2),
        ("lied", "lie", "VERB", "ROOT", 2),
        (".", ".", "PUNCT", "punct", 2),
        ("”", "”", "PUNCT", "punct", 2),
        ("Arvedui", "Arvedui", "PROPN", "nsubj", 6),
        ("is", "be", "AUX", "ROOT", 6),
        ("king", "king", "NOUN", "attr", 6),
        (".", ".", "PUNCT", "punct", 6),
    ]
    doc = build_doc(rows, tags={2: "VBD", 6: "VBZ"}, starts=(0, 5))
    quoted, copular = list(doc.sents)
    assert main_subject(quoted) is None and main_subject(copular) is None



def test_a_sentence_inside_a_quotation_opened_before_it_has_no_centre() -> None:
    # '“Gondor will yield. Aragorn rules. Aragorn won.” Aragorn left.': the second sentence
    # has no mark of its own but lies inside the quotation; the last one is outside it
    rows = [
        ("“", "“", "PUNCT", "punct", 3), ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("will", "will", "AUX", "aux", 3), ("yield", "yield", "VERB", "ROOT", 3),
        (".", ".", "PUNCT", "punct", 3),
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 6), ("rules", "rule", "VERB", "ROOT", 6),
        (".", ".", "PUNCT", "punct", 6),
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 9), ("won", "win", "VERB", "ROOT", 9),
        (".", ".", "PUNCT", "punct", 9), ("”", "”", "PUNCT", "punct", 9),
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 13), ("left", "leave", "VERB", "ROOT", 13),
        (".", ".", "PUNCT", "punct", 13),
    ]
    doc = build_doc(rows, starts=(0, 5, 8, 12))
    sents = list(doc.sents)
    assert [s.start for s in sents] == [0, 5, 8, 12]
    assert main_subject(sents[1]) is None
    last = main_subject(sents[3])
    assert last is not None and last.text == "Aragorn"


def test_a_mark_opening_the_next_sentences_quotation_leaves_the_sentence_unquoted(
    coder_of_rulers: Coder,
) -> None:
    # actors13: 'Arvedui met Gorthaur.“ We agree,” he said. He accused Gondor.': the parser
    # leaves the opening mark on the first sentence, which quotes no one; "He" is Arvedui
    rows = [
        ("Arvedui", "Arvedui", "PROPN", "nsubj", 1), ("met", "meet", "VERB", "ROOT", 1),
        ("Gorthaur", "Gorthaur", "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1),
        ("“", "“", "PUNCT", "punct", 1),
        ("We", "we", "PRON", "nsubj", 6), ("agree", "agree", "VERB", "ccomp", 10),
        (",", ",", "PUNCT", "punct", 10), ("”", "”", "PUNCT", "punct", 10),
        ("he", "he", "PRON", "nsubj", 10), ("said", "say", "VERB", "ROOT", 10),
        (".", ".", "PUNCT", "punct", 10),
        ("He", "he", "PRON", "nsubj", 13), ("accused", "accuse", "VERB", "ROOT", 13),
        ("Gondor", "Gondor", "PROPN", "dobj", 13), (".", ".", "PUNCT", "punct", 13),
    ]
    doc = build_doc(rows, tags={1: "VBD", 6: "VBP", 10: "VBD", 13: "VBD"}, starts=(0, 5, 12))
    first = next(iter(doc.sents))
    subject = main_subject(first)
    assert subject is not None and subject.text == "Arvedui"
    article = Article(doc_id="c9", origin="test", text=doc.text, date=DATE)
    assert _accuser(code_article(coder_of_rulers, article, doc)) == ["ARN"]
