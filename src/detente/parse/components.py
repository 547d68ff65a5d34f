"""The model's slow components made faster without changing a single annotation.

Two rule components of the small English pipelines cost as much as a neural one:

- the rule lemmatizer tests each candidate form with ``form in index``, where ``index`` is the
  lookups table's list of known lemmas of the part of speech (57,000 nouns): a linear scan per
  test. Made frozensets once, the same test is a hash lookup and gives the same lemmas.
- the attribute ruler runs a ``Matcher`` of ~180 patterns over every token, though nearly all
  are one token with equality tests on TAG, LOWER, DEP or IS_SPACE. ``FastRuler`` finds the
  same matches through dictionaries keyed by those values (the patterns it cannot read go
  through a ``Matcher`` of their own) and applies them in the ruler's order, each token's
  attributes merged into one write, so every token gets the same attributes.

The decoding loops of the entity recognizer and of the dependency parser are replayed over
arrays (``detente.parse.entities``, ``detente.parse.dependencies``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs  # the ruler's own writer

from detente.parse.dependencies import speed_up_parser
from detente.parse.entities import speed_up_entities
from detente.parse.lemmas import speed_up_lemmas

# Token columns read by plain patterns, in doc.to_array order.
_COLUMNS = ("TAG", "LOWER", "DEP", "IS_SPACE")
# Attributes a pattern is filed under, most selective first: its other tests run on candidates.
_INDEXED = ("TAG", "LOWER", "DEP", "IS_SPACE")
_Row = tuple[int, int, int, int]
_Test = Callable[[_Row, str], bool]


def index_lemmas(nlp: Language) -> None:
    """Make the rule lemmatizer's lemma index sets (same lemmas, no linear scans)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key in list(table.keys()):
        if isinstance(table[key], list):
            table[key] = frozenset(table[key])


def _values(attr: str, spec: Any) -> frozenset[int] | None:
    """The column values a plain equality or IN test accepts, or None."""
    if attr == "IS_SPACE":
        return frozenset({int(spec)}) if isinstance(spec, bool) else None
    if isinstance(spec, str):
        return frozenset({get_string_id(spec)})
    listed = spec.get("IN") if isinstance(spec, dict) and list(spec) == ["IN"] else None
    if isinstance(listed, list) and all(isinstance(v, str) for v in listed):
        return frozenset(get_string_id(v) for v in listed)
    return None


def _test(attr: str, spec: Any) -> _Test | None:
    """A residual test on one attribute, or None when the Matcher must do it."""
    column = _COLUMNS.index(attr)
    accepted = _values(attr, spec)
    if accepted is not None:
        return lambda row, _lower: row[column] in accepted
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    ((op, value),) = spec.items()
    if op == "NOT_IN" and attr != "IS_SPACE" and all(isinstance(v, str) for v in value):
        refused = frozenset(get_string_id(v) for v in value)
        return lambda row, _lower: row[column] not in refused
    if op == "REGEX" and attr == "LOWER" and isinstance(value, str):
        pattern = re.compile(value)
        return lambda _row, lower: pattern.search(lower) is not None
    return None


@dataclass(frozen=True, slots=True)
class _Plain:
    """A one-token pattern: the rule, its match id, and the tests beyond its index key."""

    rule: int
    match_id: int
    tests: tuple[_Test, ...]
    text: bool  # a test reads the token's lower-case text


@dataclass(frozen=True, slots=True)
class _Run:
    """A pattern of several tokens: the tests of each token's row, in order."""

    rule: int
    match_id: int
    steps: tuple[tuple[_Test, ...], ...]
    text: bool


@dataclass(frozen=True, slots=True)
class _Seen:
    """What a token row matches: one-token rules (rule, match id), and the runs it may start."""

    hits: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]  # indexes into FastRuler.runs


def _file(token: dict[str, Any]) -> tuple[str, frozenset[int]] | None:
    """The attribute and values to file a one-token pattern under, or None (test every token)."""
    for attr in _INDEXED:
        if attr in token and (values := _values(attr, token[attr])) is not None:
            return attr, values
    return None


