"""Senses told by a verb's company: its object, who moves, what one gathers for, the audience.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def _withdrew(*rest: tuple) -> list[tuple]:
    """ "Gondorian troops withdrew <rest, from index 3>." """
    return [
        ("Gondorian", "gondorian", "ADJ", "amod", 1),
        ("troops", "troop", "NOUN", "nsubj", 2),
        ("withdrew", "withdraw", "VERB", "ROOT", 2),
        *rest,
        (*PUNCT, 2),
    ]


def test_forces_withdrawing_from_a_place_retreat(coder: Coder) -> None:
    rows = _withdrew(("from", "from", "ADP", "prep", 2), ("Arnor", "Arnor", "PROPN", "pobj", 3))
    [event] = code(coder, rows)
    assert event.cameo == "0874" and dyad(event) == ("GND", "RETREAT", "ARN")


def test_a_plan_withdrawn_is_no_military_retreat(coder: Coder) -> None:
    # "Gondor withdrew its plan": PETRARCH codes WITHDRAW 0874 only for forces, weapons or a
    # place left; a plan, a bill or a passport given up is no retreat.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("withdrew", "withdraw", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3),
        ("plan", "plan", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    assert code(coder, rows) == ()


def test_weapons_withdrawn_from_a_place_are_a_retreat(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("withdrew", "withdraw", "VERB", "ROOT", 1),
        ("heavy", "heavy", "ADJ", "amod", 3),
        ("weapons", "weapon", "NOUN", "dobj", 1),
        ("from", "from", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "0874" and dyad(event) == ("GND", "RETREAT", "ARN")


def test_forces_leaving_a_country_withdraw_from_it(coder: Coder) -> None:
    # "Gondorian troops left Arnor": CAMEO 0874, not a visit or a trip.
    rows = [
        ("Gondorian", "gondorian", "ADJ", "amod", 1),
        ("troops", "troop", "NOUN", "nsubj", 2),
        ("left", "leave", "VERB", "ROOT", 2),
        ("Arnor", "Arnor", "PROPN", "dobj", 2),
        (*PUNCT, 2),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "0874" and dyad(event) == ("GND", "RETREAT", "ARN")


def test_an_envoy_leaving_a_country_is_no_retreat(coder: Coder) -> None:
    # Only forces withdraw by leaving; a king who leaves Arnor does nothing coded.
    rows = [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        ("left", "leave", "VERB", "ROOT", 3),
        ("Arnor", "Arnor", "PROPN", "dobj", 3),
        (*PUNCT, 3),
    ]
    assert code(coder, rows) == ()


def _gathered_for(noun: tuple[str, str], *rest: tuple) -> list[tuple]:
    """ "Gondor gathered for a <noun> <rest, from index 5>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("gathered", "gather", "VERB", "ROOT", 1),
        ("for", "for", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 4),
        (noun[0], noun[1], "NOUN", "pobj", 2),
        *rest,
        (*PUNCT, 1),
    ]


def test_gathering_for_talks_with_a_party_is_a_meeting(coder: Coder) -> None:
    # PETRARCH GATHER (FOR MEETING) [040]: no protest (protest.converge is for crowds).
    rows = _gathered_for(
        ("summit", "summit"),
        ("with", "with", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
    )
    [event] = code(coder, rows)
    assert event.event_type == "CONSULT" and event.cameo == "040"
    assert {m.country for m in (*event.actor, *event.recipient)} == {"GND", "ARN"}


def test_gathering_for_a_funeral_is_no_protest(coder: Coder) -> None:
    # PETRARCH GATHER (FOR SERVICE) [017]: a commemoration, which PLOVER does not code.
    assert code(coder, _gathered_for(("funeral", "funeral"))) == ()


def test_gathering_for_a_rally_against_a_party_stays_a_protest(coder: Coder) -> None:
    rows = _gathered_for(
        ("rally", "rally"),
        ("against", "against", "ADP", "prep", 1),
        ("Mordor", "Mordor", "PROPN", "pobj", 5),
    )
    events = code(coder, rows)
    assert [e.event_type for e in events] == ["PROTEST"]
    assert dyad(events[0]) == ("GND", "PROTEST", "MDR")


def _targeted(prep: str, audience: tuple[str, str]) -> list[tuple]:
    """ "Gondor targeted the campaign <prep> <audience> of Arnor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("targeted", "target", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("campaign", "campaign", "NOUN", "dobj", 1),
        (prep, prep, "ADP", "prep", 1),
        (audience[0], audience[1], "NOUN", "pobj", 4),
        ("of", "of", "ADP", "prep", 5),
        ("Arnor", "Arnor", "PROPN", "pobj", 6),
        (*PUNCT, 1),
    ]


def test_a_campaign_targeted_to_an_audience_is_no_attack(coder: Coder) -> None:
    assert code(coder, _targeted("to", ("voters", "voter"))) == ()


def test_a_campaign_targeted_at_an_audience_is_no_attack(coder: Coder) -> None:
    assert code(coder, _targeted("at", ("viewers", "viewer"))) == ()


def test_targeting_a_party_stays_an_attack(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("targeted", "target", "VERB", "ROOT", 1),
        ("Mordor", "Mordor", "PROPN", "dobj", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("GND", "ASSAULT", "MDR")


def test_a_bare_agrees_states_a_view(coder: Coder) -> None:
    # "Gondor agrees." agrees to nothing named: CAMEO 019, a statement, no AGREE event (told
    # by the simple present in coding/civil_senses.py; "Gondor agreed." accepts a proposal).
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("agrees", "agree", "VERB", "ROOT", 1),
        (*PUNCT, 1),
    ]
    assert code(coder, rows, tags={1: "VBZ"}) == ()


def test_agreeing_with_a_party_stays_an_agreement(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("agreed", "agree", "VERB", "ROOT", 1),
        ("with", "with", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 2),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.event_type == "AGREE"


def _launched(first: tuple, *rest: tuple) -> list[tuple]:
    """ "Gondor launched <first> and artillery strikes on Mordor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("launched", "launch", "VERB", "ROOT", 1),
        *rest,
        first,
        ("and", "and", "CCONJ", "cc", 2 + len(rest)),
        ("artillery", "artillery", "NOUN", "compound", 5 + len(rest)),
        ("strikes", "strike", "NOUN", "conj", 2 + len(rest)),
        ("on", "on", "ADP", "prep", 2 + len(rest)),
        ("Mordor", "Mordor", "PROPN", "pobj", 6 + len(rest)),
        (*PUNCT, 1),
    ]


