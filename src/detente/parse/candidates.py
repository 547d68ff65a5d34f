"""Candidate sentences: split cheaply, keep those that can hold an event, blank out the rest.

Only sentences with a word form of a trigger lemma (verb, event noun or frame verb of the verb
lexicon; a light verb such as "hold" only with one of its objects such as "talks"; an announcing
verb with a noun standing for a pattern verb, "announced a suspension"; a modal of obligation
with a word of saying, "said Sudan must") and a word that can name a party, plus the sentence
before each for references ("the ministry", "they"), are parsed. The others are replaced
by one placeholder token padded with spaces, so the text keeps its length and every character
offset still points into the cleaned article text. Sentence starts are set before parsing, so
sentence numbers come from the cheap splitter whichever sentences are parsed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from spacy.attrs import IDX, IS_SPACE, LENGTH, LOWER, NORM, SPACY
from spacy.language import Language
from spacy.strings import get_string_id as hash_string
from spacy.tokens import Doc
from spacy.vocab import Vocab

from detente.lexicons.actors import ActorLexicon
from detente.lexicons.english import english
from detente.lexicons.verbs import VerbLexicon

# One cheap token stands for a blanked sentence, so consecutive blanked sentences stay apart.
PLACEHOLDER = "_"
_TERMINALS = frozenset({".", "!", "?", "...", "…"})
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
# The English rule lemmatizer's suffix rules (form suffix → lemma suffix), for models without one.
_DEFAULT_RULES = {
    "verb": (
        ("s", ""),
        ("ies", "y"),
        ("es", "e"),
        ("es", ""),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
    ),
    "noun": (
        ("s", ""),
        ("ses", "s"),
        ("ves", "f"),
        ("xes", "x"),
        ("zes", "z"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("men", "man"),
        ("ies", "y"),
    ),
}
_Rules = dict[str, tuple[tuple[str, str], ...]]
_Irregular = dict[str, dict[str, set[str]]]


@dataclass(frozen=True, slots=True, kw_only=True)
class CandidateFilter:
    """Word forms that can trigger an event, and how many sentences before each to keep.

    Forms are spaCy string hashes of lower-cased words, compared with each token's LOWER.
    """

    forms: frozenset[int]  # enough on their own
    paired: Mapping[int, frozenset[int]] = field(default_factory=dict)  # light verb → its objects
    context: int = 1
    # Lower-case words that can name a party (actor names, demonyms, sector nouns, pronouns);
    # None: a trigger alone keeps a sentence.
    parties: frozenset[int] | None = None
    common: frozenset[int] = frozenset()  # capitalised, these name no one ("The", "After")


def _lemmatizer_tables(nlp: Language) -> tuple[_Rules, _Irregular]:
    """Suffix rules and irregular forms (lemma → forms) of the model's rule lemmatizer."""
    rules: _Rules = dict(_DEFAULT_RULES)
    irregular: _Irregular = {"verb": {}, "noun": {}}
    lookups = (
        getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if "lemmatizer" in nlp.pipe_names
        else None
    )
    if lookups is None or not lookups.has_table("lemma_exc"):
        return rules, irregular
    exc = lookups.get_table("lemma_exc")
    for pos in ("verb", "noun"):
        for form, lemmas in (exc.get(pos) or {}).items():
            for lemma in lemmas:
                irregular[pos].setdefault(lemma, set()).add(form)
    if lookups.has_table("lemma_rules"):
        table = lookups.get_table("lemma_rules")
        for pos in ("verb", "noun"):
            if table.get(pos):
                rules[pos] = tuple((old, new) for old, new in table.get(pos))
    return rules, irregular


def _forms(lemmas: Iterable[str], rules: _Rules, irregular: _Irregular) -> frozenset[str]:
    forms: set[str] = set()
    for lemma in (x.lower() for x in lemmas):
        forms.add(lemma)
        for pos in ("verb", "noun"):
            for old, new in rules[pos]:
                if lemma.endswith(new):
                    forms.add(lemma[: len(lemma) - len(new)] + old)
            forms |= irregular[pos].get(lemma, set())
        # Doubled final consonant (plan → planned, planning) lives in exceptions or nowhere.
        if len(lemma) >= 3 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou":
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return frozenset(forms)


def word_forms(lemmas: Iterable[str], nlp: Language) -> frozenset[str]:
    """Lower-cased surface forms that the model's lemmatizer may map to one of the lemmas."""
    return _forms(lemmas, *_lemmatizer_tables(nlp))


def party_words(actors: ActorLexicon, common: Iterable[str]) -> frozenset[str]:
    """Lower-case words that can name a party without a capital letter.

    Every one-word name of the actor lexicon (sector nouns, demonyms, pronouns it resolves from
    the article's memory), the first word of longer names unless it is a common word ("the"),
    and the English word lists whose nouns the coder reads as parties without a name.
    """
    skip = set(common)
    words = {key[0] for key in actors.index if len(key) == 1}
    words |= {key[0] for key in actors.index if len(key) > 1 and key[0] not in skip}
    lists = english().words
    for extra in (lists.partitives, lists.person_heads, lists.weapon_nouns):
        words |= {w.lower() for w in extra}
    return frozenset(words)


