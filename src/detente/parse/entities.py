"""The model's entity recognizer with its greedy decoding done in NumPy: the same entities, faster.

spaCy's entity recognizer is a transition system (BILUO: begin, in, last, unit, out, for each
label) that reads three tokens per step (the next token, the first and the last token of the open
entity) and takes the best valid move. The network runs in bulk before the loop; the loop itself
is C, but in spaCy 3.8.18 every read of the next token's position takes and drops the GIL (a
``PyGILState_Ensure`` compiled into ``StateC::B``), and each step tests all 74 moves, each reading
the buffer several times: the loop costs about three times the network.

``FastEntityRecognizer`` keeps the component and its network (``tok2vec``, the precomputed
``lower`` layer, the ``upper`` scores) and replays the loop over arrays. Every sentence advances
one token per step, so a step is a handful of array operations over the sentences still open.
The arithmetic is spaCy's, in its order: the three feature rows summed, the bias added, maxout,
the scores from BLIS's ``gemm`` plus the bias, and the first best valid move. The validity rules
are those of ``spacy/pipeline/_parser_internals/ner.pyx`` for documents without preset entities;
a batch that has any goes through the component unchanged. ``tests/parse/test_entities.py``
checks the moves' rules on hand-set scores; the ``model`` tests compare whole texts with spaCy.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import numpy as np
from spacy.attrs import ENT_IOB, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from detente.parse.replayed import NetworkWeights, ReplayedComponent

# Features read per state by spaCy's entity recognizer: next token, entity's first, token before.
_FEATURES = 3
_Entity = tuple[int, int, int]  # start, end, label index


class MoveTable:
    """Where each move kind sits among the recognizer's classes, and the label each one sets."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        labels = sorted({n[2:] for n in names if n[:2] in ("B-", "I-", "L-", "U-") and n[2:]})
        self.labels = labels
        index = {label: i for i, label in enumerate(labels)}
        self.kind = np.zeros(len(names), dtype=np.int8)  # 0 B, 1 I, 2 L, 3 U, 4 O, 5 never
        self.label = np.full(len(names), -1, dtype=np.int64)
        for c, name in enumerate(names):
            prefix, label = name[:2], name[2:]
            if name == "O":
                self.kind[c] = 4
            elif prefix in ("B-", "I-", "L-", "U-") and label:
                self.kind[c] = "BILU".index(prefix[0])
                self.label[c] = index[label]
            else:
                self.kind[c] = 5  # "U-" (no label) fits preset entities only
        # Per class: which rows of the validity test it takes (see ``valid_moves``).
        self.is_begin, self.is_in = self.kind == 0, self.kind == 1
        self.is_last, self.is_unit, self.is_out = self.kind == 2, self.kind == 3, self.kind == 4


def valid_moves(
    table: MoveTable,
    *,
    open_label: np.ndarray,
    has_next: np.ndarray,
    next_starts: np.ndarray,
    space: np.ndarray,
) -> np.ndarray:
    """Which moves are valid for each state (rows) when no token has a preset entity.

    ``open_label`` is the open entity's label index or -1; ``has_next``: a token follows the
    next one; ``next_starts``: that token starts a sentence; ``space``: the next token is space.
    """
    is_open = open_label >= 0
    same = table.label[None, :] == open_label[:, None]  # an entity of this label is open
    begin = ~is_open & has_next & ~next_starts & ~space
    inside = is_open & has_next & ~next_starts
    valid = table.is_begin[None, :] & begin[:, None]
    valid |= table.is_in[None, :] & inside[:, None] & same
    valid |= table.is_last[None, :] & same
    valid |= table.is_unit[None, :] & (~is_open & ~space)[:, None]
    valid |= table.is_out[None, :] & ~is_open[:, None]
    return valid


def maxout(hidden: np.ndarray) -> np.ndarray:
    """The largest piece of each hidden unit, (states, hidden, pieces) -> (states, hidden).

    Pairwise maxima of the pieces: the same values as ``max(axis=2)``, which NumPy reduces
    slowly over so short an axis.
    """
    best = hidden[..., 0]
    for piece in range(1, hidden.shape[2]):
        best = np.maximum(best, hidden[..., piece])
    return np.ascontiguousarray(best)


