"""The model's dependency parser with its greedy decoding done in NumPy: the same parses, faster.

spaCy's parser is an arc-eager transition system (shift, reduce, left arc, right arc and break,
the arcs once per label) that reads eight tokens per step: the first two of the buffer, the top
three of the stack, the last left child of the buffer's first and the last left and right
children of the stack's top. The network's lower layer runs in bulk before the loop; the loop
itself is C, but in spaCy 3.8.18 every read of a buffer position takes and drops the GIL and the
loop costs about ten times the network.

``FastDependencyParser`` keeps the component and its network and replays the loop over arrays
when every sentence start is preset (``detente.parse.sentences`` sets them on every piece it
parses): a parse never crosses a preset sentence start, since no arc can reach the start and the
stack must be empty before it is shifted, so each sentence is a state of its own and all of them
advance together, one array operation per step for thousands of states. The arithmetic is
spaCy's, in its order (the eight feature rows summed, the bias added, maxout, the scores from
BLIS's ``gemm`` plus the bias, the first best valid move) and the rules are those of
``spacy/pipeline/_parser_internals/arc_eager.pyx``. A batch the replay does not cover (a
sentence start left open, a preset parse, a label that needs adjacent tokens, an arc moved
away from the middle of its head's list, which spaCy would leave behind) goes through the
component unchanged. ``tests/parse/test_dependencies.py`` checks the moves on hand-set scores;
the ``model`` tests compare whole texts with spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import DEP, HEAD, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from detente.parse.entities import maxout
from detente.parse.replayed import NetworkWeights, ReplayedComponent

SHIFT, REDUCE, LEFT, RIGHT, BREAK = range(5)
_KINDS = {"S": SHIFT, "D": REDUCE, "L": LEFT, "R": RIGHT, "B": BREAK}


class Irregular(Exception):
    """A parse the replay does not follow exactly; the batch goes through spaCy instead."""


class MoveTable:
    """Each class's move kind and label (a string hash), from the parser's class names."""

    def __init__(self, names: list[str], strings: Any) -> None:
        self.kind = np.array([_KINDS[n.split("-", 1)[0]] for n in names], dtype=np.int8)
        labels = [n.split("-", 1)[1] if "-" in n else "" for n in names]
        self.label = np.array([strings.add(lab) if lab else 0 for lab in labels], dtype=np.uint64)
        self.subtok = "subtok" in labels  # needs S0 == B0 - 1: not replayed


@dataclass(slots=True)
class Tokens:
    """Per flat token of a batch: sentence-start marks and what the parse has built so far."""

    starts: np.ndarray  # preset sentence start
    closed: np.ndarray  # may not start a sentence
    head: np.ndarray  # flat index of the head, -1 while none
    label: np.ndarray  # label hash of the arc to the head
    unshiftable: np.ndarray
    last_left: np.ndarray  # last left child still attached, -1 for none
    last_right: np.ndarray
    before: np.ndarray  # the child added to the same head's list just before this one

    @classmethod
    def empty(cls, starts: np.ndarray, closed: np.ndarray) -> Tokens:
        n = len(starts)
        return cls(starts=starts, closed=closed, head=np.full(n, -1), label=np.zeros(n, np.uint64),
                   unshiftable=np.zeros(n, bool), last_left=np.full(n, -1),
                   last_right=np.full(n, -1), before=np.full(n, -1))  # fmt: skip


@dataclass(slots=True)
class States:
    """One parse state per sentence: a stack, the buffer's next token and a re-buffer stack."""

    stack: np.ndarray  # (states, width)
    depth: np.ndarray
    next: np.ndarray  # flat index of the next unread token
    rebuffer: np.ndarray  # (states, width): tokens put back by a reduce without a head
    waiting: np.ndarray  # tokens in the re-buffer
    doc_end: np.ndarray  # flat end of the state's document (the buffer runs on past the sentence)
    sent_end: np.ndarray

    @classmethod
    def of(cls, bounds: list[tuple[int, int, int]]) -> States:
        """States for (sentence start, sentence end, document end) triples, flat indexes."""
        array = np.array(bounds, dtype=np.int64).reshape(-1, 3)
        width = int((array[:, 1] - array[:, 0]).max(initial=0)) + 1
        n = len(array)
        return cls(stack=np.zeros((n, width), np.int64), depth=np.zeros(n, np.int64),
                   next=array[:, 0].copy(), rebuffer=np.zeros((n, width), np.int64),
                   waiting=np.zeros(n, np.int64), doc_end=array[:, 2],
                   sent_end=array[:, 1])  # fmt: skip


def _top(rows: np.ndarray, sizes: np.ndarray, live: np.ndarray, back: int) -> np.ndarray:
    """The element ``back`` places below the top of each live row's stack, or -1."""
    at = sizes - 1 - back
    found = rows[live, np.maximum(at, 0)]
    return np.where(at >= 0, found, -1)


