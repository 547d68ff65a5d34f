"""Where a trigger stands in its sentence decides whether it is told as done: event nouns
sought or inside another verb's intent, descriptions of a noun, acts delayed, and one assault
told twice (made-up world, hand-built parses)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _pushing(verb: tuple) -> tuple[list[tuple], dict[int, str]]:
    """ "Gondor is <verb> talks with Arnor." """
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("is", "be", "AUX", "aux", 2),
        (verb[0], verb[1], "VERB", "ROOT", 2),
        ("talks", "talk", "NOUN", "dobj", 2),
        ("with", "with", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]
    return rows, {1: "VBZ", 2: "VBG"}


def test_talks_a_party_pushes_for_are_sought_not_held(coder: Coder) -> None:
    for verb in (("pushing", "push"), ("wanting", "want")):
        rows, tags = _pushing(verb)
        talks = [e for e in code(coder, rows, tags=tags) if e.trigger.text == "talks"]
        assert [(e.event_type, e.modality) for e in talks] == [("CONSULT", "hypothetical")], verb
        assert "sought" in talks[0].modality_cue


def test_talks_a_party_is_in_are_held(coder: Coder) -> None:
    # "Gondor is in talks with Arnor.": the preposition names no seeking
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("is", "be", "AUX", "ROOT", 1),
        ("in", "in", "ADP", "prep", 1),
        ("talks", "talk", "NOUN", "pobj", 2),
        ("with", "with", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, rows, tags={1: "VBZ"})
    assert event.event_type == "CONSULT" and event.modality == "asserted"


def _advantage(governor: tuple, tag: str) -> list[tuple]:
    """ "Aragorn <governor> to take advantage of his visit to Arnor." """
    return [
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 1),
        (governor[0], governor[1], "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("take", "take", "VERB", "xcomp", 1),
        ("advantage", "advantage", "NOUN", "dobj", 3),
        ("of", "of", "ADP", "prep", 4),
        ("his", "his", "PRON", "poss", 7),
        ("visit", "visit", "NOUN", "pobj", 5),
        ("to", "to", "ADP", "prep", 7),
        ("Arnor", "Arnor", "PROPN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 1),
    ], {1: tag, 3: "VB"}


def test_a_visit_inside_an_intended_act_is_not_told_as_made(coder: Coder) -> None:
    rows, tags = _advantage(("intends", "intend"), "VBZ")
    visits = [e for e in code(coder, rows, tags=tags) if e.trigger.text == "visit"]
    assert [e.modality for e in visits] == ["hypothetical"]
    assert "in the clause of 'take'" in visits[0].modality_cue


def test_a_visit_inside_an_act_done_keeps_its_own_telling(coder: Coder) -> None:
    rows, tags = _advantage(("managed", "manage"), "VBD")
    visits = [e for e in code(coder, rows, tags=tags) if e.trigger.text == "visit"]
    assert [e.modality for e in visits] == ["asserted"]


def test_an_occasion_of_a_doubted_act_is_not_doubted(coder: Coder) -> None:
    # "Aragorn may have fallen ill during his visit to Arnor.": the visit was made
    rows = [
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 3),
        ("may", "may", "AUX", "aux", 3),
        ("have", "have", "AUX", "aux", 3),
        ("fallen", "fall", "VERB", "ROOT", 3),
        ("ill", "ill", "ADJ", "acomp", 3),
        ("during", "during", "ADP", "prep", 3),
        ("his", "his", "PRON", "poss", 7),
        ("visit", "visit", "NOUN", "pobj", 5),
        ("to", "to", "ADP", "prep", 7),
        ("Arnor", "Arnor", "PROPN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 3),
    ]
    [event] = code(coder, rows, tags={1: "MD", 2: "VB", 3: "VBN"})
    assert event.trigger.text == "visit" and event.modality == "asserted"


def test_future_talks_lie_ahead(coder: Coder) -> None:
    # "Gondor discussed future talks with Arnor."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("discussed", "discuss", "VERB", "ROOT", 1),
        ("future", "future", "ADJ", "amod", 3),
        ("talks", "talk", "NOUN", "dobj", 1),
        ("with", "with", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    talks = [e for e in code(coder, rows, tags={1: "VBD"}) if e.trigger.text == "talks"]
    assert [e.modality for e in talks] == ["future"]


def test_an_act_delayed_is_not_done(coder: Coder) -> None:
    # "Gondor has delayed attacking Arnor."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("has", "have", "AUX", "aux", 2),
        ("delayed", "delay", "VERB", "ROOT", 2),
        ("attacking", "attack", "VERB", "xcomp", 2),
        ("Arnor", "Arnor", "PROPN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 2),
    ]
    [event] = code(coder, rows, tags={1: "VBZ", 2: "VBN", 3: "VBG"})
    assert event.event_type == "ASSAULT" and event.modality == "negated"


def _signed(verb: tuple, tag: str) -> tuple[list[tuple], dict[int, str]]:
    """ "The treaties signed by Gondor <verb> an obligation." """
    return [
        ("The", "the", "DET", "det", 1),
        ("treaties", "treaty", "NOUN", "nsubj", 5),
        ("signed", "sign", "VERB", "acl", 1),
        ("by", "by", "ADP", "agent", 2),
        ("Gondor", "Gondor", "PROPN", "pobj", 3),
        (verb[0], verb[1], "VERB", "ROOT", 5),
        ("an", "an", "DET", "det", 7),
        ("obligation", "obligation", "NOUN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 5),
    ], {2: "VBN", 5: tag}


def test_a_participle_describing_a_noun_in_a_present_statement_is_background(
    coder: Coder,
) -> None:
    rows, tags = _signed(("contain", "contain"), "VBP")
    [event] = code(coder, rows, tags=tags)
    assert event.trigger.text == "signed" and event.modality == "historical"
    assert "present statement" in event.modality_cue


def test_a_participle_describing_a_noun_in_a_past_statement_stays_told(coder: Coder) -> None:
    rows, tags = _signed(("contained", "contain"), "VBD")
    [event] = code(coder, rows, tags=tags)
    assert event.trigger.text == "signed" and event.modality == "asserted"


def _who(verb: tuple, tag: str, aux: tuple[tuple, ...] = ()) -> tuple[list[tuple], dict]:
    """ "Gondorians who [aux] <verb> Arnor must explain themselves." """
    n = len(aux)
    rows = [
        ("Gondorians", "Gondorian", "PROPN", "nsubj", 5 + n),
        ("who", "who", "PRON", "nsubj", 2 + n),
        *((word, lemma, "AUX", "aux", 2 + n) for word, lemma in aux),
        (verb[0], verb[1], "VERB", "relcl", 0),
        ("Arnor", "Arnor", "PROPN", "dobj", 2 + n),
        ("must", "must", "AUX", "aux", 5 + n),
        ("explain", "explain", "VERB", "ROOT", 5 + n),
        ("themselves", "themselves", "PRON", "dobj", 5 + n),
        (".", ".", "PUNCT", "punct", 5 + n),
    ]
    return rows, {1: "WP", 2 + n: tag, 4 + n: "MD", 5 + n: "VB"}


def test_a_present_relative_clause_tells_a_standing_property(coder: Coder) -> None:
    rows, tags = _who(("support", "support"), "VBP")
    [event] = code(coder, rows, tags=tags)
    assert event.event_type == "SUPPORT" and event.modality == "historical"
    assert "as a rule" in event.modality_cue


def test_a_progressive_relative_clause_tells_a_current_act(coder: Coder) -> None:
    rows, tags = _who(("supporting", "support"), "VBG", aux=(("are", "be"),))
    [event] = code(coder, rows, tags=tags)
    assert event.event_type == "SUPPORT" and event.modality == "asserted"


def test_a_present_relative_clause_on_its_object_tells_a_stance_now(coder: Coder) -> None:
    # "Arnor made a charge that Mordor denies.": Mordor's denial is told as current
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("made", "make", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("charge", "charge", "NOUN", "dobj", 1),
        ("that", "that", "PRON", "dobj", 6),
        ("Mordor", "Mordor", "PROPN", "nsubj", 6),
        ("denies", "deny", "VERB", "relcl", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    denials = [e for e in code(coder, rows, tags={1: "VBD", 4: "WDT", 6: "VBZ"})
               if e.trigger.text == "denies"]  # fmt: skip
    assert [(e.event_type, e.modality) for e in denials] == [("REJECT", "asserted")]


def _shot(second: tuple) -> list[tuple]:
    """ "Orcs shot and <second> a Gondorian soldier." """
    return [
        ("Orcs", "orc", "NOUN", "nsubj", 1),
        ("shot", "shoot", "VERB", "ROOT", 1),
        ("and", "and", "CCONJ", "cc", 1),
        (second[0], second[1], "VERB", "conj", 1),
        ("a", "a", "DET", "det", 6),
        ("Gondorian", "Gondorian", "PROPN", "amod", 6),
        ("soldier", "soldier", "NOUN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_shooting_and_wounding_one_soldier_is_one_assault(coder: Coder) -> None:
    events = code(coder, _shot(("wounded", "wound")), tags={1: "VBD", 3: "VBD"})
    assert [e.event_type for e in events] == ["ASSAULT"]


def test_shooting_and_arresting_are_two_acts(coder: Coder) -> None:
    events = code(coder, _shot(("arrested", "arrest")), tags={1: "VBD", 3: "VBD"})
    assert sorted(e.event_type for e in events) == ["ASSAULT", "COERCE"]