def load_candidate_filter(
    nlp: Language,
    verbs: VerbLexicon,
    *,
    actors: ActorLexicon | None = None,
    context: int = 1,
) -> CandidateFilter:
    """Compile the trigger word forms of a verb lexicon for the model's lemmatizer.

    With ``actors``, a trigger sentence is kept only when it can also name a party.
    """
    tables = _lemmatizer_tables(nlp)
    alone = set(verbs.by_noun) | set(verbs.frames)
    paired: dict[str, set[str]] = {}
    for lemma, patterns in verbs.by_verb.items():
        if all(p.objects or p.as_nouns for p in patterns):
            needs = _forms({o for p in patterns for o in (*p.objects, *p.as_nouns)}, *tables)
            for form in _forms([lemma], *tables):
                paired.setdefault(form, set()).update(needs)
        else:
            alone.add(lemma)
    # "announced a suspension of": an announcing verb with a noun that stands for a pattern verb.
    acts = _forms(verbs.nominalisations, *tables)
    for form in _forms(verbs.announcers, *tables):
        paired.setdefault(form, set()).update(acts)
    # "said Sudan must return": a modal of obligation under a verb or noun of saying.
    saying = _forms({*verbs.speech, *verbs.speech_nouns}, *tables)
    for modal in english().words.obligation_modals:
        paired.setdefault(modal.lower(), set()).update(saying)
    # mainev8: "said there is a need for X to act", "stressed the need for X to act": a need
    # stated by a speaker (coding/necessity.py), whatever the act asked for.
    for need in _forms(english().senses.need_nouns, *tables):
        paired.setdefault(need, set()).update(saying)
    # mainev9: "says the police have failed her": a failing told by a speaker (failings.py).
    for failing in _forms(english().senses.failing_verbs, *tables):
        paired.setdefault(failing, set()).update(saying)
    # mainev10: "banned households from raising poultry": a ban on a party (coding/bans.py).
    for ban in _forms(english().senses.ban_verbs, *tables):
        paired.setdefault(ban, set()).add("from")
    forms = _forms(alone, *tables)

    def ids(words: Iterable[str]) -> frozenset[int]:
        return frozenset(hash_string(w) for w in words)

    common = nlp.Defaults.stop_words
    # The forms of one verb share one object set: kept once, the compiled filter stays small.
    shared: dict[frozenset[str], frozenset[int]] = {}
    return CandidateFilter(
        forms=ids(forms),
        paired={
            hash_string(k): shared.setdefault(frozenset(v), ids(v))
            for k, v in paired.items()
            if k not in forms
        },
        context=context,
        parties=None if actors is None else ids(party_words(actors, common)),
        common=ids(common),
    )


class Tokens:
    """Plain per-token columns of a tokenised text; reading them avoids building Token objects."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        """``text``: the text the tokenizer read (``doc.text`` rebuilds it token by token)."""
        columns = doc.to_array([LOWER, IDX, LENGTH, IS_SPACE, SPACY, NORM]).tolist()
        self.text = doc.text if text is None else text
        self.lower = [c[0] for c in columns]
        self.idx = [c[1] for c in columns]
        self.length = [c[2] for c in columns]
        self.space = [bool(c[3]) for c in columns]
        self.ws = [bool(c[4]) for c in columns]
        self.norm = [c[5] for c in columns]

    def __len__(self) -> int:
        return len(self.idx)

    def word(self, i: int) -> str:
        return self.text[self.idx[i] : self.idx[i] + self.length[i]]


_TERMINAL_IDS = frozenset(hash_string(t) for t in _TERMINALS)
_CLOSER_IDS = frozenset(hash_string(t) for t in _CLOSERS)


def split_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of sentences: ends at . ! ? (plus closing quotes) or a line break."""
    return split_token_ranges(Tokens(doc))


def split_token_ranges(tokens: Tokens) -> list[tuple[int, int]]:
    bounds: list[tuple[int, int]] = []
    start, i, n = 0, 0, len(tokens)
    lower, space = tokens.lower, tokens.space
    while i < n:
        end = None
        if space[i] and i > start and "\n" in tokens.word(i):
            end = i + 1
        elif lower[i] in _TERMINAL_IDS:
            end = i + 1
            while end < n and (lower[end] in _CLOSER_IDS or lower[end] in _TERMINAL_IDS):
                end += 1
            while end < n and space[end]:
                end += 1
            if end < n and (tokens.word(end)[:1].islower() or tokens.word(end)[:1] in ",;:"):
                end = None  # "e.g. this", "p.m. on", "Bassett, Sr., 56": not a sentence end
        if end is None:
            i += 1
            continue
        bounds.append((start, end))
        start = i = end
    if start < n:
        bounds.append((start, n))
    return bounds


def _is_candidate(words: list[int], flt: CandidateFilter) -> bool:
    if not flt.forms.isdisjoint(words):
        return True
    return any(not flt.paired[w].isdisjoint(words) for w in flt.paired.keys() & set(words))


