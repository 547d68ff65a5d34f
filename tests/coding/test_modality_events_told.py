"""Event nouns that a verb holds or lets take place, acts near in the past, acts set in the
future, and stances held long before the story (made-up world)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


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


def test_a_stance_held_long_in_the_perfect_is_background(coder: Coder) -> None:
    # "Gondor has long accused Arnor." / "Gondor accused Arnor."
    def rows(adverb: bool) -> list[tuple]:
        return [
            ("Gondor", "Gondor", "PROPN", "nsubj", 3),
            ("has", "have", "AUX", "aux", 3),
            ("long" if adverb else "openly", "long", "ADV", "advmod", 3),
            ("accused", "accuse", "VERB", "ROOT", 3),
            ("Arnor", "Arnor", "PROPN", "dobj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ]

    [event] = code(coder, rows(True), tags={1: "VBZ", 3: "VBN"})
    assert event.modality == "historical" and "standing" in event.modality_cue
    [event] = code(coder, rows(False), tags={1: "VBZ", 3: "VBN"})
    assert event.modality == "asserted"