def context(states: States, live: np.ndarray) -> dict[str, np.ndarray]:
    """B0, B1, S0, S1, S2 of the live states (flat indexes, -1 for none)."""
    waiting, nxt, end = states.waiting[live], states.next[live], states.doc_end[live]
    read = np.where(nxt < end, nxt, -1)
    after = np.where(nxt + 1 < end, nxt + 1, -1)
    b0 = np.where(waiting > 0, _top(states.rebuffer, waiting, live, 0), read)
    b1 = np.where(waiting >= 2, _top(states.rebuffer, waiting, live, 1),
                  np.where(waiting == 1, read, after))  # fmt: skip
    depth = states.depth[live]
    s = [_top(states.stack, depth, live, i) for i in range(3)]
    length = (end - nxt) + waiting
    return {"b0": b0, "b1": b1, "s0": s[0], "s1": s[1], "s2": s[2], "depth": depth,
            "length": length}  # fmt: skip


def _child(last: np.ndarray, token: np.ndarray) -> np.ndarray:
    return np.where(token >= 0, last[np.maximum(token, 0)], -1)


def features(ctx: dict[str, np.ndarray], tokens: Tokens) -> np.ndarray:
    """The eight token ids spaCy's parser reads per state, in its order (-1: none)."""
    b0, s0 = ctx["b0"], ctx["s0"]
    children = [_child(tokens.last_left, b0), _child(tokens.last_left, s0),
                _child(tokens.last_right, s0)]  # fmt: skip
    return np.stack([b0, ctx["b1"], s0, ctx["s1"], ctx["s2"], *children], axis=1)


def valid_kinds(ctx: dict[str, np.ndarray], tokens: Tokens) -> np.ndarray:
    """(states, 5): whether shift, reduce, left arc, right arc and break are valid."""
    b0, depth, length = ctx["b0"], ctx["depth"], ctx["length"]
    safe = np.maximum(b0, 0)
    b0_starts = (b0 >= 0) & tokens.starts[safe]
    b0_closed = (b0 >= 0) & tokens.closed[safe]
    unshiftable = (b0 >= 0) & tokens.unshiftable[safe]
    shift = (depth == 0) | ((length >= 2) & ~b0_starts & ~unshiftable)
    reduce = (depth > 0) & ((length == 0) | ~((depth == 1) & b0_closed))
    arc = (depth > 0) & (length > 0) & ~b0_starts
    # Break needs B1 to be open (neither a preset start nor closed): never with every start set.
    return np.stack([shift, reduce, arc, arc, np.zeros_like(shift)], axis=1)