def test_a_bare_noun_conjoined_to_the_object_shares_it(coder: Coder) -> None:
    # "launched air and artillery strikes on Mordor": the parser makes "air" the object and
    # "strikes" its conjunct; both modify, or are, what was launched.
    rows = _launched(("air", "air", "NOUN", "dobj", 1))
    [event] = code(coder, rows, tags={2: "NN", 5: "NNS"})
    assert dyad(event) == ("GND", "ASSAULT", "MDR") and event.trigger.text.endswith("strikes")


def test_a_determined_noun_conjoined_to_the_object_is_its_own_phrase(coder: Coder) -> None:
    # "launched the campaign and artillery strikes": "the campaign" is a phrase of its own,
    # so the light object is not looked for in its conjunct.
    rows = _launched(("campaign", "campaign", "NOUN", "dobj", 1), ("the", "the", "DET", "det", 3))
    assert code(coder, rows, tags={3: "NN", 6: "NNS"}) == ()


def test_a_quantifier_counts_the_forces_withdrawn(coder: Coder) -> None:
    # "Gondor withdrew some of its troops from Arnor": "some" is the object, "troops" what it
    # counts, as "dozens of troops" is.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("withdrew", "withdraw", "VERB", "ROOT", 1),
        ("some", "some", "PRON", "dobj", 1),
        ("of", "of", "ADP", "prep", 2),
        ("its", "its", "PRON", "poss", 5),
        ("troops", "troop", "NOUN", "pobj", 3),
        ("from", "from", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 6),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.pattern_id == "concede.withdraw-troops"
    assert dyad(event) == ("GND", "RETREAT", "ARN")


def test_an_object_parsed_as_a_participle_clause_subject_is_still_taken(coder: Coder) -> None:
    # "Gondor admitted refugees fleeing Mordor": the parser makes "refugees" the subject of
    # "fleeing"; Gondor still admits them (CAMEO 075), and Mordor is not attacked or fled.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("admitted", "admit", "VERB", "ROOT", 1),
        ("refugees", "refugee", "NOUN", "nsubj", 3),
        ("fleeing", "flee", "VERB", "ccomp", 1),
        ("Mordor", "Mordor", "PROPN", "dobj", 3),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, tags={3: "VBG"})
    assert [(e.cameo, e.event_type) for e in events] == [("075", "AID")]


