"""Acts that describe a noun, and states that last: when they are background and when they are
the story's news ("is investigating the death of a man shot by Orcs", "should release those
imprisoned by Arnor", "remains in custody", "next week's talks"; made-up world, hand-built
parses)."""

from __future__ import annotations

from detente.coding.modality import read_modality

from support import build_doc


def _shot(verb: tuple[str, str, str]) -> list:
    """ "Gondor is <verb> the death of a man shot by Orcs." (verb: word, lemma, tag)."""
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("is", "be", "AUX", "aux", 2),
        (verb[0], verb[1], "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4),
        ("death", "death", "NOUN", "dobj", 2),
        ("of", "of", "ADP", "prep", 4),
        ("a", "a", "DET", "det", 7),
        ("man", "man", "NOUN", "pobj", 5),
        ("shot", "shoot", "VERB", "acl", 7),
        ("by", "by", "ADP", "agent", 8),
        ("Orcs", "Orcs", "PROPN", "pobj", 9),
        (".", ".", "PUNCT", "punct", 2),
    ]
    return build_doc(rows, tags={1: "VBZ", 2: verb[2], 8: "VBN"})


def test_an_act_described_inside_what_is_investigated_is_the_news() -> None:
    for verb in (("investigating", "investigate", "VBG"), ("probing", "probe", "VBG")):
        reading = read_modality(_shot(verb)[8])
        assert reading.modality == "asserted", verb


def test_an_act_described_in_another_present_statement_stays_background() -> None:
    # "Gondor is mourning the death of a man shot by Orcs": told as known, before the story
    reading = read_modality(_shot(("mourning", "mourn", "VBG"))[8])
    assert reading.modality == "historical"
    assert reading.cue.startswith("past relative clause")


def _imprisoned(modal: tuple[str, str] | None, day: bool = False) -> list:
    """ "Gondor <modal> release those imprisoned by Arnor / on Monday." """
    aux = [] if modal is None else [(modal[0], modal[0], "AUX", "aux", 2)]
    n = len(aux)
    verb = ("release", "release", "VERB", "ROOT", 1 + n)
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1 + n),
        *((w, lemma, pos, dep, 1 + n) for w, lemma, pos, dep, _ in aux),
        verb if modal is not None else ("released", "release", "VERB", "ROOT", 1 + n),
        ("those", "those", "PRON", "dobj", 1 + n),
        ("imprisoned", "imprison", "VERB", "acl", 2 + n),
        ("on" if day else "by", "on" if day else "by", "ADP", "prep" if day else "agent", 3 + n),
        ("Monday" if day else "Arnor", "Monday" if day else "Arnor", "PROPN", "pobj", 4 + n),
        (".", ".", "PUNCT", "punct", 1 + n),
    ]
    tags = {1 + n: "VB" if modal is not None else "VBD", 3 + n: "VBN"}
    if modal is not None:
        tags[1] = modal[1]
    return build_doc(rows, tags=tags)


def test_those_described_by_an_act_a_demand_or_plan_acts_on_were_so_before() -> None:
    for modal in (("should", "MD"), ("will", "MD")):
        doc = _imprisoned(modal)
        reading = read_modality(doc[4])
        assert reading.modality == "historical", modal
        assert "done before" in reading.cue


def test_a_description_with_its_own_day_or_in_a_clause_told_as_done_is_left_alone() -> None:
    # "Gondor should release those imprisoned on Monday": the day makes it the story's news
    assert read_modality(_imprisoned(("should", "MD"), day=True)[4]).modality == "asserted"
    # "Gondor released those imprisoned by Arnor": no demand; the past description may be news
    assert read_modality(_imprisoned(None)[3]).modality == "asserted"


def _state(rows: list, tags: dict[int, str]) -> list:
    return build_doc(rows, tags=tags)


