"""Senses of a trigger verb that its complement decides (coding/verb_readings.py, verbs.yaml
verbs14 patterns). Hand-built parses of the made-up world; rows are (word, lemma, POS,
dependency, head index). Each case has its minimal pair: the other sense is still coded."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def _charged_with(*thing: tuple) -> list[tuple]:
    """ "Gondor charged Arnor's envoy with <thing>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("charged", "charge", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("envoy", "envoy", "NOUN", "dobj", 1),
        ("with", "with", "ADP", "prep", 1),
        *thing,
        (*PUNCT, 1),
    ]


def test_charged_with_a_duty_is_no_accusation(coder: Coder) -> None:
    # "... with overseeing the vote.": a task entrusted to the envoy
    rows = _charged_with(("overseeing", "oversee", "VERB", "pcomp", 5),
                         ("the", "the", "DET", "det", 8), ("vote", "vote", "NOUN", "dobj", 6))
    assert [e.event_type for e in code(coder, rows, tags={6: "VBG"})] == []


def test_charged_with_a_crime_stays_an_accusation(coder: Coder) -> None:
    # "... with murder."
    rows = _charged_with(("murder", "murder", "NOUN", "pobj", 5))
    assert [dyad(e) for e in code(coder, rows)] == [("GND", "ACCUSE", "ARN")]
    # "... with assisting an offender.": a crime told by a gerund, still an accusation
    rows = _charged_with(("assisting", "assist", "VERB", "pcomp", 5),
                         ("an", "an", "DET", "det", 8), ("offender", "offender", "NOUN", "dobj", 6))
    assert [dyad(e) for e in code(coder, rows, tags={6: "VBG"})] == [("GND", "ACCUSE", "ARN")]


