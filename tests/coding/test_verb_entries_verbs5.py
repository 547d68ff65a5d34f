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


def _cannot(verb: tuple[str, str], obj: tuple[str, str]) -> list[tuple]:
    """ "Gondor cannot <verb> <obj> from Arnor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("can", "can", "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3),
        (verb[0], verb[1], "VERB", "ROOT", 3),
        ("more", "more", "ADJ", "amod", 5),
        (obj[0], obj[1], "NOUN", "dobj", 3),
        ("from", "from", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 6),
        (*PUNCT, 3),
    ]


def test_cannot_accept_refugees_refuses_them(coder: Coder) -> None:
    # "cannot" + a concession is refused now, as "will not" is (CAMEO 12x).
    [event] = code(coder, _cannot(("accept", "accept"), ("refugees", "refugee")))
    assert event.event_type == "REJECT" and dyad(event) == ("GND", "REJECT", "ARN")


def test_cannot_attend_talks_is_no_refusal(coder: Coder) -> None:
    # An inability to meet is no rejection of the other side.
    events = code(coder, _cannot(("attend", "attend"), ("talks", "talk")))
    assert not [e for e in events if e.event_type == "REJECT"]


def _deadline(party: tuple[str, str, str] | None) -> list[tuple]:
    """ "Gondor set a deadline [for Mordor to withdraw]." """
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("set", "set", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("deadline", "deadline", "NOUN", "dobj", 1),
    ]
    if party is not None:
        rows += [
            ("for", "for", "SCONJ", "mark", 7),
            party,
            ("to", "to", "PART", "aux", 7),
            ("withdraw", "withdraw", "VERB", "advcl", 1),
        ]
    return [*rows, (*PUNCT, 1)]


def test_a_deadline_set_for_a_party_is_an_ultimatum(coder: Coder) -> None:
    # PETRARCH SET * DEADLINE [139]; the party is the subject of the for-to clause.
    events = code(coder, _deadline(("Mordor", "Mordor", "PROPN", "nsubj", 7)))
    [event] = [e for e in events if e.event_type == "THREATEN"]
    assert event.cameo == "139" and dyad(event) == ("GND", "THREATEN", "MDR")


def test_a_deadline_set_with_no_party_is_no_ultimatum(coder: Coder) -> None:
    assert not [e for e in code(coder, _deadline(None)) if e.event_type == "THREATEN"]


def test_remarks_of_a_party_refuted_are_rejected(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("refuted", "refute", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("remarks", "remark", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "120" and dyad(event) == ("GND", "REJECT", "ARN")


def _put_under(noun: tuple[str, str]) -> list[tuple]:
    """ "Aragorn was put under <noun> in Osgiliath." (agentless passive)"""
    return [
        ("Aragorn", "Aragorn", "PROPN", "nsubjpass", 2),
        ("was", "be", "AUX", "auxpass", 2),
        ("put", "put", "VERB", "ROOT", 2),
        ("under", "under", "ADP", "prep", 2),
        (noun[0], noun[1], "NOUN", "pobj", 3),
        ("in", "in", "ADP", "prep", 2),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 5),
        (*PUNCT, 2),
    ]


def test_a_party_put_under_arrest_is_arrested_by_the_authorities_there(coder: Coder) -> None:
    # PETRARCH PLACE * UNDER ARREST [173]: the police of the place, the person the recipient.
    [event] = code(coder, _put_under(("arrest", "arrest")), ents=((6, 7, "GPE"),))
    assert event.cameo == "173" and event.event_type == "COERCE"
    assert [m.text for m in event.recipient] == ["Aragorn"]
    assert (event.actor[0].country, event.actor[0].sector) == ("GND", "COP")


def test_a_party_put_under_investigation_is_investigated(coder: Coder) -> None:
    [event] = code(coder, _put_under(("investigation", "investigation")), ents=((6, 7, "GPE"),))
    assert event.cameo == "090" and event.event_type == "ACCUSE"
    assert (event.actor[0].country, event.actor[0].sector) == ("GND", "JUD")


def test_a_party_put_under_strain_is_no_event(coder: Coder) -> None:
    assert code(coder, _put_under(("strain", "strain")), ents=((6, 7, "GPE"),)) == ()


def test_calling_for_a_party_to_act_asks_it_and_does_not_report_the_act(coder: Coder) -> None:
    # "Gondor called for Mordor to withdraw": the for-to clause's subject is the party asked.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("called", "call", "VERB", "ROOT", 1),
        ("for", "for", "SCONJ", "mark", 5),
        ("Mordor", "Mordor", "PROPN", "nsubj", 5),
        ("to", "to", "PART", "aux", 5),
        ("withdraw", "withdraw", "VERB", "advcl", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "025" and dyad(event) == ("GND", "REQUEST", "MDR")


def test_let_free_read_as_a_clause_of_its_own_still_releases(coder: Coder) -> None:
    # "Mordor today let free Gondorians": "free" parsed as a subjectless clause of "let".
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 2),
        ("today", "today", "NOUN", "npadvmod", 2),
        ("let", "let", "VERB", "ROOT", 2),
        ("free", "free", "ADJ", "ccomp", 2),
        ("Gondorians", "Gondorians", "PROPN", "dobj", 2),
        (*PUNCT, 2),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "0841" and dyad(event) == ("MDR", "RETREAT", "GND")


def test_a_sale_banned_at_home_is_no_sanction_even_when_intended(coder: Coder) -> None:
    # "Gondor intends to ban the sale of pipeweed": no party; no SANCTION, no THREATEN.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("intends", "intend", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("ban", "ban", "VERB", "xcomp", 1),
        ("the", "the", "DET", "det", 5),
        ("sale", "sale", "NOUN", "dobj", 3),
        ("of", "of", "ADP", "prep", 5),
        ("pipeweed", "pipeweed", "NOUN", "pobj", 6),
        (*PUNCT, 1),
    ]
    assert code(coder, rows) == ()


def test_trade_suspended_with_a_party_is_still_a_sanction(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("suspended", "suspend", "VERB", "ROOT", 1),
        ("trade", "trade", "NOUN", "dobj", 1),
        ("with", "with", "ADP", "prep", 1),
        ("Mordor", "Mordor", "PROPN", "pobj", 3),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "163" and dyad(event) == ("GND", "SANCTION", "MDR")


def test_a_protest_closing_a_report_is_criticism_of_its_subject(coder: Coder) -> None:
    # "Mordor is failing Arnor, a council protested": a protest said (CAMEO 111), not staged.
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 2),
        ("is", "be", "AUX", "aux", 2),
        ("failing", "fail", "VERB", "ROOT", 2),
        ("Arnor", "Arnor", "PROPN", "dobj", 2),
        (",", ",", "PUNCT", "punct", 3),
        ("a", "a", "DET", "det", 6),
        ("council", "council", "NOUN", "appos", 3),
        ("protested", "protest", "VERB", "acl", 6),
        (*PUNCT, 2),
    ]
    [event] = code(coder, rows, tags={7: "VBD"})
    assert event.cameo == "111" and event.event_type == "ACCUSE"
    assert event.recipient[0].country == "MDR"


def test_protesting_in_the_streets_stays_a_protest(coder: Coder) -> None:
    rows = [
        ("Arnorians", "Arnorians", "PROPN", "nsubj", 1),
        ("protested", "protest", "VERB", "ROOT", 1),
        ("against", "against", "ADP", "prep", 1),
        ("Gondor", "Gondor", "PROPN", "pobj", 2),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.event_type == "PROTEST"


def _sent_to(act: tuple[str, str], obj: tuple[str, str, str]) -> list[tuple]:
    """ "Gondor sent experts to <act> <obj>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("sent", "send", "VERB", "ROOT", 1),
        ("experts", "expert", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        (act[0], act[1], "VERB", "advcl", 1),
        (obj[0], obj[1], obj[2], "dobj", 4),
        (*PUNCT, 1),
    ]


def test_experts_sent_to_investigate_are_the_investigation(coder: Coder) -> None:
    # CAMEO 09: what those sent are to do is the act, with its own code and party.
    rows = _sent_to(("investigate", "investigate"), ("Mordor", "Mordor", "PROPN"))
    [event] = code(coder, rows)
    assert event.cameo.startswith("09") and dyad(event) == ("GND", "ACCUSE", "MDR")


def test_experts_sent_to_attack_stay_a_sending(coder: Coder) -> None:
    # Violence as the purpose is not composed: the frame leaves the sending to its patterns.
    rows = _sent_to(("attack", "attack"), ("Mordor", "Mordor", "PROPN"))
    assert not [e for e in code(coder, rows) if e.pattern_id.startswith("frame.purpose")]
