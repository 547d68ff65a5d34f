"""Acts stopped, telephone calls, pressure, release idioms, funding and views shared.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def _stopped(
    act: tuple[str, str], *obj: tuple, verb: tuple[str, str] = ("stopped", "stop")
) -> list[tuple]:
    """ "Gondor <verb> <act, a gerund> <obj, from index 3> to Arnor." """
    n = 3 + len(obj)
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (verb[0], verb[1], "VERB", "ROOT", 1),
        (act[0], act[1], "VERB", "xcomp", 1),
        *obj,
        ("to", "to", "ADP", "prep", 2),
        ("Arnor", "Arnor", "PROPN", "pobj", n),
        (*PUNCT, 1),
    ]


def test_stopping_aid_to_a_party_reduces_aid(coder: Coder) -> None:
    # CAMEO 162 "reduce or stop material aid": the aid stopped is not coded as given.
    rows = _stopped(("sending", "send"), ("aid", "aid", "NOUN", "dobj", 2))
    [event] = code(coder, rows, tags={2: "VBG"})
    assert event.cameo == "162" and dyad(event) == ("GND", "SANCTION", "ARN")


def test_ceasing_arms_sales_to_a_party_reduces_relations(coder: Coder) -> None:
    weapons = ("weapons", "weapon", "NOUN", "dobj", 2)
    rows = _stopped(("selling", "sell"), weapons, verb=("ceased", "cease"))
    [event] = code(coder, rows, tags={2: "VBG"})
    assert event.cameo == "160" and dyad(event) == ("GND", "SANCTION", "ARN")


def test_stopping_attacks_de_escalates(coder: Coder) -> None:
    # CAMEO 087 "de-escalate military engagement": no assault is coded.
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("stopped", "stop", "VERB", "ROOT", 1),
        ("attacking", "attack", "VERB", "xcomp", 1),
        ("Gondor", "Gondor", "PROPN", "dobj", 2),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, tags={2: "VBG"})
    assert event.cameo == "087" and event.event_type == "RETREAT"


def test_stopping_to_do_something_is_a_purpose_not_a_halt(coder: Coder) -> None:
    # "Gondor stopped to send aid to Arnor": the infinitive names what it stopped for.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("stopped", "stop", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("send", "send", "VERB", "xcomp", 1),
        ("aid", "aid", "NOUN", "dobj", 3),
        ("to", "to", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]
    assert [e.cameo for e in code(coder, rows, tags={3: "VB"})] == ["070"]


def test_stopping_a_statement_is_no_event(coder: Coder) -> None:
    # "Gondor stopped praising Arnor"… a statement ended is 010: the praise is not coded.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("stopped", "stop", "VERB", "ROOT", 1),
        ("accusing", "accuse", "VERB", "xcomp", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 2),
        (*PUNCT, 1),
    ]
    assert code(coder, rows, tags={2: "VBG"}) == ()


def _made_call(modifier: tuple[str, str], verb: tuple[str, str] = ("made", "make")) -> list:
    """ "Gondor's king <verb> a <modifier> call to Arnor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (verb[0], verb[1], "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 4),
        (modifier[0], modifier[1], "ADJ", "amod", 4),
        ("call", "call", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]


def test_a_congratulatory_phone_call_is_a_consultation_not_an_appeal(coder: Coder) -> None:
    # CAMEO 041 "discuss by telephone".
    [event] = code(coder, _made_call(("congratulatory", "congratulatory")))
    assert event.cameo == "041" and dyad(event) == ("GND", "CONSULT", "ARN")


def test_a_telephone_call_received_is_a_consultation(coder: Coder) -> None:
    rows = _made_call(("telephone", "telephone"), verb=("received", "receive"))
    rows[5] = ("from", "from", "ADP", "prep", 1)
    [event] = code(coder, rows)
    assert event.cameo == "041" and event.event_type == "CONSULT"


def test_pressure_put_on_a_party_is_a_demand(coder: Coder) -> None:
    # PETRARCH STEP UP PRESSURE [100]: a demand on the party, not coercion.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("put", "put", "VERB", "ROOT", 1),
        ("pressure", "pressure", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 1),
        ("Mordor", "Mordor", "PROPN", "pobj", 3),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "100" and dyad(event) == ("GND", "REQUEST", "MDR")