class FastRuler:
    """The attribute ruler's matches found through dictionaries, applied by the ruler itself."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.index: dict[str, dict[int, list[_Plain]]] = {attr: {} for attr in _INDEXED}
        self.pairs: dict[tuple[int, int], list[_Plain]] = {}  # (TAG, LOWER) of the commonest
        self.everywhere: list[_Plain] = []
        self.texts: dict[int, str] = {}  # LOWER hash → text, for regular expressions
        # Every test reads only a token's row (and its LOWER's text): a row seen before matches
        # the same rules again, and most rows recur (the same word with the same tag and label).
        self.seen: dict[_Row, _Seen] = {}
        self.runs: list[_Run] = []  # patterns of several tokens ("gon na", expl + be)
        # Runs filed by a value their first token must have, like one-token patterns.
        self.run_index: dict[str, dict[int, list[int]]] = {attr: {} for attr in _INDEXED}
        self.run_everywhere: list[int] = []
        self.rest = Matcher(ruler.vocab)
        for rule, match_id, pattern in _patterns(ruler):
            if not self._add_plain(rule, match_id, pattern) and not self._add_run(
                rule, match_id, pattern
            ):
                self.rest.add(ruler.vocab.strings[match_id], [list(pattern)])
        self.text = any(p.text for p in self._plains()) or any(r.text for r in self.runs)

    def _add_run(self, rule: int, match_id: int, pattern: Sequence[dict[str, Any]]) -> bool:
        """File a pattern of several tokens whose every test reads the token's row."""
        if len(pattern) < 2 or any(k not in _COLUMNS for token in pattern for k in token):
            return False
        steps = [tuple(_test(k, v) for k, v in token.items()) for token in pattern]
        if any(test is None for step in steps for test in step):
            return False
        regex = any(isinstance(v, dict) and "REGEX" in v for t in pattern for v in t.values())
        filed = _file(pattern[0])
        if filed is None:
            self.run_everywhere.append(len(self.runs))
        else:
            for value in filed[1]:
                self.run_index[filed[0]].setdefault(value, []).append(len(self.runs))
        self.runs.append(_Run(rule=rule, match_id=match_id, text=regex,
                              steps=tuple(tuple(t for t in s if t) for s in steps)))  # fmt: skip
        return True

    def _add_plain(self, rule: int, match_id: int, pattern: Sequence[dict[str, Any]]) -> bool:
        if len(pattern) != 1 or not pattern[0] or any(k not in _COLUMNS for k in pattern[0]):
            return False
        token = pattern[0]
        tags, lowers = _values("TAG", token.get("TAG")), _values("LOWER", token.get("LOWER"))
        if tags is not None and lowers is not None and set(token) <= {"TAG", "LOWER", "DEP"}:
            residual = _test("DEP", token["DEP"]) if "DEP" in token else None
            if "DEP" in token and residual is None:
                return False
            plain = _Plain(rule=rule, match_id=match_id, tests=(residual,) if residual else (),
                           text=False)  # fmt: skip
            for key in ((t, w) for t in tags for w in lowers):
                self.pairs.setdefault(key, []).append(plain)
            return True
        filed = _file(token)
        rest = {k: v for k, v in token.items() if filed is None or k != filed[0]}
        tests = [_test(k, v) for k, v in rest.items()]
        if any(t is None for t in tests):
            return False
        regex = any(isinstance(v, dict) and "REGEX" in v for v in rest.values())
        plain = _Plain(rule=rule, match_id=match_id, tests=tuple(t for t in tests if t), text=regex)
        if filed is None:
            self.everywhere.append(plain)
        else:
            for value in filed[1]:
                self.index[filed[0]].setdefault(value, []).append(plain)
        return True

    def _plains(self) -> Iterable[_Plain]:
        yield from self.everywhere
        for pairs in self.pairs.values():
            yield from pairs
        for table in self.index.values():
            for plains in table.values():
                yield from plains

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(rule, match id, start, end) of every match, sorted as the ruler sorts them."""
        rows: list[_Row] = [tuple(r) for r in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        seen = self.seen
        if len(seen) > 200_000:  # bounds memory on long runs
            seen.clear()
        tokens: dict[tuple[int, int], list[int]] = {}  # (rule, match id) → tokens, in order
        marks: list[_Seen] = []
        for i, row in enumerate(rows):
            mark = seen.get(row)
            if mark is None:
                mark = seen[row] = self._mark(row)
            marks.append(mark)
            for hit in mark.hits:
                tokens.setdefault(hit, []).append(i)
        # In the ruler's order (rule, match id, start): sorted keys, each token list ascending.
        found = [(rule, match_id, i, i + 1) for rule, match_id in sorted(tokens)
                 for i in tokens[rule, match_id]]  # fmt: skip
        more = set(self._runs(rows, marks))
        if len(self.rest):
            strings = self.ruler.vocab.strings
            more.update(
                (int(strings[match_id]), match_id, start, end)
                for match_id, start, end in self.rest(doc, allow_missing=True, as_spans=False)
            )
        return sorted(more.union(found)) if more else found  # a rule matches a token once

    def set_annotations(self, doc: Doc, matches: Sequence[tuple[int, int, int, int]]) -> None:
        """The ruler's ``set_annotations`` with one write per token instead of one per match.

        The ruler writes each match's attributes to its token in match order, each write an
        assignment per attribute: merged in that order (a later rule's value wins), every
        token ends with the same attributes.
        """
        ruler = self.ruler
        merged: dict[int, dict[int, Any]] = {}
        for attr_id, _, start, end in matches:
            index = ruler.indices[attr_id]
            i = (start if index >= 0 else end) + index
            if not start <= i < end:  # the ruler itself raises its error for this pattern
                type(ruler).set_annotations(ruler, doc, matches)
                return
            attrs = ruler.attrs[attr_id]
            known = merged.get(i)
            merged[i] = attrs if known is None else {**known, **attrs}
        for i, attrs in merged.items():
            set_token_attrs(doc[i], attrs)

    def _runs(self, rows: list[_Row], marks: list[_Seen]) -> Iterable[tuple[int, int, int, int]]:
        """(rule, match id, start, end) of every run of tokens a pattern of several matches."""
        for i, mark in enumerate(marks):
            for k in mark.starts:
                run = self.runs[k]
                end = i + len(run.steps)
                if end <= len(rows) and all(
                    self._passes(rows[i + j], tests, run.text)
                    for j, tests in enumerate(run.steps[1:], start=1)
                ):
                    yield run.rule, run.match_id, i, end

    def _passes(self, row: _Row, tests: tuple[_Test, ...], text: bool) -> bool:
        lower = self._lower(row[1]) if text else ""
        return all(test(row, lower) for test in tests)

    def _mark(self, row: _Row) -> _Seen:
        """What a token with this row matches, alone and as a step of a longer pattern."""
        lower = self._lower(row[1]) if self.text else ""
        candidates = [*self.pairs.get((row[0], row[1]), ()), *self.everywhere]
        for column, attr in enumerate(_COLUMNS):
            candidates += self.index[attr].get(row[column], ())
        hits = {(plain.rule, plain.match_id) for plain in candidates
                if all(test(row, lower) for test in plain.tests)}  # fmt: skip
        runs = set(self.run_everywhere)
        for column, attr in enumerate(_COLUMNS):
            runs.update(self.run_index[attr].get(row[column], ()))
        first = (k for k in runs if all(test(row, lower) for test in self.runs[k].steps[0]))
        starts = tuple(sorted(first))
        return _Seen(hits=tuple(hits), starts=starts)

    def _lower(self, key: int) -> str:
        text = self.texts.get(key)
        if text is None:
            if len(self.texts) > 200_000:  # bounds memory on long runs
                self.texts.clear()
            text = self.texts[key] = self.ruler.vocab.strings[key]
        return text


def _patterns(ruler: Any) -> Iterable[tuple[int, int, Sequence[dict[str, Any]]]]:
    """(rule, match id, pattern) for every pattern of the ruler, in rule order."""
    strings = ruler.vocab.strings
    for rule in range(len(ruler.attrs)):
        match_id = strings[str(rule)]
        for pattern in ruler.matcher.get(match_id)[1]:
            yield rule, match_id, pattern


def speed_up(nlp: Language) -> None:
    """Replace the slow components' inner loops with equivalent fast ones."""
    index_lemmas(nlp)
    speed_up_lemmas(nlp)  # the rule lemmatizer's loop over Token objects (detente.parse.lemmas)
    speed_up_entities(nlp)  # the entity recognizer's decoding (detente.parse.entities)
    speed_up_parser(nlp)  # the dependency parser's decoding (detente.parse.dependencies)
    if "attribute_ruler" in nlp.pipe_names:
        ruler: Any = nlp.get_pipe("attribute_ruler")
        # The ruler keeps its name, patterns and serialisation; only its matching is replaced.
        fast = FastRuler(ruler)
        ruler.match = fast.match
        ruler.set_annotations = fast.set_annotations
