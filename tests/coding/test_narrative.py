"""Background told on from one sentence to the next: the sentence after one whose main act is
dated well before the story, told in the simple past with no date of its own, goes on with that
account (made-up world, hand-built parses of two sentences)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from detente.coding.events import Coder, code_article
from detente.records import Article, Event

from support import build_doc

PUBLISHED = dt.date(2020, 6, 1)


def _first(verb: tuple[str, str, str], when: tuple[str, str] | None, *, had: bool = False) -> list:
    """ "Gondor (had) <verb> Osgiliath (in <when>)." as rows starting at token 0."""
    word, lemma, tag = verb
    rows = [("Gondor", "Gondor", "PROPN", "nsubj", 2 if had else 1, "NNP")]
    if had:
        rows.append(("had", "have", "AUX", "aux", 2, "VBD"))
    root = len(rows)
    rows.append((word, lemma, "VERB", "ROOT", root, tag))
    rows.append(("Osgiliath", "Osgiliath", "PROPN", "dobj", root, "NNP"))
    if when is not None:
        rows.append(("in" if when[1] == "year" else "on", "in", "ADP", "prep", root, "IN"))
        rows.append((when[0], when[0], "PROPN" if when[1] == "day" else "NUM", "pobj",
                     len(rows) - 1, "NNP" if when[1] == "day" else "CD"))  # fmt: skip
    rows.append((".", ".", "PUNCT", "punct", root, "."))
    return rows


def _second(start: int, *, aux: tuple[str, str, str] | None = None, quoted: bool = False) -> list:
    """ "(") Arnor (aux) accused Gondor." as rows whose heads count from ``start``."""
    rows = [("\u201c", "\u201c", "PUNCT", "punct", 0, "``")] if quoted else []
    subject = start + len(rows)
    verb = subject + (2 if aux else 1)
    rows.append(("Arnor", "Arnor", "PROPN", "nsubj", verb, "NNP"))
    if aux is not None:
        rows.append((aux[0], aux[1], "AUX", "aux", verb, aux[2]))
    rows.append(("accused", "accuse", "VERB", "ROOT", verb, "VBN" if aux else "VBD"))
    rows.append(("Gondor", "Gondor", "PROPN", "dobj", verb, "NNP"))
    rows.append((".", ".", "PUNCT", "punct", verb, "."))
    if quoted:
        rows[0] = (*rows[0][:4], verb, "``")
    return rows


def _code(
    coder: Coder, first: list, second_args: dict, dates: list[tuple[int, int]]
) -> list[Event]:
    second = _second(len(first), **second_args)
    rows = first + second
    doc = build_doc([r[:5] for r in rows], tags={i: r[5] for i, r in enumerate(rows)},
                    starts=(0, len(first)))  # fmt: skip
    doc.ents = [Span(doc, s, e, label="DATE") for s, e in dates]
    article = Article(doc_id="n1", origin="test", text=doc.text, date=PUBLISHED)
    return list(code_article(coder, article, doc))


def _accusation(events: list[Event]) -> Event:
    [event] = [e for e in events if e.event_type == "ACCUSE"]
    return event


def test_an_undated_past_act_after_a_background_account_goes_on_with_it(coder: Coder) -> None:
    first = _first(("attacked", "attack", "VBD"), ("2004", "year"))
    events = _code(coder, first, {}, dates=[(4, 5)])
    attack = next(e for e in events if e.event_type == "ASSAULT")
    assert attack.modality == "historical" and attack.date == dt.date(2004, 1, 1)
    accusation = _accusation(events)
    assert accusation.modality == "historical"
    assert "told on from '2004' in the sentence before" in accusation.modality_cue
    # it takes the account's year, no day of its own made up
    assert (accusation.date, accusation.date_precision) == (dt.date(2004, 1, 1), "year")


def test_the_account_ends_where_the_story_returns(coder: Coder) -> None:
    # the sentence before tells the story's own news ("on Friday"): nothing to go on with
    first = _first(("attacked", "attack", "VBD"), ("Friday", "day"))
    assert _accusation(_code(coder, first, {}, dates=[(4, 5)])).modality == "asserted"
    # no date before: nothing to go on with
    first = _first(("attacked", "attack", "VBD"), None)
    assert _accusation(_code(coder, first, {}, dates=[])).modality == "asserted"


def test_a_past_perfect_steps_back_and_the_next_sentence_returns_to_the_news(
    coder: Coder,
) -> None:
    # "Gondor had attacked Osgiliath in 2004. Arnor accused Gondor."
    first = _first(("attacked", "attack", "VBN"), ("2004", "year"), had=True)
    assert _accusation(_code(coder, first, {}, dates=[(5, 6)])).modality == "asserted"


def test_only_the_simple_past_goes_on_with_the_account(coder: Coder) -> None:
    first = _first(("attacked", "attack", "VBD"), ("2004", "year"))
    # "Arnor has accused Gondor.": the perfect reaches the time of telling
    perfect = _code(coder, first, {"aux": ("has", "have", "VBZ")}, dates=[(4, 5)])
    assert _accusation(perfect).modality == "asserted"
    # a quotation is its speaker's own time
    quoted = _code(coder, first, {"quoted": True}, dates=[(4, 5)])
    assert _accusation(quoted).modality == "asserted"


def test_what_a_report_tells_sets_the_account(coder: Coder) -> None:
    # "Arnor said Gondor attacked Osgiliath in 2004. Arnor accused Gondor."
    first = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1, "NNP"),
        ("said", "say", "VERB", "ROOT", 1, "VBD"),
        ("Gondor", "Gondor", "PROPN", "nsubj", 3, "NNP"),
        ("attacked", "attack", "VERB", "ccomp", 1, "VBD"),
        ("Osgiliath", "Osgiliath", "PROPN", "dobj", 3, "NNP"),
        ("in", "in", "ADP", "prep", 3, "IN"),
        ("2004", "2004", "NUM", "pobj", 5, "CD"),
        (".", ".", "PUNCT", "punct", 1, "."),
    ]
    assert _accusation(_code(coder, first, {}, dates=[(6, 7)])).modality == "historical"
    # "Arnor said Gondor attacks Osgiliath …": a report of the present sets no earlier account
    first[3] = ("attacks", "attack", "VERB", "ccomp", 1, "VBZ")
    first[5:7] = [("daily", "daily", "ADV", "advmod", 3, "RB")]
    first[-1] = (".", ".", "PUNCT", "punct", 1, ".")
    assert _accusation(_code(coder, first, {}, dates=[])).modality == "asserted"
