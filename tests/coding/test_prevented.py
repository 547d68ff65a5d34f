"""Acts a party was kept from doing are not coded: "Gondor prevented the Orcs from attacking
Osgiliath" reports no attack (made-up world, hand-built parses)."""

from __future__ import annotations

from detente.coding.events import Coder, code_article
from detente.records import Article, SentenceTrace

from middle_earth import DATE, code
from support import build_doc


def _kept(verb: str, lemma: str, act: str, act_lemma: str) -> list:
    """ "Gondor <verb> the Orcs from <act> Osgiliath." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (verb, lemma, "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("Orcs", "Orc", "PROPN", "dobj", 1),
        ("from", "from", "ADP", "prep", 1),
        (act, act_lemma, "VERB", "pcomp", 4),
        ("Osgiliath", "Osgiliath", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]


def _trace(coder: Coder, rows) -> SentenceTrace:
    doc = build_doc(rows)
    article = Article(doc_id="p1", origin="test", text=doc.text, date=DATE)
    trace: list[SentenceTrace] = []
    code_article(coder, article, doc, trace=trace)
    [sentence] = trace
    return sentence


def test_an_attack_prevented_is_no_attack(coder: Coder) -> None:
    for verb, lemma in (("prevented", "prevent"), ("stopped", "stop"), ("kept", "keep")):
        events = code(coder, _kept(verb, lemma, "attacking", "attack"))
        assert not [e for e in events if e.event_type == "ASSAULT"], verb


def test_the_prevented_act_is_explained(coder: Coder) -> None:
    sentence = _trace(coder, _kept("barred", "bar", "attacking", "attack"))
    [attack] = [c for c in sentence.candidates if c.trigger.startswith("attack")]
    assert (attack.stage, attack.reason) == ("triggers", "prevented-act")


def test_a_passive_prevention_keeps_the_act_undone(coder: Coder) -> None:
    # "The Orcs were barred from attacking Osgiliath."
    rows = [
        ("The", "the", "DET", "det", 1),
        ("Orcs", "Orc", "PROPN", "nsubjpass", 3),
        ("were", "be", "AUX", "auxpass", 3),
        ("barred", "bar", "VERB", "ROOT", 3),
        ("from", "from", "ADP", "prep", 3),
        ("attacking", "attack", "VERB", "pcomp", 4),
        ("Osgiliath", "Osgiliath", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 3),
    ]
    assert not [e for e in code(coder, rows) if e.event_type == "ASSAULT"]


def test_an_act_after_from_without_prevention_is_still_coded(coder: Coder) -> None:
    # only verbs of prevention undo their "from" clause: "Gondor returned from attacking
    # Osgiliath" reports the attack.
    events = code(coder, _kept("returned", "return", "attacking", "attack"))
    assert [e.event_type for e in events if e.trigger.text.startswith("attack")] == ["ASSAULT"]
