"""Modality through frames, "not only", imminence and participle adjuncts (made-up world)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad


def test_a_negated_request_complement_is_what_was_asked_not_a_negated_request(coder: Coder) -> None:
    # "Gondor urged Arnor not to attack."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("urged", "urge", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("not", "not", "PART", "neg", 5),
        ("to", "to", "PART", "aux", 5),
        ("attack", "attack", "VERB", "xcomp", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("GND", "REQUEST", "ARN") and event.modality == "asserted"


def _investigated(tail: list[tuple]) -> list[tuple]:
    """ "Arnor is not investigated <tail>" with "investigated" at 3."""
    return [
        ("Arnor", "Arnor", "PROPN", "nsubjpass", 3),
        ("is", "be", "AUX", "auxpass", 3),
        ("not", "not", "PART", "neg", 3),
        ("investigated", "investigate", "VERB", "ROOT", 3),
        *tail,
        (".", ".", "PUNCT", "punct", 3),
    ]


def test_not_only_adds_a_party_and_negates_nothing(coder: Coder) -> None:
    # "Arnor is not investigated only by Gondor but by Mordor."
    also = _investigated(
        [
            ("only", "only", "ADV", "advmod", 5),
            ("by", "by", "ADP", "agent", 3),
            ("Gondor", "Gondor", "PROPN", "pobj", 5),
            ("but", "but", "CCONJ", "cc", 5),
            ("by", "by", "ADP", "conj", 5),
            ("Mordor", "Mordor", "PROPN", "pobj", 8),
        ]
    )
    assert {e.modality for e in code(coder, also)} == {"asserted"}
    # "Arnor is not investigated by Gondor." is negated
    plain = _investigated(
        [("by", "by", "ADP", "agent", 3), ("Gondor", "Gondor", "PROPN", "pobj", 4)]
    )
    assert {e.modality for e in code(coder, plain)} == {"negated"}


def test_a_participle_adjunct_is_told_as_its_clause(coder: Coder) -> None:
    # "Gondor will write to Arnor asking for aid."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("will", "will", "AUX", "aux", 2),
        ("write", "write", "VERB", "ROOT", 2),
        ("to", "to", "ADP", "prep", 2),
        ("Arnor", "Arnor", "PROPN", "pobj", 3),
        ("asking", "ask", "VERB", "advcl", 2),
        ("for", "for", "ADP", "prep", 5),
        ("aid", "aid", "NOUN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 2),
    ]
    events = code(coder, rows, tags={5: "VBG"})
    asks = [e for e in events if e.event_type == "REQUEST"]
    assert asks and {e.modality for e in asks} == {"future"}


def test_a_participle_adjunct_does_not_share_a_negation(coder: Coder) -> None:
    # "Gondor did not write to Arnor, asking for aid instead." asks all the same
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("did", "do", "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3),
        ("write", "write", "VERB", "ROOT", 3),
        ("to", "to", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (",", ",", "PUNCT", "punct", 3),
        ("asking", "ask", "VERB", "advcl", 3),
        ("for", "for", "ADP", "prep", 7),
        ("aid", "aid", "NOUN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 3),
    ]
    asks = [e for e in code(coder, rows, tags={7: "VBG"}) if e.event_type == "REQUEST"]
    assert asks and {e.modality for e in asks} == {"asserted"}


def test_what_was_done_to_support_is_the_support_itself(coder: Coder) -> None:
    # "Arnor did much to support Gondor." / "Arnor sent envoys to support Gondor."
    def rows(verb: str, lemma: str, obj: str) -> list[tuple]:
        return [
            ("Arnor", "Arnor", "PROPN", "nsubj", 1),
            (verb, lemma, "VERB", "ROOT", 1),
            (obj, obj, "NOUN", "dobj", 1),
            ("to", "to", "PART", "aux", 4),
            ("support", "support", "VERB", "advcl", 1),
            ("Gondor", "Gondor", "PROPN", "dobj", 4),
            (".", ".", "PUNCT", "punct", 1),
        ]

    done = [e for e in code(coder, rows("did", "do", "much")) if e.event_type == "SUPPORT"]
    assert [e.modality for e in done] == ["asserted"]
    sent = [e for e in code(coder, rows("sent", "send", "envoys")) if e.event_type == "SUPPORT"]
    assert [e.modality for e in sent] == ["hypothetical"]


def test_an_act_one_is_due_or_about_to_do_lies_ahead(coder: Coder) -> None:
    # "Gondor is due to attack Arnor." / "Gondor is about to attack Arnor." / "... is able to ..."
    def rows(word: str) -> list[tuple]:
        return [
            ("Gondor", "Gondor", "PROPN", "nsubj", 1),
            ("is", "be", "AUX", "ROOT", 1),
            (word, word, "ADJ", "acomp", 1),
            ("to", "to", "PART", "aux", 4),
            ("attack", "attack", "VERB", "xcomp", 2),
            ("Arnor", "Arnor", "PROPN", "dobj", 4),
            (".", ".", "PUNCT", "punct", 1),
        ]

    for word in ("due", "about"):
        [event] = code(coder, rows(word))
        assert event.modality == "future", word
    [able] = code(coder, rows("able"))
    assert able.modality != "future"


def _arranged(be: str) -> list[tuple]:
    """ "Gondor <be> to attack Arnor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (be, "be", "AUX", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("attack", "attack", "VERB", "xcomp", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_an_act_a_party_is_to_do_is_arranged_not_done(coder: Coder) -> None:
    # "Gondor is to attack Arnor": ahead; "Gondor was to attack Arnor": planned, not told as done.
    [ahead] = code(coder, _arranged("is"), tags={1: "VBZ"})
    assert (ahead.modality, ahead.event_type) == ("future", "ASSAULT")
    [planned] = code(coder, _arranged("was"), tags={1: "VBD"})
    assert (planned.modality, planned.event_type) == ("hypothetical", "ASSAULT")


def test_an_infinitive_after_another_verb_is_not_an_arrangement(coder: Coder) -> None:
    # "Gondor went to attack Arnor": an infinitive of "go", no form of "be".
    rows = _arranged("went")
    rows[1] = ("went", "go", "VERB", "ROOT", 1)
    [event] = code(coder, rows, tags={1: "VBD"})
    assert event.modality != "future"


def test_an_aim_told_with_be_and_an_infinitive_is_only_aimed_at(coder: Coder) -> None:
    # "Gondor's plan is to attack Arnor": an aim, not an arrangement.
    rows = [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("plan", "plan", "NOUN", "nsubj", 3),
        ("is", "be", "AUX", "ROOT", 3),
        ("to", "to", "PART", "aux", 5),
        ("attack", "attack", "VERB", "xcomp", 3),
        ("Arnor", "Arnor", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 3),
    ]
    [event] = code(coder, rows, tags={3: "VBZ"})
    assert event.modality == "hypothetical"
