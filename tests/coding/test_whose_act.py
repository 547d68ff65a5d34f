"""Whose act in a complex clause, and when: "X is to blame" judges X (the speaker's accusation);
a party challenged or dared to act is asked, it does not act; what a witness recounts to a court
is background. Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency,
head)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def _to_blame(*, speaker: bool, negated: bool = False, past: bool = False) -> list[tuple]:
    """ "(Gondor says) Mordor is (not) to blame for the attack." """
    said = [("Gondor", "Gondor", "PROPN", "nsubj", 1), ("says", "say", "VERB", "ROOT", 1)]
    at = len(said) if speaker else 0  # index of "Mordor"
    be = at + 1
    be_row = ("was", "be", "AUX") if past else ("is", "be", "AUX")
    neg = [("not", "not", "PART", "neg", be)] if negated else []
    blame = be + 2 + len(neg)
    return [
        *(said if speaker else []),
        ("Mordor", "Mordor", "PROPN", "nsubj", be),
        (*be_row, "ccomp" if speaker else "ROOT", 1 if speaker else be),
        *neg,
        ("to", "to", "PART", "aux", blame),
        ("blame", "blame", "VERB", "xcomp", be),
        ("for", "for", "ADP", "prep", blame),
        ("the", "the", "DET", "det", blame + 3),
        ("attack", "attack", "NOUN", "pobj", blame + 1),
        (*PUNCT, 1 if speaker else be),
    ]


def test_a_party_said_to_be_to_blame_is_accused_by_the_speaker(coder: Coder) -> None:
    [event] = code(coder, _to_blame(speaker=True))
    assert dyad(event) == ("GND", "ACCUSE", "MDR") and event.cameo == "112"
    assert event.modality == "asserted"  # "is to blame" arranges nothing


def test_a_party_to_blame_blames_no_one(coder: Coder) -> None:
    # "Mordor is to blame for the attack.": the text's own judgement, Mordor accuses nobody
    assert all(e.event_type != "ACCUSE" for e in code(coder, _to_blame(speaker=False)))


def test_a_party_said_not_to_be_to_blame_is_cleared(coder: Coder) -> None:
    assert code(coder, _to_blame(speaker=True, negated=True)) == ()


def _asked(verb: tuple[str, str]) -> list[tuple]:
    """ "Gondor <verb> Arnor to attack Mordor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (verb[0], verb[1], "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("attack", "attack", "VERB", "xcomp", 1),
        ("Mordor", "Mordor", "PROPN", "dobj", 4),
        (*PUNCT, 1),
    ]


def test_a_party_challenged_to_act_is_asked_and_does_not_act(coder: Coder) -> None:
    for verb in (("challenged", "challenge"), ("dared", "dare")):
        [event] = code(coder, _asked(verb))
        assert dyad(event) == ("GND", "REQUEST", "ARN")


def test_a_thing_that_challenges_asks_nothing(coder: Coder) -> None:
    # "It challenged Arnor to attack Mordor.": "it" names no party that asks; what it
    # challenges Arnor to do is not told as done either
    rows = [("It", "it", "PRON", *row[3:]) if i == 0 else row
            for i, row in enumerate(_asked(("challenged", "challenge")))]  # fmt: skip
    events = code(coder, rows)
    assert all(e.event_type != "REQUEST" for e in events)
    assert all(e.modality != "asserted" for e in events)


