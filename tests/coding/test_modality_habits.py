"""A habit or standing position told with an adverb of habit is background, not an act of the
story: "Arnor traditionally opposes Gondor" (made-up world, hand-built parses)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _opposes(*adverb: tuple, verb: tuple = ("opposes", "oppose", "VBZ")) -> tuple[list, dict]:
    """ "Arnor <adverb> opposes Gondor." with its tags."""
    n = len(adverb)
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1 + n),
        *((word, lemma, pos, dep, 1 + n) for word, lemma, pos, dep in adverb),
        (verb[0], verb[1], "VERB", "ROOT", 1 + n),
        ("Gondor", "Gondor", "PROPN", "dobj", 1 + n),
        (".", ".", "PUNCT", "punct", 1 + n),
    ]
    tags = {0: "NNP", 1 + n: verb[2]}
    return rows, tags


def test_a_habit_in_the_simple_present_is_background(coder: Coder) -> None:
    for adverb in ("traditionally", "always", "usually"):
        rows, tags = _opposes((adverb, adverb, "ADV", "advmod"))
        [event] = code(coder, rows, tags=tags)
        assert event.event_type == "REJECT" and event.modality == "historical", adverb


def test_a_plain_present_or_another_adverb_is_the_act(coder: Coder) -> None:
    rows, tags = _opposes()
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "asserted"
    rows, tags = _opposes(("firmly", "firmly", "ADV", "advmod"))
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "asserted"


def test_a_habit_told_in_the_past_simple_is_left_to_its_date(coder: Coder) -> None:
    # "Arnor always opposed Gondor.": no present habit; the past tense says no more than that
    rows, tags = _opposes(("always", "always", "ADV", "advmod"), verb=("opposed", "oppose", "VBD"))
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "asserted"


def test_a_present_the_tagger_read_as_bare_still_tells_a_habit(coder: Coder) -> None:
    # "Arnor routinely oppose Gondor." tagged VB: a present with its own subject and no "to"
    rows, tags = _opposes(
        ("routinely", "routinely", "ADV", "advmod"), verb=("oppose", "oppose", "VB")
    )
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "historical"


def _opposes_every(determiner: str, period: str, verb: tuple) -> list:
    """ "Arnor <verb> Gondor <determiner> <period>." as parse rows."""
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        (verb[0], verb[1], "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "dobj", 1),
        (determiner, determiner, "DET", "det", 4),
        (period, period, "NOUN", "npadvmod", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_every_year_with_the_simple_present_tells_a_custom(coder: Coder) -> None:
    for determiner, period in (("every", "year"), ("each", "winter")):
        rows = _opposes_every(determiner, period, ("attacks", "attack"))
        [event] = code(coder, rows, tags={0: "NNP", 1: "VBZ", 2: "NNP"})
        assert event.event_type == "ASSAULT" and event.modality == "historical", period


def test_every_day_with_a_past_or_another_noun_is_left_alone(coder: Coder) -> None:
    # "Arnor attacked Gondor every day." is the story's own account of what was done;
    # "Arnor attacks Gondor this year." names no frequency
    [event] = code(coder, _opposes_every("every", "day", ("attacked", "attack")),
                   tags={0: "NNP", 1: "VBD", 2: "NNP"})  # fmt: skip
    assert event.modality == "asserted"
    [event] = code(coder, _opposes_every("this", "year", ("attacks", "attack")),
                   tags={0: "NNP", 1: "VBZ", 2: "NNP"})  # fmt: skip
    assert event.modality == "asserted"


def test_a_tendency_in_the_simple_present_is_background(nlp, coder: Coder) -> None:
    # senses18: "tends to" tells a habit, like "usually"
    from middle_earth import code_text

    [event] = code_text(nlp, coder, "The Gondorian government tends to blame Arnor.")
    assert event.modality == "historical"


def test_a_tendency_told_in_the_past_keeps_its_modality(nlp, coder: Coder) -> None:
    from middle_earth import code_text

    [event] = code_text(nlp, coder, "The Gondorian government tended to blame Arnor.")
    assert event.modality == "asserted"
