"""Who does an act told by a participle on a noun, in the made-up world
(coding/actor_clauses.py)."""

from __future__ import annotations

import pytest

from detente.coding.events import Coder, code_article
from detente.records import Article, Event

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


def _message(coder: Coder, verb: tuple[str, str], noun: tuple[str, str]) -> tuple[Event, ...]:
    # "Mordor attacked Arnor. Gondor <verb> a <noun> that it supported Arnor.": the parser hung
    # the that-clause as a relative clause of the noun
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
        ("Gondor", "Gondor", "PROPN", "nsubj", 5),
        (verb[0], verb[1], "VERB", "ROOT", 5),
        ("a", "a", "DET", "det", 7),
        (noun[0], noun[1], "NOUN", "dobj", 5),
        ("that", "that", "PRON", "dobj", 10),
        ("it", "it", "PRON", "nsubj", 10),
        ("supported", "support", "VERB", "relcl", 7),
        ("Arnor", "Arnor", "PROPN", "dobj", 10),
        (".", ".", "PUNCT", "punct", 5),
    ]
    doc = build_doc(rows, tags={1: "VBD", 5: "VBD", 8: "WDT", 9: "PRP", 10: "VBD"}, starts=(0, 4))
    article = Article(doc_id="t1", origin="test", text=doc.text, date=DATE)
    return tuple(e for e in code_article(coder, article, doc) if e.trigger.text == "supported")


def test_a_pronoun_in_a_that_clause_of_a_noun_is_the_subject_that_holds_the_noun(
    coder: Coder,
) -> None:
    # "it" is Gondor, who sent the message, not Arnor, the last party named
    events = _message(coder, ("sent", "send"), ("message", "message"))
    assert [[m.country for m in e.actor] for e in events] == [["GND"]]


def test_a_pronoun_in_what_others_allege_is_not_lent_the_deniers_name(coder: Coder) -> None:
    # "Gondor denied a charge that it supported Arnor": an allegation, not Gondor's own act
    events = _message(coder, ("denied", "deny"), ("charge", "charge"))
    assert not any(m.country == "GND" for e in events for m in e.actor)


def test_a_state_named_before_a_decision_owns_its_infinitive(coder: Coder) -> None:
    # "Mordor condemned the Gondorian decision to expel the envoys": Gondor expels them
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("condemned", "condemn", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 4),
        ("Gondorian", "gondorian", "ADJ", "amod", 4),
        ("decision", "decision", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 6),
        ("expel", "expel", "VERB", "acl", 4),
        ("the", "the", "DET", "det", 8),
        ("envoys", "envoy", "NOUN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows, tags={1: "VBD", 5: "TO", 6: "VB"}, ents=((3, 4, "NORP"),))
    expelled = [e for e in events if e.trigger.text.startswith("expel")]
    assert expelled and all([m.country for m in e.actor] == ["GND"] for e in expelled)


def _called_an_attempt(dobj_rows: list, joined: bool) -> tuple[list, dict[int, str]]:
    """ "Arnor called <dobj> an attempt to [punish Orcs and] expel the envoys." """
    rows = [("Arnor", "Arnor", "PROPN", "nsubj", 1), ("called", "call", "VERB", "ROOT", 1)]
    rows += dobj_rows
    n = len(rows)  # "an" at n, "attempt" at n + 1
    rows += [("an", "a", "DET", "det", n + 1), ("attempt", "attempt", "NOUN", "oprd", 1),
             ("to", "to", "PART", "aux", n + 3)]
    if joined:
        rows += [("punish", "punish", "VERB", "acl", n + 1),
                 ("Orcs", "Orc", "PROPN", "dobj", n + 3), ("and", "and", "CCONJ", "cc", n + 3),
                 ("expel", "expel", "VERB", "conj", n + 3)]
    else:
        rows += [("expel", "expel", "VERB", "acl", n + 1)]
    expel = len(rows) - 1
    rows += [("the", "the", "DET", "det", expel + 2), ("envoys", "envoy", "NOUN", "dobj", expel),
             (".", ".", "PUNCT", "punct", 1)]
    return rows, {1: "VBD", n + 2: "TO", expel: "VB"}


GONDORS_MOVE = [("Gondor", "Gondor", "PROPN", "poss", 4), ("'s", "'s", "PART", "case", 2),
                ("move", "move", "NOUN", "dobj", 1)]


@pytest.mark.parametrize("joined", [False, True], ids=["alone", "second-of-two"])
def test_an_attempt_said_of_an_owned_move_is_done_by_the_moves_owner(
    coder: Coder, joined: bool
) -> None:
    # lead23: "Arnor called Gondor's move an attempt to expel the envoys": Gondor would expel
    # them, not Arnor, who only calls it so; a second infinitive sharing the "to" likewise
    rows, tags = _called_an_attempt(GONDORS_MOVE, joined)
    events = code(coder, rows, tags=tags)
    expelled = [e for e in events if e.trigger.text.startswith("expel")]
    assert expelled and all([m.country for m in e.actor] == ["GND"] for e in expelled)


def test_an_attempt_said_of_an_unowned_thing_is_left_to_the_clause_above(coder: Coder) -> None:
    # "Arnor called it an attempt to expel the envoys": "it" names no party; as before
    rows, tags = _called_an_attempt([("it", "it", "PRON", "dobj", 1)], False)
    events = code(coder, rows, tags=tags)
    expelled = [e for e in events if e.trigger.text.startswith("expel")]
    assert all(m.country != "GND" for e in expelled for m in e.actor)
