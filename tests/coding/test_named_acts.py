"""Acts named by a noun with their agent: in "the arrest of X by Y" the "of" phrase is whom the
act was done to and the "by" phrase who did it (verbs.yaml coerce.arrest-noun,
assault.abduction-noun). Hand-built parses of the made-up world; rows are (word, lemma, POS,
dependency, head index)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def _named_act(noun: str, lemma: str, *, agent: bool = True) -> list:
    """ "The <noun> of Arnorian envoys by Gondorian soldiers angered Arnor." """
    rows = [
        ("The", "the", "DET", "det", 1),
        (noun, lemma, "NOUN", "nsubj", 8),
        ("of", "of", "ADP", "prep", 1),
        ("Arnorian", "arnorian", "ADJ", "amod", 4),
        ("envoys", "envoy", "NOUN", "pobj", 2),
        ("by", "by", "ADP", "prep", 1),
        ("Gondorian", "gondorian", "ADJ", "amod", 7),
        ("soldiers", "soldier", "NOUN", "pobj", 5),
        ("angered", "anger", "VERB", "ROOT", 8),
        ("Arnor", "Arnor", "PROPN", "dobj", 8),
        (*PUNCT, 8),
    ]
    if agent:
        return rows
    # "The <noun> of Arnorian envoys angered Arnor."
    return [
        (w, lemma_, pos, dep, head - 3 if head > 5 else head)
        for i, (w, lemma_, pos, dep, head) in enumerate(rows)
        if i not in (5, 6, 7)
    ]


def test_an_arrest_with_its_agent_is_the_agents_arrest_of_the_held(coder: Coder) -> None:
    events = code(coder, _named_act("arrest", "arrest"))
    [event] = [e for e in events if e.cameo == "173"]
    assert dyad(event) == ("GND", "COERCE", "ARN")


def test_a_detention_with_its_agent_is_an_arrest_too(coder: Coder) -> None:
    events = code(coder, _named_act("detention", "detention"))
    assert [dyad(e) for e in events if e.cameo == "173"] == [("GND", "COERCE", "ARN")]


def test_a_kidnapping_with_its_agent_is_an_abduction(coder: Coder) -> None:
    events = code(coder, _named_act("kidnapping", "kidnapping"))
    [event] = [e for e in events if e.cameo == "181"]
    assert dyad(event) == ("GND", "ASSAULT", "ARN")


def test_an_arrest_without_its_agent_names_no_one_who_acted(coder: Coder) -> None:
    # "The arrest of Arnorian envoys angered Arnor.": who arrested them is not said
    events = code(coder, _named_act("arrest", "arrest", agent=False))
    assert not [e for e in events if e.cameo == "173"]


def test_an_arrest_escaped_names_no_one_held(coder: Coder) -> None:
    # "The Arnorian envoy escaped arrest by Gondorian soldiers.": no "of", nobody held
    rows = [
        ("The", "the", "DET", "det", 2),
        ("Arnorian", "arnorian", "ADJ", "amod", 2),
        ("envoy", "envoy", "NOUN", "nsubj", 3),
        ("escaped", "escape", "VERB", "ROOT", 3),
        ("arrest", "arrest", "NOUN", "dobj", 3),
        ("by", "by", "ADP", "prep", 4),
        ("Gondorian", "gondorian", "ADJ", "amod", 7),
        ("soldiers", "soldier", "NOUN", "pobj", 5),
        (*PUNCT, 3),
    ]
    assert not [e for e in code(coder, rows) if e.cameo == "173"]
