"""Modality of reported speech shifted back and of past duties missed (made-up world)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PAST, PARTICIPLE, PRESENT = "VBD", "VBN", "VBZ"


def _arrested(speaker: list[tuple], tags: dict[int, str]) -> tuple[list, dict[int, str]]:
    """ "<speaker> Gondor had arrested Arnor's envoys." with the speaker's words first."""
    n = len(speaker)
    verb = n + 2
    rows = [
        *speaker,
        ("Gondor", "Gondor", "PROPN", "nsubj", verb),
        ("had", "have", "AUX", "aux", verb),
        ("arrested", "arrest", "VERB", "ccomp" if speaker else "ROOT", 1 if speaker else verb),
        ("Arnor", "Arnor", "PROPN", "dobj", verb),
        (".", ".", "PUNCT", "punct", 1 if speaker else verb),
    ]
    return rows, {**tags, verb: PARTICIPLE}


def test_past_perfect_under_a_past_reporting_verb_is_the_news(coder: Coder) -> None:
    # "Mordor said Gondor had arrested Arnor.": the reported "has arrested", told now
    rows, tags = _arrested(
        [("Mordor", "Mordor", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1)], {1: PAST}
    )
    [event] = code(coder, rows, tags=tags)
    assert dyad(event) == ("GND", "COERCE", "ARN") and event.modality == "asserted"


def test_past_perfect_stays_background_alone_or_under_a_present_reporting_verb(
    coder: Coder,
) -> None:
    # "Gondor had arrested Arnor." is told before the story
    rows, tags = _arrested([], {})
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "historical"
    # "Mordor says Gondor had arrested Arnor.": said now of a time before, still background
    rows, tags = _arrested(
        [("Mordor", "Mordor", "PROPN", "nsubj", 1), ("says", "say", "VERB", "ROOT", 1)],
        {1: PRESENT},
    )
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "historical"
    # "Mordor feared Gondor had arrested Arnor.": a fear, not a report of the news; what is
    # feared is believed, not told as done (claims12: "fear" is a claim verb)
    rows, tags = _arrested(
        [("Mordor", "Mordor", "PROPN", "nsubj", 1), ("feared", "fear", "VERB", "ROOT", 1)],
        {1: PAST},
    )
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "hypothetical"


def _should_have(negator: tuple | None, *, reported: bool = False) -> tuple[list, dict[int, str]]:
    """ "Gondor should [never] have arrested Arnor." (after "Mordor said" when reported)."""
    speaker = (
        [("Mordor", "Mordor", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1)]
        if reported
        else []
    )
    n = len(speaker)
    verb = n + 3 + (1 if negator else 0)
    rows = [
        *speaker,
        ("Gondor", "Gondor", "PROPN", "nsubj", verb),
        ("should", "should", "AUX", "aux", verb),
        *([(*negator, "ADV" if negator[0] == "never" else "PART", "neg", verb)] if negator else []),
        ("have", "have", "AUX", "aux", verb),
        ("arrested", "arrest", "VERB", "ccomp" if reported else "ROOT", 1 if reported else verb),
        ("Arnor", "Arnor", "PROPN", "dobj", verb),
        (".", ".", "PUNCT", "punct", 1 if reported else verb),
    ]
    tags = {verb: PARTICIPLE, n + 1: "MD", **({1: PAST} if reported else {})}
    return rows, tags


def test_a_past_duty_missed_says_the_act_was_done(coder: Coder) -> None:
    # "Gondor should never have arrested Arnor.": the arrest happened and is regretted
    for negator in (("never", "never"), ("not", "not")):
        rows, tags = _should_have(negator)
        [event] = code(coder, rows, tags=tags)
        assert dyad(event) == ("GND", "COERCE", "ARN") and event.modality == "asserted"


def test_a_past_duty_without_negation_was_not_done(coder: Coder) -> None:
    # "Gondor should have arrested Arnor.": it did not
    rows, tags = _should_have(None)
    [event] = code(coder, rows, tags=tags)
    assert event.modality == "hypothetical"


def test_a_reported_past_duty_is_no_demand_but_the_act(coder: Coder) -> None:
    # "Mordor said Gondor should not have arrested Arnor.": no request of Mordor to Gondor
    # (no one can be asked to act in the past); the arrest is told
    rows, tags = _should_have(("not", "not"), reported=True)
    [event] = code(coder, rows, tags=tags)
    assert dyad(event) == ("GND", "COERCE", "ARN") and event.modality == "asserted"


def test_a_regretted_act_set_in_the_first_place_is_background(coder: Coder) -> None:
    # "Gondor should never have arrested or jailed Arnor in the first place.": the adverbial
    # after the last shared verb sets both acts before the story
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 4),
        ("should", "should", "AUX", "aux", 4),
        ("never", "never", "ADV", "neg", 4),
        ("have", "have", "AUX", "aux", 4),
        ("arrested", "arrest", "VERB", "ROOT", 4),
        ("or", "or", "CCONJ", "cc", 4),
        ("jailed", "jail", "VERB", "conj", 4),
        ("Arnor", "Arnor", "PROPN", "dobj", 6),
        ("in", "in", "ADP", "prep", 6),
        ("the", "the", "DET", "det", 11),
        ("first", "first", "ADJ", "amod", 11),
        ("place", "place", "NOUN", "pobj", 8),
        (".", ".", "PUNCT", "punct", 4),
    ]
    events = code(coder, rows, tags={1: "MD", 4: PARTICIPLE, 6: PARTICIPLE})
    arrest = next(e for e in events if e.trigger.text == "arrested")
    assert arrest.modality == "historical"
