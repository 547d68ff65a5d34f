"""A party banned from acting is restricted by whoever bans it (CAMEO 172; coding/bans.py).
Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def _banned(verb: str, lemma: str) -> list:
    """ "Gondor <verb> Arnorian envoys from entering Osgiliath." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (verb, lemma, "VERB", "ROOT", 1),
        ("Arnorian", "arnorian", "ADJ", "amod", 3),
        ("envoys", "envoy", "NOUN", "dobj", 1),
        ("from", "from", "ADP", "prep", 1),
        ("entering", "enter", "VERB", "pcomp", 4),
        ("Osgiliath", "Osgiliath", "PROPN", "dobj", 5),
        (*PUNCT, 1),
    ]


def test_a_party_banned_from_acting_is_restricted_by_the_banner(coder: Coder) -> None:
    events = code(coder, _banned("banned", "ban"), tags={5: "VBG"})
    [event] = [e for e in events if e.cameo == "172"]
    assert dyad(event) == ("GND", "COERCE", "ARN")


def test_a_party_forbidden_to_act_is_restricted_too(coder: Coder) -> None:
    events = code(coder, _banned("forbade", "forbid"), tags={5: "VBG"})
    assert [dyad(e) for e in events if e.cameo == "172"] == [("GND", "COERCE", "ARN")]


def test_the_act_banned_is_not_coded(coder: Coder) -> None:
    # the envoys did not enter Osgiliath
    events = code(coder, _banned("barred", "bar"), tags={5: "VBG"})
    assert all(e.trigger.text != "entering" for e in events)


def test_a_party_only_hindered_is_no_ban(coder: Coder) -> None:
    # "Gondor prevented Arnorian envoys from entering Osgiliath.": hindered, not restricted
    events = code(coder, _banned("prevented", "prevent"), tags={5: "VBG"})
    assert not [e for e in events if e.cameo == "172"]


def test_a_ban_without_a_from_clause_is_no_restriction_of_a_party(coder: Coder) -> None:
    # "Gondor banned Arnorian envoys." is left to the lexicon's patterns
    rows = [*_banned("banned", "ban")[:4], (*PUNCT, 1)]
    assert not [e for e in code(coder, rows) if e.cameo == "172"]


def test_a_text_that_bars_tells_its_content_not_a_ban(coder: Coder) -> None:
    # "The Gondorian act bars Arnorian envoys from entering Osgiliath.": what a law says
    rows = [
        ("The", "the", "DET", "det", 2),
        ("Gondorian", "gondorian", "ADJ", "amod", 2),
        ("act", "act", "NOUN", "nsubj", 3),
        ("bars", "bar", "VERB", "ROOT", 3),
        ("Arnorian", "arnorian", "ADJ", "amod", 5),
        ("envoys", "envoy", "NOUN", "dobj", 3),
        ("from", "from", "ADP", "prep", 3),
        ("entering", "enter", "VERB", "pcomp", 6),
        ("Osgiliath", "Osgiliath", "PROPN", "dobj", 7),
        (*PUNCT, 3),
    ]
    assert not [e for e in code(coder, rows, tags={7: "VBG"}) if e.cameo == "172"]


def test_a_ban_on_no_one_coded_takes_no_other_party_as_banned(coder: Coder) -> None:
    # "Gondor barred foreigners from meeting Arnorian envoys.": the envoys are not banned
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("barred", "bar", "VERB", "ROOT", 1),
        ("foreigners", "foreigner", "NOUN", "dobj", 1),
        ("from", "from", "ADP", "prep", 1),
        ("meeting", "meet", "VERB", "pcomp", 3),
        ("Arnorian", "arnorian", "ADJ", "amod", 6),
        ("envoys", "envoy", "NOUN", "dobj", 4),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, tags={4: "VBG"})
    assert not [e for e in events if e.cameo == "172" and dyad(e)[2] == "ARN"]
