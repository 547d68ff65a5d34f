"""Kept sentences parsed as short Docs and joined: offsets, sentences and annotations hold."""

from __future__ import annotations

from dataclasses import replace

import pytest
import spacy
from spacy.strings import get_string_id as hash_string
from tests.parse.test_candidates import LEXICON, TEXT

from detente.lexicons.ontology import load_ontology
from detente.parse import iter_parsed
from detente.parse.candidates import PLACEHOLDER, load_candidate_filter, split_sentences
from detente.parse.compiled import load_verbs_cached
from detente.parse.sentences import explain_skipped, join_pieces, plan_article
from detente.records import Article, SentenceTrace


def test_joined_pieces_keep_the_article_offsets() -> None:
    blank = spacy.blank("en")
    plan = plan_article(blank, TEXT, load_candidate_filter(blank, LEXICON, context=1))
    assert plan.sentences == 6 and plan.kept == 5 and len(plan.parse) == 2
    doc = join_pieces(plan.pieces)
    assert len(doc.text) == len(TEXT)
    for token in doc:
        if token.text != PLACEHOLDER and not token.is_space:
            assert TEXT[token.idx : token.idx + len(token.text)] == token.text


@pytest.mark.model
def test_a_parsed_article_has_every_sentence_and_article_offsets(nlp) -> None:
    flt = load_candidate_filter(nlp, LEXICON, context=0)
    article = Article(doc_id="a", origin="<test>", text=TEXT)
    [(_, doc)] = list(iter_parsed(nlp, [article], batch_size=4, candidates=flt))
    assert len(list(doc.sents)) == len(split_sentences(nlp.make_doc(TEXT))) == 6
    [visited] = [t for t in doc if t.text == "visited"]
    assert visited.lemma_ == "visit" and visited.pos_ == "VERB" and visited.dep_ == "ROOT"
    assert TEXT[visited.idx : visited.idx + 7] == "visited"
    assert visited.sent.start_char == TEXT.index("The king")
    for ent in doc.ents:
        assert TEXT[ent.start_char : ent.end_char] == ent.text
    assert "Gondor" in {e.text for e in doc.ents}
    blanked = [s for s in doc.sents if s.text.strip() == PLACEHOLDER]
    assert len(blanked) == 3  # context 0: the harvest, the rain and the weather


def test_the_compiled_verb_lexicon_is_kept_and_rebuilt_when_unreadable(tmp_path) -> None:
    codes = tuple(load_ontology().codes)
    first = load_verbs_cached(codes, folder=tmp_path)
    [kept] = tmp_path.glob("verbs-*.pickle")
    again = load_verbs_cached(codes, folder=tmp_path)
    assert again == first and again is not first
    kept.write_bytes(b"not a pickle")
    rebuilt = load_verbs_cached(codes, folder=tmp_path)
    assert rebuilt == first and kept.read_bytes() != b"not a pickle"


@pytest.mark.model
def test_a_skipped_sentence_is_explained_in_its_own_words(nlp) -> None:
    # A party is a capitalised name, "sides" or "officials": the last raid names no one.
    parties = frozenset(hash_string(w) for w in ("sides", "officials"))
    flt = replace(load_candidate_filter(nlp, LEXICON, context=0), parties=parties)
    text = TEXT + " The raid was over by noon."
    article = Article(doc_id="a", origin="<test>", text=text)
    [(_, doc)] = list(iter_parsed(nlp, [article], batch_size=4, candidates=flt))
    traces = [
        SentenceTrace(index=i, start=s.start_char, text=s.text.rstrip(), candidates=(),
                      stage="triggers", reason="no-trigger")
        for i, s in enumerate(doc.sents)
    ]  # fmt: skip
    explained = explain_skipped(nlp, flt, text, doc, traces)
    skipped = {t.text.strip(): t.reason for t in explained if t.stage == "filter"}
    assert skipped == {
        "Arnor's harvest was good this year.": "no-trigger",
        "It rained all week in the Shire.": "no-trigger",
        "The weather stayed cold.": "no-trigger",
        "The raid was over by noon.": "no-party-word",  # a trigger, but no one to do it
    }
    kept = [t for t in explained if t.stage != "filter"]
    assert next(t.text.strip() for t in kept).startswith("The king of Arnor visited")
    assert all(PLACEHOLDER not in t.text for t in explained)
