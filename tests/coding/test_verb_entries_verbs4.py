"""Verdicts, shared views, stated perpetrators and things given: CAMEO definitions and PETRARCH.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad, gave_rows

PUNCT = (".", ".", "PUNCT", "punct")


def _found(*, negated: bool = False, adjective: str = "guilty") -> list[tuple]:
    """ "A Gondorian court found Aragorn (not) <adjective> of treason." """
    rows = [
        ("A", "a", "DET", "det", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("court", "court", "NOUN", "nsubj", 3),
        ("found", "find", "VERB", "ROOT", 3),
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 6 if negated else 5),
    ]
    if negated:
        rows.append(("not", "not", "PART", "neg", 6))
    at = len(rows)
    return [
        *rows,
        (adjective, adjective, "ADJ", "ccomp", 3),
        ("of", "of", "ADP", "prep", at),
        ("treason", "treason", "NOUN", "pobj", at + 1),
        (*PUNCT, 3),
    ]


def test_a_court_finding_a_party_guilty_convicts_it(coder: Coder) -> None:
    # CAMEO 116 "find guilty or liable (legally)": the court the source, the defendant the target.
    [event] = code(coder, _found())
    assert event.cameo == "116" and event.event_type == "ACCUSE"
    assert [m.text for m in event.recipient] == ["Aragorn"]


def test_a_court_finding_a_party_not_guilty_convicts_no_one(coder: Coder) -> None:
    assert not [e for e in code(coder, _found(negated=True)) if e.cameo == "116"]


def test_finding_a_party_pleased_is_no_verdict(coder: Coder) -> None:
    assert not [e for e in code(coder, _found(adjective="happy")) if e.cameo == "116"]


def _agreed(*tail: tuple) -> list[tuple]:
    """ "Gondor agreed with Arnor <tail>." (tail tokens from index 4)"""
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("agreed", "agree", "VERB", "ROOT", 1),
        ("with", "with", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 2),
        *tail,
        (*PUNCT, 1),
    ]


def test_agreeing_with_a_party_that_something_is_so_shares_a_view(coder: Coder) -> None:
    # CAMEO 019 "express accord": a view shared commits to no act, so no event is coded.
    rows = _agreed(
        ("that", "that", "SCONJ", "mark", 7),
        ("the", "the", "DET", "det", 6),
        ("vote", "vote", "NOUN", "nsubj", 7),
        ("was", "be", "AUX", "ccomp", 1),
        ("fair", "fair", "ADJ", "acomp", 7),
    )
    assert code(coder, rows) == ()


def test_agreeing_with_a_party_on_a_matter_is_still_an_agreement(coder: Coder) -> None:
    rows = _agreed(("on", "on", "ADP", "prep", 1), ("trade", "trade", "NOUN", "pobj", 4))
    [event] = code(coder, rows)
    assert event.event_type == "AGREE" and dyad(event) == ("GND", "AGREE", "ARN")


def _responsible(*, negated: bool = False, act: tuple[str, str] = ("killings", "killing")) -> list:
    """ "Mordor is (not) responsible for the <act> of Gondorians." """
    rows = [("Mordor", "Mordor", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1)]
    if negated:
        rows.append(("not", "not", "PART", "neg", 1))
    at = len(rows)
    return [
        *rows,
        ("responsible", "responsible", "ADJ", "acomp", 1),
        ("for", "for", "ADP", "prep", at),
        ("the", "the", "DET", "det", at + 3),
        (act[0], act[1], "NOUN", "pobj", at + 1),
        ("of", "of", "ADP", "prep", at + 3),
        ("Gondorians", "Gondorians", "PROPN", "pobj", at + 4),
        (*PUNCT, 1),
    ]


def test_a_party_stated_responsible_for_killings_carried_them_out(coder: Coder) -> None:
    [event] = code(coder, _responsible())
    assert event.event_type == "ASSAULT" and event.actor[0].country == "MDR"


def test_a_party_stated_responsible_for_an_attack_carried_it_out(coder: Coder) -> None:
    [event] = code(coder, _responsible(act=("attack", "attack")))
    assert event.event_type == "ASSAULT" and dyad(event) == ("MDR", "ASSAULT", "GND")


def test_a_party_not_responsible_for_killings_did_not_do_them(coder: Coder) -> None:
    assert code(coder, _responsible(negated=True)) == ()


def test_a_duty_one_is_responsible_for_is_no_act(coder: Coder) -> None:
    assert code(coder, _responsible(act=("defence", "defence"))) == ()


def test_killings_of_a_people_with_no_owner_are_a_topic(coder: Coder) -> None:
    # "Gondor discussed the killing of Orcs": nobody named does the killing.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("discussed", "discuss", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("killing", "killing", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("Orcs", "Orcs", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    assert not [e for e in code(coder, rows) if e.event_type == "ASSAULT"]


def _gave(verb: tuple[str, str], *gift: tuple) -> list[tuple]:
    """ "Gondor <verb> <gift, whose head is token 2> to Arnor." """
    return gave_rows(*gift, verb=verb)


def test_a_share_of_weapons_supplied_is_military_aid(coder: Coder) -> None:
    # "supplied 90% of the weapons": the share's "of" object is the thing given.
    rows = _gave(
        ("supplied", "supply"),
        ("90", "90", "NUM", "nummod", 3),
        ("%", "%", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("weapons", "weapon", "NOUN", "pobj", 4),
    )
    [event] = code(coder, rows)
    assert event.cameo == "072" and dyad(event) == ("GND", "AID", "ARN")


def test_helicopters_donated_are_military_aid(coder: Coder) -> None:
    # PETRARCH DONATE &AIRCRAFT [072].
    rows = _gave(("donated", "donate"), ("helicopters", "helicopter", "NOUN", "dobj", 1))
    [event] = code(coder, rows)
    assert event.cameo == "072" and dyad(event) == ("GND", "AID", "ARN")


def test_vehicles_sent_are_material_aid(coder: Coder) -> None:
    # PETRARCH SEND VEHICLES [070].
    rows = _gave(("sent", "send"), ("vehicles", "vehicle", "NOUN", "dobj", 1))
    [event] = code(coder, rows)
    assert event.cameo == "070" and dyad(event) == ("GND", "AID", "ARN")


def test_equipment_returned_is_property_returned(coder: Coder) -> None:
    # PETRARCH RETURN EQUIPMENT [0842].
    rows = _gave(("returned", "return"), ("equipment", "equipment", "NOUN", "dobj", 1))
    [event] = code(coder, rows)
    assert event.cameo == "0842" and dyad(event) == ("GND", "RETREAT", "ARN")


def test_a_contribution_made_to_a_party_is_aid(coder: Coder) -> None:
    # PETRARCH CONTRIBUTE [070]: "Gondor contributed to Arnor."
    [event] = code(coder, _gave(("contributed", "contribute")))
    assert event.cameo == "070" and dyad(event) == ("GND", "AID", "ARN")


def test_readiness_to_contribute_is_an_offer_of_aid(coder: Coder) -> None:
    # "Gondor is ready to contribute to Arnor": frame.ready over an aid verb (CAMEO 033).
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("is", "be", "AUX", "ROOT", 1),
        ("ready", "ready", "ADJ", "acomp", 1),
        ("to", "to", "PART", "aux", 4),
        ("contribute", "contribute", "VERB", "xcomp", 2),
        ("to", "to", "ADP", "prep", 4),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "033" and dyad(event) == ("GND", "AGREE", "ARN")


def test_every_conjunct_of_the_things_given_counts(coder: Coder) -> None:
    # "Gondor provided Arnor with horses and weapons": weapons make it military aid.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("provided", "provide", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("with", "with", "ADP", "prep", 1),
        ("horses", "horse", "NOUN", "pobj", 3),
        ("and", "and", "CCONJ", "cc", 4),
        ("weapons", "weapon", "NOUN", "conj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "072" and dyad(event) == ("GND", "AID", "ARN")


def _lifted(ents: tuple[tuple[int, int, str], ...] = ()) -> tuple:
    """ "Gondor lifted the State of Emergency in Arnor." (a capitalised common noun)"""
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("lifted", "lift", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("State", "State", "PROPN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("Emergency", "Emergency", "PROPN", "pobj", 4),
        ("in", "in", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 6),
        (*PUNCT, 1),
    ]
    return rows, ents


def test_a_capitalised_common_noun_is_still_the_object(coder: Coder) -> None:
    rows, ents = _lifted(((7, 8, "GPE"),))
    [event] = code(coder, rows, ents=ents)
    assert event.cameo == "0814" and event.event_type == "CONCEDE"


def test_a_place_name_is_no_object_of_a_light_verb(coder: Coder) -> None:
    # "State" read as part of a name ("the State of Emergency" as a GPE or a body) names no act.
    rows, ents = _lifted(((2, 6, "GPE"), (7, 8, "GPE")))
    assert not [e for e in code(coder, rows, ents=ents) if e.cameo == "0814"]
    rows, ents = _lifted(((2, 6, "ORG"), (7, 8, "GPE")))
    assert not [e for e in code(coder, rows, ents=ents) if e.cameo == "0814"]


def test_a_contribution_to_no_party_is_no_aid(coder: Coder) -> None:
    # "Gondor may have contributed to the outbreak": no party receives anything.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("may", "may", "AUX", "aux", 3),
        ("have", "have", "AUX", "aux", 3),
        ("contributed", "contribute", "VERB", "ROOT", 3),
        ("to", "to", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 6),
        ("outbreak", "outbreak", "NOUN", "pobj", 4),
        (*PUNCT, 3),
    ]
    assert code(coder, rows) == ()


def test_a_product_name_is_no_object_of_a_light_verb(coder: Coder) -> None:
    # "Gondor struck a Honda Accord": a car, not an accord signed.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("struck", "strike", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 4),
        ("Honda", "Honda", "PROPN", "compound", 4),
        ("Accord", "Accord", "PROPN", "dobj", 1),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((3, 4, "ORG"), (4, 5, "PRODUCT")))
    assert not [e for e in events if e.event_type == "SUPPORT"]


def test_joining_a_party_for_talks_meets_it(coder: Coder) -> None:
    # PETRARCH JOIN * (FOR MEETING) [040]: "Gondor joined Arnor for talks."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("joined", "join", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("for", "for", "ADP", "prep", 1),
        ("talks", "talk", "NOUN", "pobj", 3),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.event_type == "CONSULT" and dyad(event) == ("GND", "CONSULT", "ARN")


def test_people_held_as_shields_with_as_on_the_object(coder: Coder) -> None:
    # The parser often hangs "as human shields" on the object; the use is the same (CAMEO 184).
    rows = [
        ("Orcs", "Orcs", "PROPN", "nsubj", 1),
        ("hold", "hold", "VERB", "ROOT", 1),
        ("Arnorian", "Arnorian", "ADJ", "amod", 3),
        ("families", "family", "NOUN", "dobj", 1),
        ("as", "as", "ADP", "prep", 3),
        ("human", "human", "ADJ", "amod", 6),
        ("shields", "shield", "NOUN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "184" and dyad(event) == ("MDR", "ASSAULT", "ARN")


def test_curfew_hours_eased_are_a_curfew_eased(coder: Coder) -> None:
    # "Gondor eased curfew hours in Arnor" (CAMEO 0813).
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("eased", "ease", "VERB", "ROOT", 1),
        ("curfew", "curfew", "NOUN", "compound", 3),
        ("hours", "hour", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "0813"


def test_a_possessor_of_a_murder_is_its_victim_not_its_author(coder: Coder) -> None:
    # "Gondor mourned Arnor's murder": Arnor did not murder anyone.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("mourned", "mourn", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("murder", "murder", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    assert not [e for e in code(coder, rows) if e.event_type == "ASSAULT"]


def test_killings_by_a_party_are_its_acts(coder: Coder) -> None:
    # "the killings by Mordor continued"
    rows = [
        ("the", "the", "DET", "det", 1),
        ("killings", "killing", "NOUN", "nsubj", 4),
        ("by", "by", "ADP", "prep", 1),
        ("Mordor", "Mordor", "PROPN", "pobj", 2),
        ("continued", "continue", "VERB", "ROOT", 4),
        (*PUNCT, 4),
    ]
    [event] = [e for e in code(coder, rows) if e.event_type == "ASSAULT"]
    assert event.actor[0].country == "MDR"


def test_a_contribution_to_an_act_is_no_aid(coder: Coder) -> None:
    # "Gondor contributed to widening the gap": a gerund receives nothing.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("contributed", "contribute", "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1),
        ("widening", "widen", "VERB", "pcomp", 2),
        ("the", "the", "DET", "det", 5),
        ("gap", "gap", "NOUN", "dobj", 3),
        (*PUNCT, 1),
    ]
    assert code(coder, rows) == ()


def test_observers_sent_are_help_given(coder: Coder) -> None:
    # PETRARCH SEND OBSERVERS [073], not a mobilisation.
    rows = _gave(("deployed", "deploy"), ("observers", "observer", "NOUN", "dobj", 1))
    [event] = code(coder, rows)
    assert event.cameo == "073" and dyad(event) == ("GND", "AID", "ARN")


def test_funds_mobilised_for_a_party_are_money_given(coder: Coder) -> None:
    rows = _gave(("mobilised", "mobilise"), ("funds", "fund", "NOUN", "dobj", 1))
    [event] = code(coder, rows)
    assert event.cameo == "071" and dyad(event) == ("GND", "AID", "ARN")


def test_fighting_corruption_or_a_virus_is_no_assault(coder: Coder) -> None:
    for noun, lemma in (("corruption", "corruption"), ("COVID-19", "COVID-19")):
        rows = [
            ("Gondor", "Gondor", "PROPN", "nsubj", 1),
            ("fought", "fight", "VERB", "ROOT", 1),
            (noun, lemma, "PROPN" if noun.isupper() else "NOUN", "dobj", 1),
            ("in", "in", "ADP", "prep", 1),
            ("Arnor", "Arnor", "PROPN", "pobj", 3),
            (*PUNCT, 1),
        ]
        assert not [e for e in code(coder, rows) if e.event_type == "ASSAULT"], noun


def test_surgical_operations_carried_out_are_no_military_operation(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("conducted", "conduct", "VERB", "ROOT", 1),
        ("surgical", "surgical", "ADJ", "amod", 3),
        ("operations", "operation", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    assert not [e for e in code(coder, rows) if e.event_type == "ASSAULT"]
    rows[2] = ("military", "military", "ADJ", "amod", 3)
    assert [e.event_type for e in code(coder, rows)] == ["ASSAULT"]


def test_a_trade_mission_received_is_a_delegation_hosted(coder: Coder) -> None:
    # "Gondor received the Arnorian trade mission": a visit hosted, no observers admitted.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("received", "receive", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 5),
        ("Arnorian", "Arnorian", "ADJ", "amod", 5),
        ("trade", "trade", "NOUN", "compound", 5),
        ("mission", "mission", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "043" and dyad(event) == ("GND", "CONSULT", "ARN")


def _agreed_that(aux: str, verb: tuple[str, str]) -> list[tuple]:
    """ "Gondor and Arnor agreed that talks <aux> <verb>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("and", "and", "CCONJ", "cc", 0),
        ("Arnor", "Arnor", "PROPN", "conj", 0),
        ("agreed", "agree", "VERB", "ROOT", 3),
        ("that", "that", "SCONJ", "mark", 7),
        ("talks", "talk", "NOUN", "nsubj", 7),
        (aux, aux, "AUX", "aux", 7),
        (verb[0], verb[1], "VERB", "ccomp", 3),
        (*PUNCT, 3),
    ]