def test_detention_told_as_lasting_is_a_standing_state() -> None:
    # "Orcs languish in Gondorian jails."
    languish = _state([
        ("Orcs", "Orcs", "PROPN", "nsubj", 1),
        ("languish", "languish", "VERB", "ROOT", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Gondorian", "Gondorian", "ADJ", "amod", 4),
        ("jails", "jail", "NOUN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ], {1: "VBP"})  # fmt: skip
    reading = read_modality(languish[4])
    assert reading.modality == "historical" and "standing state" in reading.cue
    # "Boromir is currently incarcerated."
    current = _state([
        ("Boromir", "Boromir", "PROPN", "nsubjpass", 3),
        ("is", "be", "AUX", "auxpass", 3),
        ("currently", "currently", "ADV", "advmod", 3),
        ("incarcerated", "incarcerate", "VERB", "ROOT", 3),
        (".", ".", "PUNCT", "punct", 3),
    ], {1: "VBZ", 3: "VBN"})  # fmt: skip
    assert read_modality(current[3]).modality == "historical"


def test_a_detention_told_without_lasting_is_the_act() -> None:
    # "Boromir was incarcerated." and "Boromir was currently incarcerated" (no present state)
    for adverb, tag in ((None, "VBD"), ("currently", "VBD")):
        extra = [] if adverb is None else [(adverb, adverb, "ADV", "advmod", 2 + 1)]
        head = 2 + len(extra)
        rows = [
            ("Boromir", "Boromir", "PROPN", "nsubjpass", head),
            ("was", "be", "AUX", "auxpass", head),
            *((w, lemma, pos, dep, head) for w, lemma, pos, dep, _ in extra),
            ("incarcerated", "incarcerate", "VERB", "ROOT", head),
            (".", ".", "PUNCT", "punct", head),
        ]
        doc = build_doc(rows, tags={1: tag, head: "VBN"})
        assert read_modality(doc[head]).modality == "asserted", adverb


def _talks(when: str) -> list:
    """ "Gondor praised <when> week's talks with Arnor." """
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("praised", "praise", "VERB", "ROOT", 1),
        (when, when, "ADJ", "amod", 3),
        ("week", "week", "NOUN", "poss", 5),
        ("'s", "'s", "PART", "case", 3),
        ("talks", "talk", "NOUN", "dobj", 1),
        ("with", "with", "ADP", "prep", 5),
        ("Arnor", "Arnor", "PROPN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    return build_doc(rows, tags={1: "VBD", 4: "POS"}, joined=(3,))


def test_an_event_noun_owned_by_a_coming_time_lies_ahead() -> None:
    reading = read_modality(_talks("next")[5])
    assert reading.modality == "future" and "next week" in reading.cue
    assert read_modality(_talks("last")[5]).modality == "asserted"


def test_a_kind_of_act_described_under_a_modal_is_no_earlier_act() -> None:
    # "Gondor would punish any Orcs imprisoned by Arnor": "any" names a kind, not prisoners
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("would", "would", "AUX", "aux", 2),
        ("punish", "punish", "VERB", "ROOT", 2),
        ("any", "any", "DET", "det", 4),
        ("Orcs", "Orcs", "PROPN", "dobj", 2),
        ("imprisoned", "imprison", "VERB", "acl", 4),
        ("by", "by", "ADP", "agent", 5),
        ("Arnor", "Arnor", "PROPN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 2),
    ]
    doc = build_doc(rows, tags={1: "MD", 2: "VB", 5: "VBN"})
    assert read_modality(doc[5]).modality != "historical"
    rows[3] = ("the", "the", "DET", "det", 4)  # "the Orcs imprisoned by Arnor": done before
    doc = build_doc(rows, tags={1: "MD", 2: "VB", 5: "VBN"})
    assert read_modality(doc[5]).modality == "historical"


def test_acts_still_going_on_are_no_standing_state() -> None:
    # "Gondor is still detaining Orcs.": the arrests go on; the story's news
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("is", "be", "AUX", "aux", 3),
        ("still", "still", "ADV", "advmod", 3),
        ("detaining", "detain", "VERB", "ROOT", 3),
        ("Orcs", "Orcs", "PROPN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    doc = build_doc(rows, tags={1: "VBZ", 3: "VBG"})
    assert read_modality(doc[3]).modality == "asserted"