def scores(weights: NetworkWeights, cached: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """The class scores of each state from its eight token ids, summed in spaCy's order.

    ``cached`` is the lower layer's output, (tokens + 1, features, hidden, pieces).
    """
    rows = ids + 1  # row 0 of the cache is the padding of absent tokens
    hidden = cached[rows[:, 0], 0]
    for f in range(1, ids.shape[1]):
        hidden += cached[rows[:, f], f]
    hidden += weights.bias
    found = weights.ops.gemm(maxout(hidden), weights.upper_w, trans2=True)
    found += weights.upper_b
    return found


def _push(states: States, rows: np.ndarray) -> None:
    """Shift: the re-buffer's top, or else the next unread token, onto the stack."""
    waiting = states.waiting[rows]
    back = waiting > 0
    token = np.where(back, states.rebuffer[rows, np.maximum(waiting - 1, 0)], states.next[rows])
    states.waiting[rows] -= back
    states.next[rows] += ~back
    states.stack[rows, states.depth[rows]] = token
    states.depth[rows] += 1


def _add_arcs(tokens: Tokens, heads: np.ndarray, children: np.ndarray, labels: np.ndarray) -> None:
    """Attach each child to its head, first taking it off the list of a head it had."""
    old = tokens.head[children]
    moved = old >= 0
    if moved.any():
        o, c = old[moved], children[moved]
        left = o > c
        last = np.where(left, tokens.last_left[o], tokens.last_right[o])
        if (last != c).any():
            raise Irregular("an arc moved away from the middle of its head's list")
        tokens.last_left[o[left]] = tokens.before[c[left]]
        tokens.last_right[o[~left]] = tokens.before[c[~left]]
    left = heads > children
    lists = [tokens.last_right, tokens.last_left]
    for side in (False, True):
        h, c = heads[left == side], children[left == side]
        tokens.before[c] = lists[side][h]
        lists[side][h] = c
    tokens.head[children] = heads
    tokens.label[children] = labels


def apply(states: States, tokens: Tokens, live: np.ndarray, ctx: dict[str, np.ndarray],
          kind: np.ndarray, label: np.ndarray) -> None:  # fmt: skip
    """Take each live state's move (arrays in place)."""
    b0, s0, depth = ctx["b0"], ctx["s0"], ctx["depth"]
    left, right = kind == LEFT, kind == RIGHT
    if left.any():
        _add_arcs(tokens, b0[left], s0[left], label[left])
        tokens.unshiftable[b0[left]] = False
    if right.any():
        _add_arcs(tokens, s0[right], b0[right], label[right])
    reduce = kind == REDUCE
    has_head = tokens.head[np.maximum(s0, 0)] >= 0
    pop = left | (reduce & (has_head | (depth == 1)))
    unshift = reduce & ~pop
    if unshift.any():
        rows, items = live[unshift], s0[unshift]
        tokens.unshiftable[items] = True
        states.rebuffer[rows, states.waiting[rows]] = items
        states.waiting[rows] += 1
    states.depth[live[pop | unshift]] -= 1
    _push(states, live[(kind == SHIFT) | right])


def decode(states: States, tokens: Tokens, table: MoveTable, step: Any) -> None:
    """Run every state to its end; ``step(ids)`` gives the class scores of the live states."""
    while True:
        live = np.flatnonzero(
            (states.next < states.sent_end) | (states.depth > 0) | (states.waiting > 0)
        )
        if not len(live):
            return
        ctx = context(states, live)
        found = step(features(ctx, tokens))
        valid = valid_kinds(ctx, tokens)[:, table.kind]
        if not valid.any(axis=1).all():
            raise Irregular("a state with no valid move")
        found[~valid] = -np.inf
        best = found.argmax(axis=1)
        apply(states, tokens, live, ctx, table.kind[best], table.label[best])


def _sentences(docs: list[Doc]) -> tuple[list[tuple[int, int, int]], np.ndarray] | None:
    """(start, end, document end) of every sentence, and the flat preset starts; None when a
    sentence start is left open or a document is already parsed."""
    bounds: list[tuple[int, int, int]] = []
    columns = []
    offset = 0
    for doc in docs:
        if not len(doc):
            continue
        column = doc.to_array([SENT_START]).astype(np.int64).reshape(-1)
        if (column == 0).any() or column[0] != 1 or doc.has_annotation("DEP"):
            return None
        starts = np.flatnonzero(column == 1)
        ends = [*starts[1:], len(doc)]
        end = offset + len(doc)
        bounds += [
            (offset + int(a), offset + int(b), end) for a, b in zip(starts, ends, strict=True)
        ]
        columns.append(column)
        offset = end
    flat = np.concatenate(columns) if columns else np.zeros(0, np.int64)
    return bounds, flat


class FastDependencyParser(ReplayedComponent):
    """Stands in the pipeline for spaCy's parser; anything it cannot replay goes to the original."""

    def __init__(self, parser: Any) -> None:
        self.parser = self.original = parser
        names = [parser.moves.get_class_name(i) for i in range(parser.moves.n_moves)]
        self.table = MoveTable(names, parser.vocab.strings)
        self.weights = NetworkWeights(parser.model)
        self.root = parser.moves.root_label

    def annotate(self, docs: list[Doc]) -> None:
        """Set each document's heads and labels; what the replay cannot follow goes to spaCy."""
        if not any(len(doc) for doc in docs):
            return
        try:
            done = self._replay(docs)
        except Irregular:
            done = False
        if not done:
            self.parser.set_annotations(docs, self.parser.predict(docs))

    def _replay(self, docs: list[Doc]) -> bool:
        found = _sentences(docs)
        if found is None or self.table.subtok:
            return False
        bounds, flat = found
        tokens = Tokens.empty(flat == 1, flat == -1)
        weights = self.weights
        cached = weights.lower.predict(weights.tok2vec.predict(docs))
        decode(States.of(bounds), tokens, self.table, lambda ids: scores(weights, cached, ids))
        self._set(docs, tokens)
        return True

    def _set(self, docs: list[Doc], tokens: Tokens) -> None:
        offset = 0
        for doc in docs:
            n = len(doc)
            if not n:
                continue
            head = tokens.head[offset : offset + n]
            own = np.arange(offset, offset + n)
            attached = head >= 0
            relative = np.where(attached, head - own, 0).astype(np.int64)
            label = np.where(attached & (relative != 0), tokens.label[offset : offset + n],
                             np.uint64(self.root))  # fmt: skip
            values: Any = np.stack([relative.view(np.uint64), label], axis=1)  # thinc's Ints2d
            doc.from_array([HEAD, DEP], values)
            for hook in self.parser.postprocesses:
                hook(doc)
            offset += n


def speed_up_parser(nlp: Language) -> None:
    """Put a ``FastDependencyParser`` in place of the model's ``parser`` component."""
    if "parser" not in nlp.pipe_names or nlp.get_pipe_config("parser").get("factory") != "parser":
        return
    parser: Any = nlp.get_pipe("parser")
    if isinstance(parser, FastDependencyParser) or parser.cfg.get("beam_width", 1) != 1:
        return
    if parser.model.attrs.get("unseen_classes"):
        return  # spaCy gives unseen classes the batch's least score: not replayed here
    components: list[tuple[str, Any]] = nlp._components
    index = [name for name, _ in components].index("parser")
    components[index] = ("parser", FastDependencyParser(parser))