def test_pressuring_a_party_to_act_demands_the_act_and_does_not_report_it(coder: Coder) -> None:
    # "Gondor pressured Arnor to withdraw from Ithilien": a demand (CAMEO 10x), no withdrawal.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("pressured", "pressure", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("withdraw", "withdraw", "VERB", "xcomp", 1),
        ("from", "from", "ADP", "prep", 4),
        ("Ithilien", "Ithilien", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo.startswith("10") and dyad(event) == ("GND", "REQUEST", "ARN")


def test_setting_hostages_free_releases_them(coder: Coder) -> None:
    # "Mordor set the hostages free": the adjective hangs on the verb as a clause.
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("set", "set", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("Gondorians", "Gondorians", "PROPN", "dobj", 1),
        ("free", "free", "ADJ", "advcl", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "0841" and dyad(event) == ("MDR", "RETREAT", "GND")


def test_letting_free_read_as_a_modifier_of_the_object_still_releases(coder: Coder) -> None:
    # "Mordor let free Gondorians": the parser reads "free" as the object's adjective.
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("let", "let", "VERB", "ROOT", 1),
        ("free", "free", "ADJ", "amod", 3),
        ("Gondorians", "Gondorians", "PROPN", "dobj", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "0841" and dyad(event) == ("MDR", "RETREAT", "GND")


def test_setting_a_price_is_no_release(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("set", "set", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 4),
        ("high", "high", "ADJ", "amod", 4),
        ("price", "price", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    assert code(coder, rows) == ()


def _funded(obj: tuple[str, str, str]) -> list[tuple]:
    """ "Gondor funded <obj>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("funded", "fund", "VERB", "ROOT", 1),
        (obj[0], obj[1], obj[2], "dobj", 1),
        (*PUNCT, 1),
    ]


def test_funding_a_party_is_economic_aid(coder: Coder) -> None:
    [event] = code(coder, _funded(("Arnor", "Arnor", "PROPN")))
    assert event.cameo == "071" and dyad(event) == ("GND", "AID", "ARN")


def test_funding_a_thing_is_no_aid_to_a_party(coder: Coder) -> None:
    assert code(coder, _funded(("research", "research", "NOUN"))) == ()


def test_agreeing_with_a_recommendation_shares_a_view(coder: Coder) -> None:
    # CAMEO 019 "express accord": no agreement with anyone is coded.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("agreed", "agree", "VERB", "ROOT", 1),
        ("with", "with", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 4),
        ("recommendation", "recommendation", "NOUN", "pobj", 2),
        (*PUNCT, 1),
    ]
    assert code(coder, rows) == ()


def test_agreeing_with_a_party_that_something_happened_shares_a_view(coder: Coder) -> None:
    # The that-clause parsed as a relative clause on the partner still states the view.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("agreed", "agree", "VERB", "ROOT", 1),
        ("with", "with", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 2),
        ("that", "that", "SCONJ", "mark", 6),
        ("Mordor", "Mordor", "PROPN", "nsubj", 6),
        ("cheated", "cheat", "VERB", "relcl", 3),
        (*PUNCT, 1),
    ]
    assert not [e for e in code(coder, rows) if e.event_type == "AGREE"]


def _called(adjective: tuple[str, str]) -> list[tuple]:
    """ "Gondor called Arnor's plan the <adjective> way." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("called", "call", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("plan", "plan", "NOUN", "dobj", 1),
        ("the", "the", "DET", "det", 7),
        (adjective[0], adjective[1], "ADJ", "amod", 7),
        ("way", "way", "NOUN", "oprd", 1),
        (*PUNCT, 1),
    ]


def test_calling_a_thing_a_stupid_way_criticises_it(coder: Coder) -> None:
    # CAMEO 111 "criticize or denounce": the adjective on the complement noun condemns.
    [event] = code(coder, _called(("dumbest", "dumb")))
    assert event.cameo == "111" and event.event_type == "ACCUSE"


def test_calling_a_thing_a_good_way_criticises_nothing(coder: Coder) -> None:
    assert code(coder, _called(("best", "good"))) == ()


def test_pressure_on_things_names_no_party_and_no_demand(coder: Coder) -> None:
    # "Growth puts pressure on roads": figurative pressure, no party pressed.
    rows = [
        ("Growth", "growth", "NOUN", "nsubj", 1),
        ("puts", "put", "VERB", "ROOT", 1),
        ("pressure", "pressure", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 1),
        ("roads", "road", "NOUN", "pobj", 3),
        (*PUNCT, 1),
    ]
    assert code(coder, rows) == ()
