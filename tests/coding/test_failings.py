"""A failing told as a reported judgement ("Arnor said Gondor had failed them") is the speaker's
criticism of the party that failed; people of no stated country who criticise a state's police
are that state's people. Hand-built parses of the made-up world; rows are (word, lemma, POS,
dependency, head index)."""

from __future__ import annotations

from detente.coding.domestic_critics import domestic_critics
from detente.coding.events import Coder
from detente.records import ActorMention

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def _said_failed(obj: tuple[str, str, str], *, negated: bool = False) -> list:
    """ "Arnor said Gondor had (not) failed <obj>." """
    neg = [("not", "not", "PART", "neg", 5)] if negated else []
    at = 4 + len(neg)  # index of "failed"
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "nsubj", at),
        ("had", "have", "AUX", "aux", at),
        *neg,
        ("failed", "fail", "VERB", "ccomp", 1),
        (obj[0], obj[1], obj[2], "dobj", at),
        (*PUNCT, 1),
    ]


def test_a_party_said_to_have_failed_people_is_criticised(coder: Coder) -> None:
    [event] = code(coder, _said_failed(("them", "they", "PRON")))
    assert event.cameo == "111" and dyad(event) == ("ARN", "ACCUSE", "GND")


def test_failing_a_test_wrongs_no_one(coder: Coder) -> None:
    assert code(coder, _said_failed(("test", "test", "NOUN"))) == ()


def test_a_party_said_not_to_have_failed_is_not_criticised(coder: Coder) -> None:
    events = code(coder, _said_failed(("them", "they", "PRON"), negated=True))
    assert all(e.event_type != "ACCUSE" for e in events)


def test_a_failing_told_by_no_speaker_is_no_accusation(coder: Coder) -> None:
    # "Gondor had failed them."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("had", "have", "AUX", "aux", 2),
        ("failed", "fail", "VERB", "ROOT", 2),
        ("them", "they", "PRON", "dobj", 2),
        (*PUNCT, 2),
    ]
    assert code(coder, rows) == ()


def test_people_who_criticise_a_states_police_are_its_people(coder: Coder) -> None:
    # "The villagers said the Gondor police had failed them."
    rows = [
        ("The", "the", "DET", "det", 1),
        ("villagers", "villager", "NOUN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 5),
        ("Gondor", "Gondor", "PROPN", "compound", 5),
        ("police", "police", "NOUN", "nsubj", 7),
        ("had", "have", "AUX", "aux", 7),
        ("failed", "fail", "VERB", "ccomp", 2),
        ("them", "they", "PRON", "dobj", 7),
        (*PUNCT, 2),
    ]
    events = code(coder, rows)
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert accusations, events
    assert [(m.country, m.sector) for m in accusations[0].actor] == [("GND", "CVL")]


def _mention(text: str, country: str | None, sector: str, rule: str) -> ActorMention:
    return ActorMention(text=text, start=0, end=1, country=country, sector=sector, rule=rule)


def test_unplaced_people_criticising_one_states_police_are_placed_there() -> None:
    villagers = (_mention("villagers", None, "CVL", "agent"),)
    police = (_mention("the Gondor police", "GND", "COP", "demonym"),)
    [placed] = domestic_critics(villagers, police, "111", None)
    assert (placed.country, placed.sector, placed.rule) == ("GND", "CVL", "domestic")


def test_unplaced_people_acting_otherwise_or_on_others_stay_unplaced() -> None:
    villagers = (_mention("villagers", None, "CVL", "agent"),)
    police = (_mention("the Gondor police", "GND", "COP", "demonym"),)
    traders = (_mention("Gondor traders", "GND", "BUS", "demonym"),)
    assert domestic_critics(villagers, police, "040", None) == ()  # a meeting says nothing
    assert domestic_critics(villagers, traders, "111", None) == ()  # not the state's institution
    officers = (_mention("officers", None, "COP", "agent"),)
    assert domestic_critics(officers, police, "111", None) == ()  # not private people
