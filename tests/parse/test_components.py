"""The fast rule components give exactly the annotations of spaCy's own."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from detente.parse.components import FastRuler, index_lemmas, speed_up

# One rule of each shape the English models' ruler has: a tag map entry, TAG with LOWER, LOWER
# IN a list, LOWER with DEP, DEP NOT_IN, IS_SPACE, a regular expression and two-token patterns.
RULES = [
    {"patterns": [[{"TAG": "PRP"}]], "attrs": {"POS": "PRON"}},
    {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB"}},
    {"patterns": [[{"TAG": "PRP", "LOWER": "they"}]], "attrs": {"MORPH": "Number=Plur"}},
    {"patterns": [[{"TAG": "VBD", "LOWER": {"IN": ["was", "were"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": "they", "DEP": "nsubj"}]], "attrs": {"MORPH": "Case=Nom"}},
    {
        "patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux"]}}]],
        "attrs": {"POS": "AUX"},
    },
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    {"patterns": [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]], "attrs": {"LEMMA": "nothing"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {
        "patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]],
        "attrs": {"POS": "VERB"},
        "index": 1,
    },
]


def _ruled() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(RULES)
    return nlp


def _doc(nlp: Language) -> Doc:
    words = ["They", "were", "gon", "na", "say", "nothin'", "\n", "There", "was", "a", "vote", "."]
    tags = ["PRP", "VBD", "VBG", "TO", "VB", "NN", "_SP", "EX", "VBD", "DT", "NN", "."]
    deps = ["nsubj", "aux", "ROOT", "aux", "xcomp", "dobj", "dep", "expl", "ROOT", "det", "attr",
            "punct"]  # fmt: skip
    heads = [2, 2, 2, 4, 2, 4, 5, 8, 8, 10, 8, 8]
    spaces = [True, True, False, True, True, False, False, True, True, True, False, False]
    return Doc(nlp.vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads)


def test_fast_ruler_finds_the_matchers_matches_in_the_same_order() -> None:
    nlp = _ruled()
    ruler = nlp.get_pipe("attribute_ruler")
    doc = _doc(nlp)
    expected = [tuple(m) for m in ruler.match(doc)]
    assert FastRuler(ruler).match(doc) == expected
    rules = {m[0] for m in expected}
    assert rules == set(range(len(RULES)))  # every shape above matched something


def test_sped_up_ruler_sets_the_same_attributes() -> None:
    plain, fast = _ruled(), _ruled()
    speed_up(fast)
    a, b = plain(_doc(plain)), fast(_doc(fast))
    assert [(t.pos_, str(t.morph), t.lemma_) for t in a] == [
        (t.pos_, str(t.morph), t.lemma_) for t in b
    ]
    assert b[1].pos_ == "AUX" and str(b[0].morph) == "Case=Nom" and b[5].lemma_ == "nothing"


def test_patterns_of_several_tokens_are_matched_without_a_matcher() -> None:
    nlp = _ruled()
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], {"LEMMA": "you"})
    fast = FastRuler(ruler)
    assert len(fast.rest) == 0 and len(fast.runs) == 3
    # The same rows again (remembered), a run cut off by the end, and a regex first token.
    words = ["gon", "na", "gon", "na", "y'", "all", "y", "all", "gon"]
    doc = Doc(nlp.vocab, words=words, tags=["VBG", "TO"] * 4 + ["VBG"])
    expected = [tuple(m) for m in ruler.match(doc)]
    assert fast.match(doc) == expected == fast.match(doc)
    assert [(m[2], m[3]) for m in expected if m[0] == len(RULES)] == [(4, 6), (6, 8)]
    assert [(m[2], m[3]) for m in expected if m[0] == RULES.index(RULES[8])] == [(0, 2), (2, 4)]


def test_a_pattern_the_fast_path_cannot_read_goes_through_a_matcher() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LENGTH": {">=": 5}}]], {"POS": "NOUN"})
    fast = FastRuler(ruler)
    doc = Doc(nlp.vocab, words=["a", "treaty"])
    assert len(fast.rest) == 1
    assert fast.match(doc) == [tuple(m) for m in ruler.match(doc)]


@pytest.mark.model
def test_indexed_lemmas_are_the_lemmatizers_own(nlp) -> None:
    plain = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"])
    text = "The ministers were meeting; talks collapsed and envoys fled the besieged cities."
    expected = [t.lemma_ for t in plain(text)]
    index_lemmas(plain)
    lemmatizer = plain.get_pipe("lemmatizer")
    lemmatizer.cache.clear()  # lemmas come from the indexed tables, not from the first run
    table = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(table[key], frozenset) for key in table)
    assert [t.lemma_ for t in plain(text)] == expected
    assert [t.lemma_ for t in nlp(text)] == expected