def _testified(verb: tuple[str, str], *, day: bool = False) -> list[tuple]:
    """ "Frodo <verb> that Mordor attacked Bree (on Monday)." """
    tail = [("on", "on", "ADP", "prep", 5), ("Monday", "Monday", "PROPN", "pobj", 7)] if day else []
    return [
        ("Frodo", "Frodo", "PROPN", "nsubj", 1),
        (verb[0], verb[1], "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 5),
        ("Mordor", "Mordor", "PROPN", "nsubj", 5),
        ("soldiers", "soldier", "NOUN", "appos", 3),
        ("attacked", "attack", "VERB", "ccomp", 1),
        ("Bree", "Bree", "PROPN", "dobj", 5),
        *tail,
        (*PUNCT, 1),
    ]


def test_an_act_recounted_in_testimony_is_background(coder: Coder) -> None:
    events = code(coder, _testified(("testified", "testify")), tags={5: "VBD"})
    assert events and {e.modality for e in events} == {"historical"}


def test_an_act_told_to_anyone_but_a_hearing_is_news(coder: Coder) -> None:
    events = code(coder, _testified(("said", "say")), tags={5: "VBD"})
    assert events and {e.modality for e in events} == {"asserted"}


def test_testimony_that_names_its_day_is_news(coder: Coder) -> None:
    events = code(coder, _testified(("testified", "testify"), day=True), tags={5: "VBD"})
    assert events and {e.modality for e in events} == {"asserted"}


def test_what_a_court_heard_was_done_is_background(coder: Coder) -> None:
    # "The court heard that Mordor attacked Bree."
    rows = [
        ("The", "the", "DET", "det", 1),
        ("court", "court", "NOUN", "nsubj", 2),
        ("heard", "hear", "VERB", "ROOT", 2),
        ("that", "that", "SCONJ", "mark", 5),
        ("Mordor", "Mordor", "PROPN", "nsubj", 5),
        ("attacked", "attack", "VERB", "ccomp", 2),
        ("Bree", "Bree", "PROPN", "dobj", 5),
        (*PUNCT, 2),
    ]
    events = code(coder, rows, tags={5: "VBD"})
    assert events and {e.modality for e in events} == {"historical"}


def _said_would(speaker: str, doer: str, obj: tuple[str, str, str], *, verb=("said", "say")):
    """ "<speaker> <said> <doer> would attack <obj>." """
    return [
        (speaker, speaker, "PROPN", "nsubj", 1),
        (verb[0], verb[1], "VERB", "ROOT", 1),
        (doer, doer, "PROPN", "nsubj", 4),
        ("would", "would", "AUX", "aux", 4),
        ("attack", "attack", "VERB", "ccomp", 1),
        (obj[0], obj[1], obj[2], "dobj", 4),
        (*PUNCT, 1),
    ]


def test_a_party_announcing_its_own_attack_threatens(coder: Coder) -> None:
    [event] = code(coder, _said_would("Gondor", "Gondor", ("Mordor", "Mordor", "PROPN")))
    assert event.event_type == "THREATEN"


def test_an_attack_another_state_says_a_party_will_make_is_a_prediction(coder: Coder) -> None:
    rows = _said_would("Gondor", "Mordor", ("Arnor", "Arnor", "PROPN"))
    [event] = code(coder, rows, tags={1: "VBD"})
    assert dyad(event) == ("MDR", "ASSAULT", "ARN") and event.modality == "future"


def test_an_attack_a_speaker_says_will_fall_on_him_is_feared(coder: Coder) -> None:
    # "Frodo said Mordor would attack him."
    [event] = code(coder, _said_would("Frodo", "Mordor", ("him", "he", "PRON")))
    assert event.event_type == "ASSAULT"


def test_an_attack_feared_is_no_threat(coder: Coder) -> None:
    # "Gondor feared Mordor would attack Arnor."
    rows = _said_would("Gondor", "Mordor", ("Arnor", "Arnor", "PROPN"), verb=("feared", "fear"))
    [event] = code(coder, rows)
    assert event.event_type == "ASSAULT" and event.modality == "hypothetical"


def test_what_a_demand_asks_is_not_done(coder: Coder) -> None:
    # "Gondor's demand that Mordor attack Arnor was rejected."
    rows = [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("demand", "demand", "NOUN", "nsubjpass", 9),
        ("that", "that", "SCONJ", "mark", 5),
        ("Mordor", "Mordor", "PROPN", "nsubj", 5),
        ("attack", "attack", "VERB", "acl", 2),
        ("Arnor", "Arnor", "PROPN", "dobj", 5),
        ("was", "be", "AUX", "auxpass", 9),
        ("formally", "formally", "ADV", "advmod", 9),
        ("rejected", "reject", "VERB", "ROOT", 9),
        (*PUNCT, 9),
    ]
    attacks = [e for e in code(coder, rows, tags={5: "VB"}) if e.event_type == "ASSAULT"]
    assert attacks and {e.modality for e in attacks} == {"hypothetical"}