def test_agreeing_that_something_should_be_is_a_view(coder: Coder) -> None:
    assert code(coder, _agreed_that("should", ("continue", "continue"))) == ()


def test_agreeing_that_something_will_be_done_is_an_agreement(coder: Coder) -> None:
    [event] = code(coder, _agreed_that("would", ("resume", "resume")))
    assert event.event_type == "AGREE"


def _pleaded(negated: bool) -> list[tuple]:
    """ "Aragorn pleaded (not) guilty to the charges." """
    rows = [("Aragorn", "Aragorn", "PROPN", "nsubj", 1), ("pleaded", "plead", "VERB", "ROOT", 1)]
    if negated:
        rows.append(("not", "not", "PART", "neg", 3))
    at = len(rows)
    return [
        *rows,
        ("guilty", "guilty", "ADJ", "acomp", 1),
        ("to", "to", "ADP", "prep", at),
        ("the", "the", "DET", "det", at + 3),
        ("charges", "charge", "NOUN", "pobj", at + 1),
        (*PUNCT, 1),
    ]


def test_a_plea_in_court_is_no_appeal(coder: Coder) -> None:
    # CAMEO 015/016: pleading guilty or not guilty is a statement, not a request (020).
    assert code(coder, _pleaded(negated=False)) == ()
    assert code(coder, _pleaded(negated=True)) == ()