def _appealed(*tail: tuple) -> list[tuple]:
    """ "Gondor's king appealed to Arnor <tail>." """
    return [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        ("appealed", "appeal", "VERB", "ROOT", 3),
        ("to", "to", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        *tail,
        (*PUNCT, 3),
    ]


def test_an_appeal_with_nothing_asked_is_no_request(coder: Coder) -> None:
    # "Gondor's king appealed to Arnor.": attractive to, or addressed to; nothing asked
    assert [e.event_type for e in code(coder, _appealed())] == []


def test_an_appeal_over_a_matter_is_a_request(coder: Coder) -> None:
    # "Gondor's king appealed to Arnor over the killings."
    rows = _appealed(("over", "over", "ADP", "prep", 3), ("the", "the", "DET", "det", 8),
                     ("killings", "killing", "NOUN", "pobj", 6))
    assert [dyad(e) for e in code(coder, rows) if e.event_type == "REQUEST"] == [
        ("GND", "REQUEST", "ARN")]


def _assisted(subject: list[tuple]) -> list[tuple]:
    """ "<subject> assisted the gunmen to escape." """
    n = len(subject)
    verb = n
    return [
        *subject,
        ("assisted", "assist", "VERB", "ROOT", verb),
        ("the", "the", "DET", "det", n + 2),
        ("gunmen", "gunman", "NOUN", "dobj", verb),
        ("to", "to", "PART", "aux", n + 4),
        ("escape", "escape", "VERB", "xcomp", verb),
        (*PUNCT, verb),
    ]


def test_private_people_helping_gunmen_escape_give_no_aid(coder: Coder) -> None:
    # "Arnorian villagers assisted the gunmen to escape.": abetting, no aid to a party
    rows = _assisted([("Arnorian", "arnorian", "ADJ", "amod", 1),
                      ("villagers", "villager", "NOUN", "nsubj", 2)])
    assert [e.event_type for e in code(coder, rows)] == []


def test_a_state_helping_gunmen_escape_stays_as_coded(coder: Coder) -> None:
    # "Gondor assisted the gunmen to escape.": a state's act, left for the reader
    rows = _assisted([("Gondor", "Gondor", "PROPN", "nsubj", 1)])
    assert [e.event_type for e in code(coder, rows)] == ["AID"]


def _set_off(*tail: tuple) -> list[tuple]:
    """ "Arnor's rebels set off <tail>." """
    return [
        ("Arnor", "Arnor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("rebels", "rebel", "NOUN", "nsubj", 3),
        ("set", "set", "VERB", "ROOT", 3),
        ("off", "off", "ADP", "prt", 3),
        *tail,
        (*PUNCT, 3),
    ]


def test_setting_off_for_a_place_departs_no_bombing(coder: Coder) -> None:
    # "Arnor's rebels set off for Osgiliath."
    rows = _set_off(("for", "for", "ADP", "prep", 3),
                    ("Osgiliath", "Osgiliath", "PROPN", "pobj", 5))
    assert [e.event_type for e in code(coder, rows)] == []


def test_setting_off_a_bomb_is_a_bombing(coder: Coder) -> None:
    # "Arnor's rebels set off a bomb in Osgiliath."
    rows = _set_off(("a", "a", "DET", "det", 6), ("bomb", "bomb", "NOUN", "dobj", 3),
                    ("in", "in", "ADP", "prep", 3), ("Osgiliath", "Osgiliath", "PROPN", "pobj", 7))
    assert [e.event_type for e in code(coder, rows)] == ["ASSAULT"]


def _fired_back_at(*target: tuple) -> list[tuple]:
    """ "Gondor's king fired back at <target>." """
    return [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        ("fired", "fire", "VERB", "ROOT", 3),
        ("back", "back", "ADV", "advmod", 3),
        ("at", "at", "ADP", "prep", 3),
        *target,
        (*PUNCT, 3),
    ]


def test_firing_back_at_critics_is_a_retort(coder: Coder) -> None:
    # "Gondor's king fired back at Arnorian critics.": criticism (CAMEO 111), no shot
    rows = _fired_back_at(("Arnorian", "arnorian", "ADJ", "amod", 7),
                          ("critics", "critic", "NOUN", "pobj", 5))
    assert [(e.event_type, e.cameo) for e in code(coder, rows)] == [("ACCUSE", "111")]


def test_firing_back_at_rebels_is_a_shooting(coder: Coder) -> None:
    # "Gondor's king fired back at Arnorian rebels."
    rows = _fired_back_at(("Arnorian", "arnorian", "ADJ", "amod", 7),
                          ("rebels", "rebel", "NOUN", "pobj", 5))
    assert [e.event_type for e in code(coder, rows)] == ["ASSAULT"]


def test_war_declared_on_a_condition_on_a_day_is_a_campaign(coder: Coder) -> None:
    # "Gondor declared war on drugs on Tuesday.": the date tells when, not whom
    rows = [("Gondor", "Gondor", "PROPN", "nsubj", 1), ("declared", "declare", "VERB", "ROOT", 1),
            ("war", "war", "NOUN", "dobj", 1), ("on", "on", "ADP", "prep", 2),
            ("drugs", "drug", "NOUN", "pobj", 3), ("on", "on", "ADP", "prep", 1),
            ("Tuesday", "Tuesday", "PROPN", "pobj", 5), (*PUNCT, 1)]  # fmt: skip
    assert [e.event_type for e in code(coder, rows, ents=((6, 7, "DATE"),))] == []


def _dismissed(*obj: tuple) -> list[tuple]:
    """ "Gondor's king dismissed <obj>." """
    return [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        ("dismissed", "dismiss", "VERB", "ROOT", 3),
        *obj,
        (*PUNCT, 3),
    ]


def test_dismissing_an_official_removes_him_from_office(coder: Coder) -> None:
    # "Gondor's king dismissed Arnor's ambassador.": no rejection of anything
    rows = _dismissed(("Arnor", "Arnor", "PROPN", "poss", 6), ("'s", "'s", "PART", "case", 4),
                      ("ambassador", "ambassador", "NOUN", "dobj", 3))
    assert [e.event_type for e in code(coder, rows)] == []


def test_dismissing_a_party_stays_a_rejection(coder: Coder) -> None:
    # "Gondor's king dismissed Arnor.": rebuffed
    rows = _dismissed(("Arnor", "Arnor", "PROPN", "dobj", 3))
    assert [dyad(e) for e in code(coder, rows)] == [("GND", "REJECT", "ARN")]


def _blew_up_at(*target: tuple) -> list[tuple]:
    """ "Gondor's king blew up at <target>." """
    return [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        ("blew", "blow", "VERB", "ROOT", 3),
        ("up", "up", "ADP", "prt", 3),
        ("at", "at", "ADP", "prep", 3),
        *target,
        (*PUNCT, 3),
    ]


def test_blowing_up_at_reporters_is_an_outburst(coder: Coder) -> None:
    # "Gondor's king blew up at Arnorian reporters.": criticism (CAMEO 111), no bombing
    rows = _blew_up_at(("Arnorian", "arnorian", "ADJ", "amod", 7),
                       ("reporters", "reporter", "NOUN", "pobj", 5))
    assert [(e.event_type, e.cameo) for e in code(coder, rows)] == [("ACCUSE", "111")]


def test_tear_gas_fired_at_protesters_is_repression(coder: Coder) -> None:
    # "Gondor's police fired tear gas at Arnorian protesters.": crowd control (CAMEO 175)
    rows = [("Gondor", "Gondor", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
            ("police", "police", "NOUN", "nsubj", 3), ("fired", "fire", "VERB", "ROOT", 3),
            ("tear", "tear", "NOUN", "compound", 5), ("gas", "gas", "NOUN", "dobj", 3),
            ("at", "at", "ADP", "prep", 3), ("Arnorian", "arnorian", "ADJ", "amod", 8),
            ("protesters", "protester", "NOUN", "pobj", 6), (*PUNCT, 3)]  # fmt: skip
    assert [e.cameo for e in code(coder, rows)] == ["175"]


def _attacked(*tail: tuple) -> list[tuple]:
    """ "Gondor's king attacked Arnor's envoy <tail>." """
    return [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        ("attacked", "attack", "VERB", "ROOT", 3),
        ("Arnor", "Arnor", "PROPN", "poss", 6),
        ("'s", "'s", "PART", "case", 4),
        ("envoy", "envoy", "NOUN", "dobj", 3),
        *tail,
        (*PUNCT, 3),
    ]


def test_an_attack_in_a_speech_is_criticism(coder: Coder) -> None:
    # "Gondor's king attacked Arnor's envoy in a speech."
    rows = _attacked(("in", "in", "ADP", "prep", 3), ("a", "a", "DET", "det", 9),
                     ("speech", "speech", "NOUN", "pobj", 7))
    assert [(dyad(e), e.cameo) for e in code(coder, rows)] == [(("GND", "ACCUSE", "ARN"), "111")]


def test_an_attack_in_a_place_stays_an_assault(coder: Coder) -> None:
    # "Gondor's king attacked Arnor's envoy in Bree."
    rows = _attacked(("in", "in", "ADP", "prep", 3), ("Bree", "Bree", "PROPN", "pobj", 7))
    assert [dyad(e) for e in code(coder, rows)] == [("GND", "ASSAULT", "ARN")]


def _captured(*obj: tuple) -> list[tuple]:
    """ "Arnor's rebels captured <obj>." """
    return [
        ("Arnor", "Arnor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("rebels", "rebel", "NOUN", "nsubj", 3),
        ("captured", "capture", "VERB", "ROOT", 3),
        *obj,
        (*PUNCT, 3),
    ]


def test_seats_captured_in_an_election_are_no_captives(coder: Coder) -> None:
    # "Arnor's rebels captured Gondor's seats.": an election result, no abduction
    rows = _captured(("Gondor", "Gondor", "PROPN", "poss", 6), ("'s", "'s", "PART", "case", 4),
                     ("seats", "seat", "NOUN", "dobj", 3))
    assert [e.event_type for e in code(coder, rows)] == []


def test_people_captured_are_abducted(coder: Coder) -> None:
    # "Arnor's rebels captured Gondor's envoys."
    rows = _captured(("Gondor", "Gondor", "PROPN", "poss", 6), ("'s", "'s", "PART", "case", 4),
                     ("envoys", "envoy", "NOUN", "dobj", 3))
    assert [dyad(e) for e in code(coder, rows)] == [("ARN", "ASSAULT", "GND")]


def test_sanctioning_an_act_approves_it(coder: Coder) -> None:
    # "Gondor sanctioned the construction.": permission given, no sanctions
    verb = ("sanctioned", "sanction", "VERB", "ROOT", 1)
    rows = [("Gondor", "Gondor", "PROPN", "nsubj", 1), verb, ("the", "the", "DET", "det", 3),
            ("construction", "construction", "NOUN", "dobj", 1), (*PUNCT, 1)]  # fmt: skip
    assert [e.event_type for e in code(coder, rows)] == []
    # "Gondor sanctioned Arnor.": a party penalised
    rows = [("Gondor", "Gondor", "PROPN", "nsubj", 1), verb, ("Arnor", "Arnor", "PROPN", "dobj", 1),
            (*PUNCT, 1)]  # fmt: skip
    assert [dyad(e) for e in code(coder, rows)] == [("GND", "SANCTION", "ARN")]


def _withdrew_from(*place: tuple) -> list[tuple]:
    """ "Gondor's king withdrew from <place>." """
    return [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        ("withdrew", "withdraw", "VERB", "ROOT", 3),
        ("from", "from", "ADP", "prep", 3),
        *place,
        (*PUNCT, 3),
    ]


def test_withdrawing_from_a_race_is_no_retreat(coder: Coder) -> None:
    # "Gondor's king withdrew from the race."
    rows = _withdrew_from(("the", "the", "DET", "det", 6), ("race", "race", "NOUN", "pobj", 4))
    assert [e.event_type for e in code(coder, rows)] == []
    # "Gondor's king withdrew from Arnor.": forces pulled back
    rows = _withdrew_from(("Arnor", "Arnor", "PROPN", "pobj", 4))
    assert [dyad(e) for e in code(coder, rows)] == [("GND", "RETREAT", "ARN")]


def _allowed_deployment(*forces: tuple) -> list[tuple]:
    """ "Gondor allowed the deployment of <forces>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("allowed", "allow", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("deployment", "deployment", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        *forces,
        (*PUNCT, 1),
    ]


def test_allowing_ones_own_troops_to_deploy_admits_no_peacekeepers(coder: Coder) -> None:
    # "Gondor allowed the deployment of guard troops.": its own forces
    rows = _allowed_deployment(("guard", "guard", "NOUN", "compound", 6),
                               ("troops", "troop", "NOUN", "pobj", 4))
    assert [e.event_type for e in code(coder, rows)] == []
    # "Gondor allowed the deployment of Arnorian peacekeepers."
    rows = _allowed_deployment(("Arnorian", "arnorian", "ADJ", "amod", 6),
                               ("peacekeepers", "peacekeeper", "NOUN", "pobj", 4))
    assert [e.event_type for e in code(coder, rows)] == ["RETREAT"]


def _favoured(*obj: tuple) -> list[tuple]:
    """ "Gondor's king favoured <obj>." """
    return [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        ("favoured", "favour", "VERB", "ROOT", 3),
        *obj,
        (*PUNCT, 3),
    ]


def test_favouring_a_policy_in_general_is_a_stance(coder: Coder) -> None:
    # "Gondor's king favoured isolation.": a policy held, no party endorsed
    rows = _favoured(("isolation", "isolation", "NOUN", "dobj", 3))
    assert [e.event_type for e in code(coder, rows)] == []
    # "Gondor's king favoured closer trade with Arnor.": a policy toward Arnor, no endorsement
    rows = _favoured(("closer", "close", "ADJ", "amod", 5), ("trade", "trade", "NOUN", "dobj", 3),
                     ("with", "with", "ADP", "prep", 5), ("Arnor", "Arnor", "PROPN", "pobj", 6))
    assert [e.event_type for e in code(coder, rows)] == []
    # "Gondor's king favoured a referendum.": an indefinite names a kind of act
    rows = _favoured(("a", "a", "DET", "det", 5), ("referendum", "referendum", "NOUN", "dobj", 3))
    assert [e.event_type for e in code(coder, rows)] == []


def test_favouring_a_party_or_its_proposal_is_an_endorsement(coder: Coder) -> None:
    # "Gondor's king favoured Arnor."
    rows = _favoured(("Arnor", "Arnor", "PROPN", "dobj", 3))
    assert [dyad(e) for e in code(coder, rows)] == [("GND", "SUPPORT", "ARN")]
    # "Gondor's king favoured Arnor's proposal.": a party's proposal
    rows = _favoured(("Arnor", "Arnor", "PROPN", "poss", 6), ("'s", "'s", "PART", "case", 4),
                     ("proposal", "proposal", "NOUN", "dobj", 3))
    assert [e.event_type for e in code(coder, rows)] == ["SUPPORT"]
    # "Gondor's king favoured a plan by Arnor.": whose plan is named
    rows = _favoured(("a", "a", "DET", "det", 5), ("plan", "plan", "NOUN", "dobj", 3),
                     ("by", "by", "ADP", "prep", 5), ("Arnor", "Arnor", "PROPN", "pobj", 6))
    assert [e.event_type for e in code(coder, rows)] == ["SUPPORT"]
    # "Gondor's king favoured a plan.": a proposal is always someone's
    rows = _favoured(("a", "a", "DET", "det", 5), ("plan", "plan", "NOUN", "dobj", 3))
    assert [e.event_type for e in code(coder, rows)] == ["SUPPORT"]
    # "Gondor's king favoured the move.": a particular act, named before
    rows = _favoured(("the", "the", "DET", "det", 5), ("move", "move", "NOUN", "dobj", 3))
    assert [e.event_type for e in code(coder, rows)] == ["SUPPORT"]


def test_money_sent_to_support_projects_is_no_stance(coder: Coder) -> None:
    # "Gondor sent money to support projects.": a purpose clause, material help; the support
    # is left to the patterns (it is not dropped as a stance held)
    rows = [("Gondor", "Gondor", "PROPN", "nsubj", 1), ("sent", "send", "VERB", "ROOT", 1),
            ("money", "money", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4),
            ("support", "support", "VERB", "advcl", 1), ("projects", "project", "NOUN", "dobj", 4),
            (*PUNCT, 1)]  # fmt: skip
    assert "SUPPORT" in [e.event_type for e in code(coder, rows)]


def _pushed_for(*tail: tuple) -> list[tuple]:
    """ "Gondor's king pushed <tail>." """
    return [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        ("pushed", "push", "VERB", "ROOT", 3),
        *tail,
        (*PUNCT, 3),
    ]


def test_pushing_for_a_goal_with_no_party_pressed_is_no_request(coder: Coder) -> None:
    # "Gondor's king pushed for a quick withdrawal.": his own effort, nobody asked
    rows = _pushed_for(("for", "for", "ADP", "prep", 3), ("a", "a", "DET", "det", 7),
                       ("quick", "quick", "ADJ", "amod", 7),
                       ("withdrawal", "withdrawal", "NOUN", "pobj", 4))
    assert [e.event_type for e in code(coder, rows)] == []


def test_pushing_a_party_for_talks_is_a_request(coder: Coder) -> None:
    # "Gondor's king pushed Arnor for talks."
    rows = _pushed_for(("Arnor", "Arnor", "PROPN", "dobj", 3), ("for", "for", "ADP", "prep", 3),
                       ("talks", "talk", "NOUN", "pobj", 5))
    assert [dyad(e) for e in code(coder, rows)] == [("GND", "REQUEST", "ARN")]