def _has_party(tokens: Tokens, a: int, b: int, flt: CandidateFilter) -> bool:
    """A word that can name a party: a known one, a capitalised name or a number ("killed 12")."""
    lower = tokens.lower
    for i in range(a, b):
        if flt.parties is None or lower[i] in flt.parties:
            return True
        first = tokens.text[tokens.idx[i]]
        if first.isdigit() or (first.isupper() and lower[i] not in flt.common):
            return True
    return False


def skip_reason(tokens: Tokens, a: int, b: int, flt: CandidateFilter) -> str:
    """Why the filter leaves a sentence unparsed: no trigger word form, or no possible party."""
    return "no-party-word" if _is_candidate(tokens.lower[a:b], flt) else "no-trigger"


def keep_sentences(
    tokens: Tokens, bounds: list[tuple[int, int]], flt: CandidateFilter
) -> list[bool]:
    """Which sentences to parse: a trigger and a possible party, and ``context`` before each."""
    hits = [
        _is_candidate(tokens.lower[a:b], flt) and _has_party(tokens, a, b, flt) for a, b in bounds
    ]
    keep = list(hits)
    for k, hit in enumerate(hits):
        if hit:
            for j in range(max(0, k - flt.context), k):
                keep[j] = True
    return keep


class Words:
    """Words, spaces, norms and sentence starts of the Doc to parse, built token by token."""

    def __init__(self) -> None:
        self.words: list[str] = []
        self.spaces: list[bool] = []
        self.norms: list[int] = []
        self.starts: list[bool | int | None] = []

    def add(self, text: str, ws: bool, norm: int, start: bool) -> None:
        self.words.append(text)
        self.spaces.append(ws)
        self.norms.append(norm)
        self.starts.append(start)

    def copy(self, tokens: Tokens, i: int, start: bool) -> None:
        self.add(tokens.word(i), tokens.ws[i], tokens.norm[i], start)

    def take(self, tokens: Tokens, a: int, b: int) -> None:
        """Tokens a to b, one sentence: ``copy`` for each, in bulk."""
        text, idx, length = tokens.text, tokens.idx, tokens.length
        self.words += [text[idx[i] : idx[i] + length[i]] for i in range(a, b)]
        self.spaces += tokens.ws[a:b]
        self.norms += tokens.norm[a:b]
        self.starts += ([True] + [False] * (b - a - 1)) if b > a else []

    def extend(self, other: Words) -> None:
        self.words += other.words
        self.spaces += other.spaces
        self.norms += other.norms
        self.starts += other.starts


def blank_sentence(out: Words, tokens: Tokens, a: int, b: int) -> None:
    """One sentence as a placeholder padded to its length; outer whitespace tokens stay."""
    core_a, core_b = a, b
    while core_a < core_b and tokens.space[core_a]:
        core_a += 1
    while core_b > core_a and tokens.space[core_b - 1]:
        core_b -= 1
    for i in range(a, core_a):
        out.copy(tokens, i, i == a)
    if core_a < core_b:
        last = core_b - 1
        width = tokens.idx[last] + tokens.length[last] - tokens.idx[core_a]
        if width > 1:
            out.add(PLACEHOLDER, False, _PLACEHOLDER_ID, core_a == a)
            padding = " " * (width - 1)
            out.add(padding, tokens.ws[last], hash_string(padding), False)
        else:
            out.add(PLACEHOLDER, tokens.ws[last], _PLACEHOLDER_ID, core_a == a)
    for i in range(core_b, b):
        out.copy(tokens, i, False)


_PLACEHOLDER_ID = hash_string(PLACEHOLDER)


def candidate_doc(nlp: Language, text: str, flt: CandidateFilter) -> Doc:
    """A tokenised Doc ready for the pipeline: blanked non-candidates, sentence starts preset."""
    tokens = Tokens(nlp.make_doc(text), text)
    bounds = split_token_ranges(tokens)
    out = Words()
    for (a, b), kept in zip(bounds, keep_sentences(tokens, bounds, flt), strict=True):
        if not kept:
            blank_sentence(out, tokens, a, b)
            continue
        out.take(tokens, a, b)
    return words_doc(nlp.vocab, out)


def words_doc(vocab: Vocab, out: Words, *, tree: bool = False) -> Doc:
    """A tokenised Doc of the words, with the tokenizer's norms and preset sentence starts.

    ``tree`` makes the words one flat dependency tree instead (one sentence, never parsed).
    """
    if tree:
        deps = ["ROOT"] + ["dep"] * (len(out.words) - 1)
        doc = Doc(vocab, words=out.words, spaces=out.spaces, heads=[0] * len(deps), deps=deps)
    else:
        doc = Doc(vocab, words=out.words, spaces=out.spaces, sent_starts=out.starts)
    # Token norms carry the tokenizer's special cases ("n't" → "not"); the model reads them.
    norms: Any = np.asarray(out.norms, dtype=np.uint64).reshape(-1, 1)  # thinc's Ints2d
    doc.from_array([NORM], norms)
    return doc