def test_forces_called_in_are_mobilised(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("called", "call", "VERB", "ROOT", 1),
        ("in", "in", "ADP", "prt", 1),
        ("the", "the", "DET", "det", 4),
        ("army", "army", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "154" and event.event_type == "MOBILIZE"


def test_a_division_called_in_a_parliament_is_no_mobilisation(coder: Coder) -> None:
    # "a division was called by Gondor's speaker": a vote, no division of troops.
    rows = [
        ("a", "a", "DET", "det", 1),
        ("division", "division", "NOUN", "nsubjpass", 3),
        ("was", "be", "AUX", "auxpass", 3),
        ("called", "call", "VERB", "ROOT", 3),
        ("by", "by", "ADP", "agent", 3),
        ("Gondor", "Gondor", "PROPN", "poss", 7),
        ("'s", "'s", "PART", "case", 5),
        ("speaker", "speaker", "NOUN", "pobj", 4),
        (*PUNCT, 3),
    ]
    assert code(coder, rows) == ()


def test_a_career_destroyed_is_no_demolition(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("destroyed", "destroy", "VERB", "ROOT", 1),
        ("his", "his", "PRON", "poss", 3),
        ("career", "career", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    assert code(coder, rows) == ()


def test_objecting_to_a_partys_request_rejects_it(coder: Coder) -> None:
    # PETRARCH OBJECT [120]: "Gondor objected to the request of Arnor" is a rejection.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("objected", "object", "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 4),
        ("request", "request", "NOUN", "pobj", 2),
        ("of", "of", "ADP", "prep", 4),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "120" and dyad(event) == ("GND", "REJECT", "ARN")


def _must_cede(subject: tuple, *told: tuple) -> list[tuple]:
    """ "Gondor said <told> <subject> must cede the fort to Arnor." """
    n = len(told)
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("said" if not told else "told", "say" if not told else "tell", "VERB", "ROOT", 1),
        *told,
        subject,
        ("must", "must", "AUX", "aux", 4 + n),
        ("cede", "cede", "VERB", "ccomp", 1),
        ("the", "the", "DET", "det", 6 + n),
        ("fort", "fort", "NOUN", "dobj", 4 + n),
        ("to", "to", "ADP", "prep", 4 + n),
        ("Arnor", "Arnor", "PROPN", "pobj", 8 + n),
        (*PUNCT, 1),
    ]


def test_a_duty_a_speaker_states_for_itself_demands_nothing(coder: Coder) -> None:
    # "Gondor said it must cede the fort to Arnor": Gondor's own act to come, no demand on
    # anyone (the cession is coded as Gondor's, with the modal's modality).
    events = code(coder, _must_cede(("it", "it", "PRON", "nsubj", 4)))
    assert all(e.event_type != "REQUEST" for e in events)
    assert [(e.actor[0].country, e.event_type) for e in events] == [("GND", "CONCEDE")]


def test_a_duty_stated_for_another_is_a_demand(coder: Coder) -> None:
    rows = _must_cede(("Mordor", "Mordor", "PROPN", "nsubj", 4))
    [event] = code(coder, rows)
    assert event.event_type == "REQUEST" and dyad(event) == ("GND", "REQUEST", "MDR")


def test_it_told_it_must_act_is_the_party_told(coder: Coder) -> None:
    # "Gondor told Mordor it must cede the fort": "it" is Mordor, who is asked.
    rows = _must_cede(("it", "it", "PRON", "nsubj", 5), ("Mordor", "Mordor", "PROPN", "dobj", 1))
    [event] = code(coder, rows)
    assert event.event_type == "REQUEST" and event.actor[0].country == "GND"


def _denied(*rest: tuple) -> list[tuple]:
    """ "Gondor denied <rest, from index 2>." """
    return [("Gondor", "Gondor", "PROPN", "nsubj", 1), ("denied", "deny", "VERB", "ROOT", 1), *rest]


def test_denying_a_partys_request_stays_a_rejection(coder: Coder) -> None:
    rows = _denied(
        ("the", "the", "DET", "det", 3),
        ("request", "request", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    )
    [event] = code(coder, rows)
    assert event.event_type == "REJECT" and event.actor[0].country == "GND"


def _seized(obj: tuple[str, str]) -> list[tuple]:
    """ "Mordor seized <obj> in Gondor." """
    return [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("seized", "seize", "VERB", "ROOT", 1),
        (obj[0], obj[1], "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Gondor", "Gondor", "PROPN", "pobj", 3),
        (*PUNCT, 1),
    ]


def test_power_seized_is_a_coup_not_a_confiscation(coder: Coder) -> None:
    # PETRARCH SEIZE * POWER [180].
    [event] = code(coder, _seized(("power", "power")))
    assert event.cameo == "180" and event.event_type == "ASSAULT"


def test_an_opportunity_seized_is_no_event(coder: Coder) -> None:
    assert code(coder, _seized(("opportunity", "opportunity"))) == ()


def test_weapons_seized_stay_a_confiscation(coder: Coder) -> None:
    [event] = code(coder, _seized(("weapons", "weapon")))
    assert event.cameo == "1711"


def test_a_duty_to_be_ready_to_act_is_a_demand_for_the_act(coder: Coder) -> None:
    # "Gondor said Arnor must be ready to mediate": the act the predicate takes is asked for.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "nsubj", 4),
        ("must", "must", "AUX", "aux", 4),
        ("be", "be", "AUX", "ccomp", 1),
        ("ready", "ready", "ADJ", "acomp", 4),
        ("to", "to", "PART", "aux", 7),
        ("mediate", "mediate", "VERB", "xcomp", 5),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, tags={7: "VB"})
    assert [dyad(e) for e in events if e.event_type == "REQUEST"] == [("GND", "REQUEST", "ARN")]
