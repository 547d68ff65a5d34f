"""Powers and undated background: "will be able to detain" tells what may be done; "years ago"
sets an act before the story (made-up world)."""

from __future__ import annotations

import datetime as dt

from detente.coding.date_expressions import resolve_date_expression
from detente.coding.modality import read_modality

from support import build_doc

STORY = dt.date(2001, 12, 20)


def _able_to_arrest(be: tuple[str, str], aux: tuple[str, str] | None) -> tuple:
    """ "Gondorian police [AUX] BE able to arrest Orcs." """
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 3),
    ]
    tags: dict[int, str] = {}
    if aux is not None:
        rows.append((aux[0], aux[0], "AUX", "aux", 3))
        tags[2] = aux[1]
    else:
        rows.append(("just", "just", "ADV", "advmod", 3))
    rows += [
        (be[0], "be", "AUX", "ROOT", 3),
        ("able", "able", "ADJ", "acomp", 3),
        ("to", "to", "PART", "aux", 6),
        ("arrest", "arrest", "VERB", "xcomp", 4),
        ("Orcs", "Orcs", "PROPN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 3),
    ]
    tags.update({3: be[1], 6: "VB"})
    return build_doc(rows, tags=tags), 6


def test_being_able_to_act_is_a_power_not_an_act_or_intent() -> None:
    # "Gondorian police will be able to arrest Orcs": no arrest, and no arrest announced
    doc, arrest = _able_to_arrest(("be", "VB"), ("will", "MD"))
    reading = read_modality(doc[arrest])
    assert reading.modality == "hypothetical" and "an ability" in reading.cue
    # "... are able to arrest Orcs": a power they hold
    doc, arrest = _able_to_arrest(("are", "VBP"), None)
    assert read_modality(doc[arrest]).modality == "hypothetical"


def test_having_been_able_to_act_tells_the_act_done() -> None:
    # "Gondorian police were able to arrest Orcs": they managed it
    doc, arrest = _able_to_arrest(("were", "VBD"), None)
    assert read_modality(doc[arrest]).modality == "asserted"


def test_years_ago_without_a_count_is_before_the_story() -> None:
    for said in ("years ago", "several years ago", "decades ago", "many months ago"):
        when = resolve_date_expression(said, STORY)
        assert when is not None and when.before_story and when.date is None, said
    # a counted time keeps its day, and "two days ago" is the story's own news
    when = resolve_date_expression("two years ago", STORY)
    assert when is not None and when.date == dt.date(1999, 1, 1)
    when = resolve_date_expression("two days ago", STORY)
    assert when is not None and not when.before_story
