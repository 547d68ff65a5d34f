"""Who does an act told by a participle on a noun, in the made-up world
(coding/actor_clauses.py)."""

from __future__ import annotations

from detente.coding.events import Coder, code_article
from detente.records import Article

from middle_earth import DATE, code
from support import build_doc


def _fired(noun: tuple[str, str]) -> list[tuple]:
    # "Orcs were killed in Gondorian <noun> firing on Udun ."
    return [
        ("Orcs", "orc", "NOUN", "nsubjpass", 2),
        ("were", "be", "AUX", "auxpass", 2),
        ("killed", "kill", "VERB", "ROOT", 2),
        ("in", "in", "ADP", "prep", 2),
        ("Gondorian", "gondorian", "ADJ", "amod", 5),
        (noun[0], noun[1], "NOUN", "pobj", 3),
        ("firing", "fire", "VERB", "acl", 5),
        ("on", "on", "ADP", "prep", 6),
        ("Udun", "Udun", "PROPN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_present_participle_on_a_party_noun_is_that_partys_act(coder: Coder) -> None:
    events = code(coder, _fired(("police", "police")), tags={2: "VBN", 6: "VBG"})
    fired = [e for e in events if e.trigger.text == "firing"]
    assert [[(m.country, m.sector) for m in e.actor] for e in fired] == [[("GND", "COP")]]


def test_a_participle_on_a_thing_looks_to_the_clause_above(coder: Coder) -> None:
    # "Gondor passed a law banning protests": the law names no party; Gondor bans them
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("passed", "pass", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("law", "law", "NOUN", "dobj", 1),
        ("banning", "ban", "VERB", "acl", 3),
        ("protests", "protest", "NOUN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows, tags={1: "VBD", 4: "VBG"})
    banned = [e for e in events if e.trigger.text.startswith("banning")]
    assert banned and all([m.country for m in e.actor] == ["GND"] for e in banned)


def test_private_people_doing_a_participle_are_left_to_the_clause_above(coder: Coder) -> None:
    # "Orcs were killed in Gondorian residents firing on Udun": residents are no organised party
    events = code(coder, _fired(("residents", "resident")), tags={2: "VBN", 6: "VBG"})
    fired = [e for e in events if e.trigger.text == "firing"]
    assert not any(m.sector == "CVL" for e in fired for m in e.actor)


def test_a_pronoun_in_a_that_clause_of_a_noun_is_the_subject_that_holds_the_noun(
    coder: Coder,
) -> None:
    # "Mordor attacked Arnor. Gondor sent a message that it supported Arnor.": the parser hung
    # the that-clause as a relative clause of "message"; "it" is Gondor, not the last named
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
        ("Gondor", "Gondor", "PROPN", "nsubj", 5),
        ("sent", "send", "VERB", "ROOT", 5),
        ("a", "a", "DET", "det", 7),
        ("message", "message", "NOUN", "dobj", 5),
        ("that", "that", "PRON", "dobj", 10),
        ("it", "it", "PRON", "nsubj", 10),
        ("supported", "support", "VERB", "relcl", 7),
        ("Arnor", "Arnor", "PROPN", "dobj", 10),
        (".", ".", "PUNCT", "punct", 5),
    ]
    doc = build_doc(rows, tags={1: "VBD", 5: "VBD", 8: "WDT", 9: "PRP", 10: "VBD"}, starts=(0, 4))
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE)
    events = code_article(coder, article, doc)
    supported = [e for e in events if e.trigger.text.startswith("supported")]
    assert [[m.country for m in e.actor] for e in supported] == [["GND"]]
