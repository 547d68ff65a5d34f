"""Reported "would" (the "will" of reported speech) and negation scope (made-up world)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad


def _would_expel(say: tuple[str, str, str], extra: list[tuple] | None = None) -> tuple:
    """ "Gondor <said> Mordor would expel Arnor's envoys [<extra>]." """
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (say[0], say[1], "VERB", "ROOT", 1),
        ("Mordor", "Mordor", "PROPN", "nsubj", 4),
        ("would", "would", "AUX", "aux", 4),
        ("expel", "expel", "VERB", "ccomp", 1),
        ("Arnor", "Arnor", "PROPN", "poss", 7),
        ("'s", "'s", "PART", "case", 5),
        ("envoys", "envoy", "NOUN", "dobj", 4),
        *(extra or []),
        (".", ".", "PUNCT", "punct", 1),
    ]
    return rows, {1: say[2], 3: "MD", 4: "VB"}


def test_would_under_a_past_report_is_the_reported_will(coder: Coder) -> None:
    rows, tags = _would_expel(("said", "say", "VBD"))
    [event] = code(coder, rows, tags=tags)
    assert dyad(event) == ("MDR", "THREATEN", "ARN")  # "will expel": a threat
    assert event.modality == "future" and "reported 'will'" in event.modality_cue


def test_would_under_a_present_report_or_a_fear_stays_hypothetical(coder: Coder) -> None:
    for say in (("says", "say", "VBZ"), ("feared", "fear", "VBD")):
        rows, tags = _would_expel(say)
        [event] = code(coder, rows, tags=tags)
        assert event.modality == "hypothetical", say


def test_a_reported_would_on_a_condition_stays_hypothetical(coder: Coder) -> None:
    # "Gondor said Mordor would expel Arnor's envoys if Rohan attacked."
    extra = [
        ("if", "if", "SCONJ", "mark", 10),
        ("Rohan", "Rohan", "PROPN", "nsubj", 10),
        ("attacked", "attack", "VERB", "advcl", 4),
    ]
    rows, tags = _would_expel(("said", "say", "VBD"), extra)
    events = code(coder, rows, tags={**tags, 10: "VBD"})
    expel = next(e for e in events if e.trigger.text.startswith("expel"))
    assert expel.modality == "hypothetical"


def test_a_conjunct_with_its_own_modal_does_not_share_the_negation(coder: Coder) -> None:
    # "Gondor does not recognize Arnor and will arrest Rohan's envoys."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("does", "do", "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3),
        ("recognize", "recognize", "VERB", "ROOT", 3),
        ("Arnor", "Arnor", "PROPN", "dobj", 3),
        ("and", "and", "CCONJ", "cc", 3),
        ("will", "will", "AUX", "aux", 7),
        ("arrest", "arrest", "VERB", "conj", 3),
        ("Rohan", "Rohan", "PROPN", "poss", 10),
        ("'s", "'s", "PART", "case", 8),
        ("envoys", "envoy", "NOUN", "dobj", 7),
        (".", ".", "PUNCT", "punct", 3),
    ]
    events = code(coder, rows, tags={1: "VBZ", 3: "VB", 6: "MD", 7: "VB"})
    arrest = next(e for e in events if e.trigger.text.startswith("arrest"))
    assert arrest.modality == "future"
    # without its own modal the conjunct shares the negation: "does not recognize … or arrest"
    rows[6] = ("quickly", "quickly", "ADV", "advmod", 7)
    events = code(coder, rows, tags={1: "VBZ", 3: "VB", 6: "RB", 7: "VB"})
    arrest = next(e for e in events if e.trigger.text.startswith("arrest"))
    assert arrest.modality == "negated"


def test_an_event_noun_held_by_a_verb_of_its_kind_is_that_verbs_act(coder: Coder) -> None:
    # "Gondor would hold a long awaited Arnor summit.": one (hypothetical) meeting, not also a
    # summit held (the object is too far from the verb to join its trigger)
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("would", "would", "AUX", "aux", 2),
        ("hold", "hold", "VERB", "ROOT", 2),
        ("a", "a", "DET", "det", 7),
        ("long", "long", "ADV", "advmod", 5),
        ("awaited", "await", "VERB", "amod", 7),
        ("Arnor", "Arnor", "PROPN", "compound", 7),
        ("summit", "summit", "NOUN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    [event] = code(coder, rows, tags={1: "MD", 2: "VB", 5: "VBN"})
    assert event.trigger.text == "hold" and event.modality == "hypothetical"


def _talks(verb: list[tuple], tags: dict[int, str]) -> tuple:
    """ "Talks between Gondor and Arnor <verb …> in Minas Tirith." """
    n = 5 + len(verb)
    rows = [
        ("Talks", "talk", "NOUN", "nsubjpass" if verb[-1][1] == "hold" else "nsubj", n - 1),
        ("between", "between", "ADP", "prep", 0),
        ("Gondor", "Gondor", "PROPN", "pobj", 1),
        ("and", "and", "CCONJ", "cc", 2),
        ("Arnor", "Arnor", "PROPN", "conj", 2),
        *verb,
        ("in", "in", "ADP", "prep", n - 1),
        ("Minas", "Minas", "PROPN", "compound", n + 2),
        ("Tirith", "Tirith", "PROPN", "pobj", n),
        (".", ".", "PUNCT", "punct", n - 1),
    ]
    return rows, tags


def test_the_verb_of_taking_place_tells_an_event_nouns_modality(coder: Coder) -> None:
    # "Talks between Gondor and Arnor were not held in Minas Tirith."
    rows, tags = _talks(
        [("were", "be", "AUX", "auxpass", 7), ("not", "not", "PART", "neg", 7),
         ("held", "hold", "VERB", "ROOT", 7)],
        {5: "VBD", 7: "VBN"},
    )  # fmt: skip
    [event] = code(coder, rows, tags=tags)
    assert event.trigger.text == "Talks" and event.modality == "negated"
    # "Talks between Gondor and Arnor will begin in Minas Tirith."
    rows, tags = _talks(
        [("will", "will", "AUX", "aux", 6), ("begin", "begin", "VERB", "ROOT", 6)], {5: "MD"}
    )
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "future"


def _attack(be: tuple[str, str], word: str, extra: list[tuple] | None = None) -> list[tuple]:
    """ "Gondor <be> <word> to attack Arnor [<extra>]." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (be[0], "be", "AUX", "ROOT", 1),
        (word, word, "ADJ", "acomp", 1),
        ("to", "to", "PART", "aux", 4),
        ("attack", "attack", "VERB", "xcomp", 2),
        ("Arnor", "Arnor", "PROPN", "dobj", 4),
        *(extra or []),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_an_act_one_was_poised_to_do_was_near_then_not_done(coder: Coder) -> None:
    [then] = code(coder, _attack(("was", "VBD"), "poised"), tags={1: "VBD"})
    assert then.modality == "hypothetical" and "told in the past" in then.modality_cue
    [ahead] = code(coder, _attack(("is", "VBZ"), "poised"), tags={1: "VBZ"})
    assert ahead.modality == "future"


def test_an_act_set_in_the_future_by_an_adverbial_lies_ahead(coder: Coder) -> None:
    # "Gondor is able to attack Arnor in the future.": no modal, yet not told as done
    extra = [
        ("in", "in", "ADP", "prep", 4),
        ("the", "the", "DET", "det", 8),
        ("future", "future", "NOUN", "pobj", 6),
    ]
    [event] = code(coder, _attack(("is", "VBZ"), "able", extra), tags={1: "VBZ"})
    assert event.modality == "future" and "'in the future'" in event.modality_cue
    [plain] = code(coder, _attack(("is", "VBZ"), "able"), tags={1: "VBZ"})
    assert plain.modality != "future"
