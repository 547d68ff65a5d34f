"""A request named by a noun: its owner asks, and the party that considers, grants or rejects it
is the one asked ("Arnor is considering Gondor's request"). Hand-built parses of the made-up
world; rows are (word, lemma, POS, dependency, head index)."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def _handled(verb: str, lemma: str) -> list:
    """ "Arnor is <verb> Gondor's request for access." """
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 2),
        ("is", "be", "AUX", "aux", 2),
        (verb, lemma, "VERB", "ROOT", 2),
        ("Gondor", "Gondor", "PROPN", "poss", 5),
        ("'s", "'s", "PART", "case", 3),
        ("request", "request", "NOUN", "dobj", 2),
        ("for", "for", "ADP", "prep", 5),
        ("access", "access", "NOUN", "pobj", 6),
        (*PUNCT, 2),
    ]


def test_a_request_considered_by_a_party_was_made_to_it(coder: Coder) -> None:
    [event] = code(coder, _handled("considering", "consider"))
    assert event.cameo == "020" and dyad(event) == ("GND", "REQUEST", "ARN")


def test_a_request_only_mentioned_asks_no_one(coder: Coder) -> None:
    # "Arnor is mentioning Gondor's request for access.": nobody is said to be asked
    assert all(e.event_type != "REQUEST" for e in code(coder, _handled("mentioning", "mention")))


def test_a_request_made_to_a_party_names_it_with_to(coder: Coder) -> None:
    # "Gondor's request to Arnor was published."
    rows = [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("request", "request", "NOUN", "nsubjpass", 6),
        ("to", "to", "ADP", "prep", 2),
        ("Arnor", "Arnor", "PROPN", "pobj", 3),
        ("was", "be", "AUX", "auxpass", 6),
        ("published", "publish", "VERB", "ROOT", 6),
        (*PUNCT, 6),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("GND", "REQUEST", "ARN")


def test_a_request_for_comment_with_no_party_codes_nothing(coder: Coder) -> None:
    # "Arnor did not answer a request for comment."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 3),
        ("did", "do", "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3),
        ("answer", "answer", "VERB", "ROOT", 3),
        ("a", "a", "DET", "det", 5),
        ("request", "request", "NOUN", "dobj", 3),
        ("for", "for", "ADP", "prep", 5),
        ("comment", "comment", "NOUN", "pobj", 6),
        (*PUNCT, 3),
    ]
    assert all(e.event_type != "REQUEST" for e in code(coder, rows))


def test_a_demand_considered_by_a_party_was_made_of_it(coder: Coder) -> None:
    # "Arnor is considering Gondor's demands." ("rejected X's demands" stays one rejection:
    # the demands are that pattern's object)
    rows = _handled("considering", "consider")
    rows[5] = ("demands", "demand", "NOUN", "dobj", 2)
    rows[6:8] = []
    demands = [e for e in code(coder, rows) if e.event_type == "REQUEST"]
    assert [(e.cameo, dyad(e)) for e in demands] == [("100", ("GND", "REQUEST", "ARN"))]
