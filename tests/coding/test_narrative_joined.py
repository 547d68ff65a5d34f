"""A background account goes on past an undated past perfect, and an undated act told before a
joined clause dated long before the story belongs to that account (made-up world, hand-built
parses)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from detente.coding.events import Coder, code_article
from detente.records import Article, Event

from support import build_doc

PUBLISHED = dt.date(2020, 6, 1)

# "Gondor attacked Osgiliath in 2004." (tokens 0-5; the year is token 4)
DATED = [
    ("Gondor", "Gondor", "PROPN", "nsubj", 1, "NNP"),
    ("attacked", "attack", "VERB", "ROOT", 1, "VBD"),
    ("Osgiliath", "Osgiliath", "PROPN", "dobj", 1, "NNP"),
    ("in", "in", "ADP", "prep", 1, "IN"),
    ("2004", "2004", "NUM", "pobj", 3, "CD"),
    (".", ".", "PUNCT", "punct", 1, "."),
]


def _stepped_back(at: int) -> list:
    """ "Arnor had praised Gondor." (a past perfect with no date), heads from ``at``."""
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", at + 2, "NNP"),
        ("had", "have", "AUX", "aux", at + 2, "VBD"),
        ("praised", "praise", "VERB", "ROOT", at + 2, "VBN"),
        ("Gondor", "Gondor", "PROPN", "dobj", at + 2, "NNP"),
        (".", ".", "PUNCT", "punct", at + 2, "."),
    ]


def _accused(at: int) -> list:
    """ "Arnor accused Gondor." heads from ``at``."""
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", at + 1, "NNP"),
        ("accused", "accuse", "VERB", "ROOT", at + 1, "VBD"),
        ("Gondor", "Gondor", "PROPN", "dobj", at + 1, "NNP"),
        (".", ".", "PUNCT", "punct", at + 1, "."),
    ]


def _code(
    rows: list, starts: tuple[int, ...], dates: list[tuple[int, int]], coder: Coder
) -> list[Event]:
    tags = {i: r[5] for i, r in enumerate(rows)}
    doc = build_doc([r[:5] for r in rows], tags=tags, starts=starts)
    doc.ents = [Span(doc, s, e, label="DATE") for s, e in dates]
    article = Article(doc_id="j1", origin="test", text=doc.text, date=PUBLISHED)
    return list(code_article(coder, article, doc))


def _accusation(events: list[Event]) -> Event:
    [event] = [e for e in events if e.event_type == "ACCUSE"]
    return event


def test_the_account_goes_on_after_an_undated_past_perfect_steps_back(coder: Coder) -> None:
    # "Gondor attacked Osgiliath in 2004. Arnor had praised Gondor. Arnor accused Gondor."
    rows = DATED + _stepped_back(6) + _accused(11)
    accusation = _accusation(_code(rows, (0, 6, 11), [(4, 5)], coder))
    assert accusation.modality == "historical"
    assert "told on from '2004'" in accusation.modality_cue


def test_with_no_account_before_a_past_perfect_the_next_sentence_is_news(coder: Coder) -> None:
    # "Arnor had praised Gondor. Arnor accused Gondor."
    rows = _stepped_back(0) + _accused(5)
    assert _accusation(_code(rows, (0, 5), [], coder)).modality == "asserted"


def _joined(when: tuple[str, str, str]) -> tuple[list, list[tuple[int, int]]]:
    """ "Arnor accused Gondor, and <prep> <when> Gondor attacked Osgiliath." """
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1, "NNP"),
        ("accused", "accuse", "VERB", "ROOT", 1, "VBD"),
        ("Gondor", "Gondor", "PROPN", "dobj", 1, "NNP"),
        (",", ",", "PUNCT", "punct", 1, ","),
        ("and", "and", "CCONJ", "cc", 1, "CC"),
        (when[0], when[0], "ADP", "prep", 8, "IN"),
        (when[1], when[1], "NUM" if when[2] == "CD" else "PROPN", "pobj", 5, when[2]),
        ("Gondor", "Gondor", "PROPN", "nsubj", 8, "NNP"),
        ("attacked", "attack", "VERB", "conj", 1, "VBD"),
        ("Osgiliath", "Osgiliath", "PROPN", "dobj", 8, "NNP"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ]
    return rows, [(6, 7)]


def test_an_undated_act_told_before_a_joined_clause_long_before_the_story_is_background(
    coder: Coder,
) -> None:
    rows, dates = _joined(("in", "2004", "CD"))
    accusation = _accusation(_code(rows, (0,), dates, coder))
    assert accusation.modality == "historical"
    assert accusation.modality_cue.startswith("told before '2004' of the clause joined after it")


def test_a_joined_clause_dated_in_the_story_leaves_the_act_as_news(coder: Coder) -> None:
    rows, dates = _joined(("on", "Friday", "NNP"))
    assert _accusation(_code(rows, (0,), dates, coder)).modality == "asserted"
