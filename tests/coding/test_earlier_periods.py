"""Acts the text sets in an earlier period ("during the Second Age", "in his first term", "when
he was steward"), acts told in an "after" clause of background, acts in a description of a dated
event noun, and days named by month in an undated story that names its own days by weekday
(made-up world, hand-built parses)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from detente.coding.dates import resolve_event_date, weekday_news
from detente.coding.events import Coder, code_article
from detente.records import Article, Event

from middle_earth import code
from support import build_doc

PUBLISHED = dt.date(2020, 6, 1)


def _attacked(*phrase: tuple) -> tuple[list[tuple], dict[int, str]]:
    """ "Gondor attacked Arnor <phrase>." with tags; ``phrase`` rows are (word, lemma, pos, dep,
    head, tag), heads counted over the whole sentence."""
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        *(r[:5] for r in phrase),
        (".", ".", "PUNCT", "punct", 1),
    ]
    tags = {1: "VBD", **{3 + i: r[5] for i, r in enumerate(phrase)}}
    return rows, tags


def _only(coder: Coder, rows: list[tuple], tags: dict[int, str]) -> Event:
    [event] = code(coder, rows, tags=tags)
    return event


def test_an_act_during_a_war_long_over_is_background(coder: Coder) -> None:
    # "Gondor attacked Arnor during World War Two."
    rows, tags = _attacked(
        ("during", "during", "ADP", "prep", 1, "IN"),
        ("World", "World", "PROPN", "compound", 5, "NNP"),
        ("War", "War", "PROPN", "pobj", 3, "NNP"),
        ("Two", "Two", "NUM", "nummod", 5, "CD"),
    )
    event = _only(coder, rows, tags)
    assert event.event_type == "ASSAULT" and event.modality == "historical"
    assert "during world war two" in event.modality_cue


def test_an_act_in_a_named_persons_years_is_background(coder: Coder) -> None:
    # "Gondor attacked Arnor during the Denethor years."
    rows, tags = _attacked(
        ("during", "during", "ADP", "prep", 1, "IN"),
        ("the", "the", "DET", "det", 6, "DT"),
        ("Denethor", "Denethor", "PROPN", "compound", 6, "NNP"),
        ("years", "year", "NOUN", "pobj", 3, "NNS"),
    )
    assert _only(coder, rows, tags).modality == "historical"
    # "Gondor attacked Arnor during the hard years.": no one's named time, the act is news
    rows[5] = ("hard", "hard", "ADJ", "amod", 6)
    assert _only(coder, rows, {**tags, 5: "JJ"}).modality == "asserted"


def test_an_act_in_an_earlier_term_is_background_but_not_in_the_current_one(coder: Coder) -> None:
    def in_term(which: str) -> str:
        # "Gondor attacked Arnor in its <which> term."
        rows, tags = _attacked(
            ("in", "in", "ADP", "prep", 1, "IN"),
            ("its", "its", "PRON", "poss", 6, "PRP$"),
            (which, which, "ADJ", "amod", 6, "JJ"),
            ("term", "term", "NOUN", "pobj", 3, "NN"),
        )
        return _only(coder, rows, tags).modality

    assert in_term("first") == "historical"
    assert in_term("previous") == "historical"
    assert in_term("current") == "asserted"


def test_an_act_under_a_former_ruler_is_background(coder: Coder) -> None:
    # "Gondor attacked Arnor under former King Denethor." / "under King Denethor."
    rows, tags = _attacked(
        ("under", "under", "ADP", "prep", 1, "IN"),
        ("former", "former", "ADJ", "amod", 6, "JJ"),
        ("King", "King", "PROPN", "compound", 6, "NNP"),
        ("Denethor", "Denethor", "PROPN", "pobj", 3, "NNP"),
    )
    assert _only(coder, rows, tags).modality == "historical"
    rows[4] = ("mighty", "mighty", "ADJ", "amod", 6)
    assert _only(coder, rows, {**tags, 4: "JJ"}).modality == "asserted"


def _when_was(status: tuple) -> tuple[list[tuple], dict[int, str]]:
    """ "Gondor attacked Arnor when it was <status>." """
    return _attacked(
        ("when", "when", "SCONJ", "advmod", 5, "WRB"),
        ("it", "it", "PRON", "nsubj", 5, "PRP"),
        ("was", "be", "AUX", "advcl", 1, "VBD"),
        status,
    )


def test_an_act_when_its_doer_held_a_status_since_left_is_background(coder: Coder) -> None:
    rows, tags = _when_was(("steward", "steward", "NOUN", "attr", 5, "NN"))
    assert _only(coder, rows, tags).modality == "asserted"  # no office one leaves by a term
    rows, tags = _when_was(("governor", "governor", "NOUN", "attr", 5, "NN"))
    event = _only(coder, rows, tags)
    assert event.modality == "historical" and "when it was governor" in event.modality_cue
    # "… when it was in power."
    rows, tags = _attacked(
        ("when", "when", "SCONJ", "advmod", 5, "WRB"),
        ("it", "it", "PRON", "nsubj", 5, "PRP"),
        ("was", "be", "AUX", "advcl", 1, "VBD"),
        ("in", "in", "ADP", "prep", 5, "IN"),
        ("power", "power", "NOUN", "pobj", 6, "NN"),
    )
    assert _only(coder, rows, tags).modality == "historical"
    # "… when it is governor.": a status held now sets no earlier period
    rows, tags = _when_was(("governor", "governor", "NOUN", "attr", 5, "NN"))
    rows[5] = ("is", "be", "AUX", "advcl", 1)
    assert _only(coder, rows, {**tags, 5: "VBZ"}).modality == "asserted"


def _carer_rows(day: str) -> tuple[list[tuple], dict[int, str]]:
    """ "Faramir, who was Gondor's ward on <day>… after Arnor arrested Boromir": "Faramir left
    Osgiliath on March 5 after Arnor arrested Boromir." — the arrest is told in an "after"
    clause of an act dated ``day``."""
    rows = [
        ("Faramir", "Faramir", "PROPN", "nsubj", 1),
        ("left", "leave", "VERB", "ROOT", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "dobj", 1),
        ("on", "on", "ADP", "prep", 1),
        ("March", "March", "PROPN", "pobj", 3),
        (day, day, "NUM", "nummod", 4),
        ("after", "after", "SCONJ", "mark", 8),
        ("Arnor", "Arnor", "PROPN", "nsubj", 8),
        ("arrested", "arrest", "VERB", "advcl", 1),
        ("Boromir", "Boromir", "PROPN", "dobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ]
    return rows, {1: "VBD", 5: "CD", 8: "VBD"}


def test_an_after_clause_of_a_background_act_is_background() -> None:
    rows, tags = _carer_rows("5")
    doc = build_doc(rows, tags=tags)
    doc.ents = [Span(doc, 4, 6, label="DATE")]
    when = resolve_event_date(doc[8], PUBLISHED)
    assert when.date == dt.date(2020, 3, 5) and when.rule == "relative"
    # the act the clause hangs on is the story's own news (days ago): the arrest is no later
    # than it, so it takes that bound too
    doc2 = build_doc(rows, tags=tags)
    doc2.ents = [Span(doc2, 4, 6, label="DATE")]
    assert resolve_event_date(doc2[8], dt.date(2020, 3, 7)).date == dt.date(2020, 3, 5)


def test_an_act_describing_a_dated_event_noun_takes_the_nouns_date() -> None:
    # "Aragorn condemned the March 5 raid in which Mordor attacked Osgiliath."
    rows = [
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 1),
        ("condemned", "condemn", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 5),
        ("March", "March", "PROPN", "compound", 5),
        ("5", "5", "NUM", "nummod", 3),
        ("raid", "raid", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 9),
        ("which", "which", "PRON", "pobj", 6),
        ("Mordor", "Mordor", "PROPN", "nsubj", 9),
        ("attacked", "attack", "VERB", "relcl", 5),
        ("Osgiliath", "Osgiliath", "PROPN", "dobj", 9),
        (".", ".", "PUNCT", "punct", 1),
    ]
    tags = {1: "VBD", 4: "CD", 7: "WDT", 9: "VBD"}
    doc = build_doc(rows, tags=tags)
    doc.ents = [Span(doc, 3, 5, label="DATE")]
    when = resolve_event_date(doc[9], PUBLISHED)
    assert when.date == dt.date(2020, 3, 5) and when.rule == "relative"
    # the condemning itself is not dated by its object's date
    assert resolve_event_date(doc[1], PUBLISHED).rule == "publication"


def _undated(coder: Coder, rows: list[tuple], tags: dict[int, str], text_after: str) -> Event:
    """Code one sentence of an undated article whose other text is ``text_after``."""
    doc = build_doc(rows, tags=tags)
    doc.ents = [Span(doc, 4, 6, label="DATE")]
    article = Article(doc_id="u1", origin="test", text=f"{doc.text} {text_after}", date=None)
    [event] = code_article(coder, article, doc)
    return event


def test_a_day_named_by_month_in_a_weekday_story_is_before_it(coder: Coder) -> None:
    # "Gondor attacked Arnor on March 3." in a story that tells "on Friday" what it reports
    rows, tags = _attacked(
        ("on", "on", "ADP", "prep", 1, "IN"),
        ("March", "March", "PROPN", "pobj", 3, "NNP"),
        ("3", "3", "NUM", "nummod", 4, "CD"),
    )
    event = _undated(coder, rows, tags, "Arnor protested on Friday.")
    assert event.modality == "historical" and event.date is None
    assert "'March 3': before any day the story was told" in event.modality_cue
    # a story that dates everything by month and day gives no such sign
    assert _undated(coder, rows, tags, "Arnor protested on March 4.").modality == "asserted"


def test_a_day_named_by_month_ahead_stays_ahead(coder: Coder) -> None:
    # "Gondor will attack Arnor on March 3." in a weekday story: a threat ahead, not background
    rows, tags = _attacked(
        ("on", "on", "ADP", "prep", 2, "IN"),
        ("March", "March", "PROPN", "pobj", 4, "NNP"),
        ("3", "3", "NUM", "nummod", 5, "CD"),
    )
    rows = [rows[0], ("will", "will", "AUX", "aux", 2), ("attack", "attack", "VERB", "ROOT", 2),
            ("Arnor", "Arnor", "PROPN", "dobj", 2), *rows[3:6], (".", ".", "PUNCT", "punct", 2)]
    tags = {1: "MD", 2: "VB", 5: "NNP", 6: "CD"}
    doc = build_doc(rows, tags=tags)
    doc.ents = [Span(doc, 5, 7, label="DATE")]
    article = Article(doc_id="u2", origin="test", text=f"{doc.text} It said so on Friday.",
                      date=None)  # fmt: skip
    [event] = code_article(coder, article, doc)
    assert event.modality == "future"


def test_a_weekday_told_as_a_time_marks_the_weekday_style() -> None:
    doc = build_doc([("Arnor", "Arnor", "PROPN", "ROOT", 0)])
    assert weekday_news("His lawyer on Sunday announced his death.", doc)
    assert weekday_news("It fell last Friday.", doc)
    assert not weekday_news("Sunday Times readers wrote in on March 4.", doc)


def test_an_act_told_as_done_originally_is_background(coder: Coder) -> None:
    # "Gondor originally attacked Arnor.": the first of several acts, before the story's news
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("originally", "originally", "ADV", "advmod", 2),
        ("attacked", "attack", "VERB", "ROOT", 2),
        ("Arnor", "Arnor", "PROPN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    event = _only(coder, rows, {1: "RB", 2: "VBD"})
    assert event.modality == "historical" and "'originally'" in event.modality_cue
    rows[1] = ("again", "again", "ADV", "advmod", 2)
    assert _only(coder, rows, {1: "RB", 2: "VBD"}).modality == "asserted"


def test_an_act_when_its_teller_was_young_is_background(coder: Coder) -> None:
    # "Gondor attacked Arnor when it was young." (claims9: a life stage told by an adjective)
    for word in ("young", "little"):
        rows, tags = _when_was((word, word, "ADJ", "acomp", 5, "JJ"))
        assert _only(coder, rows, tags).modality == "historical", word
    # "… when it was ill.": no stage one leaves for good
    rows, tags = _when_was(("ill", "ill", "ADJ", "acomp", 5, "JJ"))
    assert _only(coder, rows, tags).modality == "asserted"
