"""Acts named by a noun with their owner (verbs.yaml, block of helper M): investigations
(accuse.investigation-noun, CAMEO 090), expulsions and deportations (coerce.expulsion-noun,
174) and condemnations (accuse.condemnation-noun, 111). In "Gondor's inquiry into Arnor" or "an
inquiry by Gondor into Arnor" the owner or the "by" phrase acts and the "into"/"of" phrase is
acted on; with no one acted on named ("the inquiry is continuing", "his deportation") or only
an accident ("an inquiry into the crash") there is no event. Hand-built parses of the made-up
world; rows are (word, lemma, POS, dependency, head index)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def _owned_inquiry(noun: str, lemma: str) -> list:
    """ "Gondor's <noun> into Arnor widened." """
    return [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        (noun, lemma, "NOUN", "nsubj", 5),
        ("into", "into", "ADP", "prep", 2),
        ("Arnor", "Arnor", "PROPN", "pobj", 3),
        ("widened", "widen", "VERB", "ROOT", 5),
        (*PUNCT, 5),
    ]


def test_an_owned_inquiry_into_a_party_is_the_owners_investigation(coder: Coder) -> None:
    events = code(coder, _owned_inquiry("inquiry", "inquiry"))
    assert [dyad(e) for e in events if e.cameo == "090"] == [("GND", "ACCUSE", "ARN")]


def test_a_probe_is_an_investigation_too(coder: Coder) -> None:
    events = code(coder, _owned_inquiry("probe", "probe"))
    assert [dyad(e) for e in events if e.cameo == "090"] == [("GND", "ACCUSE", "ARN")]


def test_an_inquiry_by_an_agent_is_the_agents_investigation(coder: Coder) -> None:
    # "Arnor faces an inquiry by Gondor into its army."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("faces", "face", "VERB", "ROOT", 1),
        ("an", "an", "DET", "det", 3),
        ("inquiry", "inquiry", "NOUN", "dobj", 1),
        ("by", "by", "ADP", "prep", 3),
        ("Gondor", "Gondor", "PROPN", "pobj", 4),
        ("into", "into", "ADP", "prep", 3),
        ("its", "its", "PRON", "poss", 8),
        ("army", "army", "NOUN", "pobj", 6),
        (*PUNCT, 1),
    ]
    events = code(coder, rows)
    [event] = [e for e in events if e.cameo == "090"]
    assert dyad(event)[:2] == ("GND", "ACCUSE")


def test_an_inquiry_with_no_one_investigated_is_no_event(coder: Coder) -> None:
    # "Gondor's inquiry is continuing.": nobody is named as investigated
    rows = [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("inquiry", "inquiry", "NOUN", "nsubj", 4),
        ("is", "be", "AUX", "aux", 4),
        ("continuing", "continue", "VERB", "ROOT", 4),
        (*PUNCT, 4),
    ]
    assert not [e for e in code(coder, rows) if e.cameo == "090"]


def test_an_inquiry_into_an_accident_is_no_event(coder: Coder) -> None:
    # "Gondor's inquiry into the crash widened.": an accident, no wrongdoing
    rows = [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("inquiry", "inquiry", "NOUN", "nsubj", 6),
        ("into", "into", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 5),
        ("crash", "crash", "NOUN", "pobj", 3),
        ("widened", "widen", "VERB", "ROOT", 6),
        (*PUNCT, 6),
    ]
    assert not [e for e in code(coder, rows) if e.cameo == "090"]


def _owned_act_of(noun: str, lemma: str) -> list:
    """ "Gondor's <noun> of Arnorian envoys angered Arnor." """
    return [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        (noun, lemma, "NOUN", "nsubj", 6),
        ("of", "of", "ADP", "prep", 2),
        ("Arnorian", "arnorian", "ADJ", "amod", 5),
        ("envoys", "envoy", "NOUN", "pobj", 3),
        ("angered", "anger", "VERB", "ROOT", 6),
        ("Arnor", "Arnor", "PROPN", "dobj", 6),
        (*PUNCT, 6),
    ]


def test_an_owned_expulsion_of_envoys_is_the_owners_expulsion(coder: Coder) -> None:
    events = code(coder, _owned_act_of("expulsion", "expulsion"))
    assert [dyad(e) for e in events if e.cameo == "174"] == [("GND", "COERCE", "ARN")]


def test_a_deportation_is_an_expulsion_too(coder: Coder) -> None:
    events = code(coder, _owned_act_of("deportation", "deportation"))
    assert [dyad(e) for e in events if e.cameo == "174"] == [("GND", "COERCE", "ARN")]


def test_a_deportation_with_no_of_phrase_names_the_deported_as_owner(coder: Coder) -> None:
    # "Gondor's deportation angered Arnor.": Gondor (its people) was deported, by no one named
    rows = [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("deportation", "deportation", "NOUN", "nsubj", 3),
        ("angered", "anger", "VERB", "ROOT", 3),
        ("Arnor", "Arnor", "PROPN", "dobj", 3),
        (*PUNCT, 3),
    ]
    assert not [e for e in code(coder, rows) if e.cameo == "174"]


def test_an_owned_condemnation_of_a_party_is_the_owners_criticism(coder: Coder) -> None:
    events = code(coder, _owned_act_of("condemnation", "condemnation"))
    assert [dyad(e) for e in events if e.cameo == "111"] == [("GND", "ACCUSE", "ARN")]


def test_an_inquiry_sought_by_the_subject_is_not_the_subjects_inquiry(coder: Coder) -> None:
    # "Arnor sought an inquiry into Gondor.": Arnor asks for it, it does not investigate
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("sought", "seek", "VERB", "ROOT", 1),
        ("an", "an", "DET", "det", 3),
        ("inquiry", "inquiry", "NOUN", "dobj", 1),
        ("into", "into", "ADP", "prep", 3),
        ("Gondor", "Gondor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    assert not [e for e in code(coder, rows) if e.cameo == "090"]
