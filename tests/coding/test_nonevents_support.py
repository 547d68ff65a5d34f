"""Support borrowed by sponsorship and charity: no political event (made-up world, hand-built
parses)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad


def _supported_by(subject: tuple[str, str]) -> list[tuple]:
    """ "The Gondor <subject> was supported by Arnor." """
    text, lemma = subject
    return [
        ("The", "the", "DET", "det", 2),
        ("Gondor", "Gondor", "PROPN", "compound", 2),
        (text, lemma, "NOUN", "nsubjpass", 4),
        ("was", "be", "AUX", "auxpass", 4),
        ("supported", "support", "VERB", "ROOT", 4),
        ("by", "by", "ADP", "agent", 4),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_an_occasion_supported_by_someone_is_sponsored_not_backed(coder: Coder) -> None:
    # "The Gondor Fair was supported by Arnor.": a sponsor, no party backed
    assert code(coder, _supported_by(("Fair", "fair")), tags={4: "VBN"}) == ()
    # "The Gondor resolution was supported by Arnor." stays support of a political text
    [event] = code(coder, _supported_by(("resolution", "resolution")), tags={4: "VBN"})
    assert event.event_type == "SUPPORT"
    assert dyad(event)[0] == "ARN"


def test_a_search_helped_in_a_relative_clause_is_no_support(coder: Coder) -> None:
    # "Gondor found them after a search which was supported by Arnor."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("found", "find", "VERB", "ROOT", 1),
        ("them", "they", "PRON", "dobj", 1),
        ("after", "after", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 5),
        ("search", "search", "NOUN", "pobj", 3),
        ("which", "which", "PRON", "nsubjpass", 8),
        ("was", "be", "AUX", "auxpass", 8),
        ("supported", "support", "VERB", "relcl", 5),
        ("by", "by", "ADP", "agent", 8),
        ("Arnor", "Arnor", "PROPN", "pobj", 9),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows, tags={6: "WDT", 8: "VBN"})
    assert [e for e in events if e.event_type == "SUPPORT"] == []


def _supports(obj: list[tuple]) -> list[tuple]:
    """ "Arnor supports <object>." with the object's head first."""
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("supports", "support", "VERB", "ROOT", 1),
        *obj,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_supporting_people_in_illness_is_charity_not_support(coder: Coder) -> None:
    # "Arnor supports people affected by dementia."
    people = [
        ("people", "people", "NOUN", "dobj", 1),
        ("affected", "affect", "VERB", "acl", 2),
        ("by", "by", "ADP", "agent", 3),
        ("dementia", "dementia", "NOUN", "pobj", 4),
    ]
    assert code(coder, _supports(people), tags={1: "VBZ", 3: "VBN"}) == ()
    # "Arnor supports people of Gondor." stays support of a party's people
    others = [
        ("people", "people", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 2),
        ("Gondor", "Gondor", "PROPN", "pobj", 3),
    ]
    [event] = code(coder, _supports(others), tags={1: "VBZ"})
    assert event.event_type == "SUPPORT"


def _defends(obj: tuple[str, str]) -> list[tuple]:
    """ "Arnor defends its <object>." """
    text, lemma = obj
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("defends", "defend", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3),
        (text, lemma, "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_defending_a_prize_in_a_contest_is_sport_not_support(coder: Coder) -> None:
    # "Arnor defends its title.": a champion holding a prize
    assert code(coder, _defends(("title", "title")), tags={1: "VBZ", 2: "PRP$"}) == ()
    # "Arnor defends its decision." stays a defence of a policy
    [event] = code(coder, _defends(("decision", "decision")), tags={1: "VBZ", 2: "PRP$"})
    assert event.cameo[:2] == "05"