def test_agreeing_that_ones_own_side_should_act_is_an_agreement(coder: Coder) -> None:
    # "Gondor and Arnor agreed that their countries should cooperate": their own act to come.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("and", "and", "CCONJ", "cc", 0),
        ("Arnor", "Arnor", "PROPN", "conj", 0),
        ("agreed", "agree", "VERB", "ROOT", 3),
        ("that", "that", "SCONJ", "mark", 8),
        ("their", "their", "PRON", "poss", 6),
        ("countries", "country", "NOUN", "nsubj", 8),
        ("should", "should", "AUX", "aux", 8),
        ("cooperate", "cooperate", "VERB", "ccomp", 3),
        (*PUNCT, 3),
    ]
    assert [e.event_type for e in code(coder, rows)] == ["AGREE"]


def _claimed(subject: tuple[str, str, str]) -> list[tuple]:
    """ "The Orcs claimed that <subject> had attacked Gondor." """
    return [
        ("The", "the", "DET", "det", 1),
        ("Orcs", "Orcs", "PROPN", "nsubj", 2),
        ("claimed", "claim", "VERB", "ROOT", 2),
        ("that", "that", "SCONJ", "mark", 6),
        (subject[0], subject[1], subject[2], "nsubj", 6),
        ("had", "have", "AUX", "aux", 6),
        ("attacked", "attack", "VERB", "ccomp", 2),
        ("Gondor", "Gondor", "PROPN", "dobj", 6),
        (*PUNCT, 2),
    ]


def test_a_claim_of_ones_own_attack_keeps_the_attack(coder: Coder) -> None:
    # The shipped verbs hold no "claim of one's own act" entry (CAMEO 015): the two gold sets
    # disagree on it, so the claimed attack stays coded.
    events = code(coder, _claimed(("they", "they", "PRON")))
    assert [e.event_type for e in events] == ["ASSAULT"]


def test_a_claim_that_another_party_attacked_keeps_the_attack(coder: Coder) -> None:
    events = code(coder, _claimed(("Arnor", "Arnor", "PROPN")))
    assert [e.event_type for e in events] == ["ASSAULT"]


def test_a_regiment_offered_is_military_protection_offered(coder: Coder) -> None:
    rows = _gave(("offered", "offer"), ("regiment", "regiment", "NOUN", "dobj", 1))
    [event] = code(coder, rows)
    assert event.cameo == "0334" and dyad(event) == ("GND", "AGREE", "ARN")


def test_forces_intensified_are_forces_increased(coder: Coder) -> None:
    # "Mordor intensified its forces in Arnor" (CAMEO 154).
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("intensified", "intensify", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3),
        ("forces", "force", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "154" and event.event_type == "MOBILIZE"