def _sentence_states(
    lengths: np.ndarray, starts: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Each sentence as a state of its own: its document, first token in the document, length
    and offset among all tokens.

    An entity never runs over a sentence start (no move may begin or continue one before it),
    so every sentence starts with nothing open, as a document does: decoding sentences side by
    side takes the same moves as decoding whole documents, in far fewer steps (a batch takes as
    many steps as its longest state, and a filter piece can hold many sentences).
    """
    doc_of, first, size, offset = [], [], [], []
    at = 0
    for d, n in enumerate(lengths.tolist()):
        cuts = [0, *(np.flatnonzero(starts[at + 1 : at + n]) + 1).tolist(), n]
        for a, b in pairwise(cuts):
            doc_of.append(d)
            first.append(a)
            size.append(b - a)
            offset.append(at + a)
        at += n
    return (np.array(doc_of, dtype=np.int64), np.array(first, dtype=np.int64),
            np.array(size, dtype=np.int64), np.array(offset, dtype=np.int64))  # fmt: skip


def decode(weights: NetworkWeights, table: MoveTable, docs: list[Doc]) -> list[list[_Entity]]:
    """The entities of each document, by spaCy's greedy decoding over the network's scores."""
    lengths = np.array([len(doc) for doc in docs], dtype=np.int64)
    tokvecs = weights.tok2vec.predict(docs)
    cached = weights.lower.predict(tokvecs)  # (tokens + 1, features, hidden, pieces); row 0 pads
    columns = [doc.to_array([IS_SPACE, SENT_START]) for doc in docs if len(doc)]
    flat = np.concatenate(columns) if columns else np.zeros((0, 2), dtype=np.int64)
    space, starts = flat[:, 0].astype(bool), flat[:, 1] == 1
    doc_of, first_token, lengths, offsets = _sentence_states(lengths, starts)
    order = np.argsort(-lengths, kind="stable")  # longest first: open states are a prefix
    length, offset = lengths[order], offsets[order]
    open_label = np.full(len(order), -1, dtype=np.int64)
    open_start = np.zeros(len(order), dtype=np.int64)
    found: list[list[_Entity]] = [[] for _ in order]
    for t in range(int(length[0]) if len(order) else 0):
        k = int(np.count_nonzero(length > t))
        token = offset[:k] + t
        is_open = open_label[:k] >= 0
        first = np.where(is_open, offset[:k] + open_start[:k] + 1, 0)
        before = np.where(is_open, token, 0)  # the token before the next one, when in an entity
        hidden = cached[token + 1, 0] + cached[first, 1]
        hidden += cached[before, 2]
        hidden += weights.bias
        scores = weights.ops.gemm(maxout(hidden), weights.upper_w, trans2=True)
        scores += weights.upper_b
        has_next = length[:k] - t >= 2
        following = np.minimum(token + 1, len(starts) - 1)
        valid = valid_moves(
            table, open_label=open_label[:k], has_next=has_next,
            next_starts=has_next & starts[following], space=space[token],
        )  # fmt: skip
        scores[~valid] = -np.inf
        best = scores.argmax(axis=1)
        _apply(table, best, t, order[:k], open_label[:k], open_start[:k], found)
    entities: list[list[_Entity]] = [[] for _ in docs]
    for state, spans in enumerate(found):
        shift = int(first_token[state])
        entities[doc_of[state]] += [(s + shift, e + shift, label) for s, e, label in spans]
    return entities


def _apply(
    table: MoveTable,
    best: np.ndarray,
    t: int,
    docs: np.ndarray,
    open_label: np.ndarray,
    open_start: np.ndarray,
    found: list[list[_Entity]],
) -> None:
    """Take each state's move at token ``t``: open, close or leave its entity (arrays in place)."""
    kind = table.kind[best]
    for i in np.flatnonzero(kind == 2):  # last: the open entity ends here
        found[docs[i]].append((int(open_start[i]), t + 1, int(open_label[i])))
    for i in np.flatnonzero(kind == 3):  # unit: a one-token entity
        found[docs[i]].append((t, t + 1, int(table.label[best[i]])))
    open_label[kind == 2] = -1
    begins = kind == 0
    open_label[begins] = table.label[best[begins]]
    open_start[begins] = t


class FastEntityRecognizer(ReplayedComponent):
    """Stands in the pipeline for spaCy's entity recognizer; anything else goes to the original."""

    def __init__(self, ner: Any) -> None:
        self.ner = self.original = ner
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        self.table = MoveTable(names)
        self.weights = NetworkWeights(ner.model)

    def annotate(self, docs: list[Doc]) -> None:
        """Set each document's entities; documents with preset entities go through spaCy."""
        if not any(len(doc) for doc in docs):
            return
        if any(doc.to_array([ENT_IOB]).any() for doc in docs if len(doc)):
            self.ner.set_annotations(docs, self.ner.predict(docs))
            return
        for doc, entities in zip(docs, decode(self.weights, self.table, docs), strict=True):
            spans = [Span(doc, s, e, label=self.table.labels[label]) for s, e, label in entities]
            doc.set_ents(spans, default="outside")


def speed_up_entities(nlp: Language) -> None:
    """Put a ``FastEntityRecognizer`` in place of the model's ``ner`` component."""
    if "ner" not in nlp.pipe_names or nlp.get_pipe_config("ner").get("factory") != "ner":
        return
    ner: Any = nlp.get_pipe("ner")
    if isinstance(ner, FastEntityRecognizer) or ner.cfg.get("beam_width", 1) != 1:
        return
    if ner.model.attrs.get("unseen_classes") or ner.postprocesses:
        return  # spaCy's scores for unseen classes and hooks are not replayed here
    # spaCy keeps its components in this list; replace_pipe would build a new one from config.
    components: list[tuple[str, Any]] = nlp._components
    index = [name for name, _ in components].index("ner")
    components[index] = ("ner", FastEntityRecognizer(ner))
