"""Orders to one's forces are the act ordered, by the one who orders; forces announced or
promised for a place are an intent to protect (CAMEO 0334), not a threat of force.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad, troops_sent_rows

PUNCT = (".", ".", "PUNCT", "punct")
GONDOR = (0, 1, "GPE")


def _ordered(addressee: tuple[str, str], *act: tuple) -> list[tuple]:
    """ "Gondor ordered <addressee> <act, whose head hangs on token 1>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("ordered", "order", "VERB", "ROOT", 1),
        (*addressee, "NOUN", "dobj", 1),
        *act,
        (*PUNCT, 1),
    ]


def _to_attack_mordor() -> tuple[tuple, ...]:
    return (
        ("to", "to", "PART", "aux", 4),
        ("attack", "attack", "VERB", "xcomp", 1),
        ("Mordor", "Mordor", "PROPN", "dobj", 4),
    )


def test_an_order_to_forces_to_attack_is_the_attack_of_the_one_who_orders(coder: Coder) -> None:
    # CAMEO codes "ordered troops to attack" as the attack, by the commander: no mobilisation.
    rows = _ordered(("troops", "troop"), *_to_attack_mordor())
    [event] = code(coder, rows, ents=(GONDOR, (5, 6, "GPE")))
    assert event.cameo == "190" and dyad(event) == ("GND", "ASSAULT", "MDR")
    assert event.pattern_id == "frame.order+assault.attack"


def test_an_order_to_forces_to_stay_is_no_event(coder: Coder) -> None:
    # "ordered troops to remain in barracks": no act of force, and no troops sent anywhere.
    rows = _ordered(
        ("troops", "troop"),
        ("to", "to", "PART", "aux", 4),
        ("remain", "remain", "VERB", "xcomp", 1),
    )
    assert code(coder, rows, ents=(GONDOR,)) == ()


def test_forces_ordered_to_a_place_are_a_deployment(coder: Coder) -> None:
    # "ordered troops to Osgiliath": no act is ordered, the forces are sent (CAMEO 154).
    rows = _ordered(
        ("troops", "troop"),
        ("to", "to", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 3),
    )
    [event] = code(coder, rows, ents=(GONDOR, (4, 5, "GPE")))
    assert event.cameo == "154" and event.event_type == "MOBILIZE"


def test_an_order_to_another_state_is_not_its_act_by_the_orderer(coder: Coder) -> None:
    # "ordered Arnor to attack Mordor": Arnor is no force of Gondor's; Gondor demands, and the
    # attack is neither Gondor's nor told as Arnor's.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("ordered", "order", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        *_to_attack_mordor(),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=(GONDOR, (2, 3, "GPE"), (5, 6, "GPE")))
    assert [dyad(e) for e in events] == [("GND", "REQUEST", "ARN")]


def _will_deploy(*where: tuple) -> list[tuple]:
    """ "Gondor will deploy troops <where, hanging on token 2>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("will", "will", "AUX", "aux", 2),
        ("deploy", "deploy", "VERB", "ROOT", 2),
        ("troops", "troop", "NOUN", "dobj", 2),
        *where,
        (*PUNCT, 2),
    ]


def test_forces_announced_for_a_place_are_an_intent_to_protect(coder: Coder) -> None:
    # "will deploy troops to Arnor": CAMEO 0334, the target the place of deployment; no threat.
    rows = _will_deploy(("to", "to", "ADP", "prep", 2), ("Arnor", "Arnor", "PROPN", "pobj", 4))
    [event] = code(coder, rows, ents=(GONDOR, (5, 6, "GPE")))
    assert event.cameo == "0334" and dyad(event) == ("GND", "AGREE", "ARN")
    assert event.modality == "future"


def test_forces_announced_along_a_border_face_a_party_and_threaten(coder: Coder) -> None:
    # "will deploy troops along the border with Mordor": posture against a party stays a threat.
    rows = _will_deploy(
        ("along", "along", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 6),
        ("border", "border", "NOUN", "pobj", 4),
        ("with", "with", "ADP", "prep", 6),
        ("Mordor", "Mordor", "PROPN", "pobj", 7),
    )
    [event] = code(coder, rows, ents=(GONDOR, (8, 9, "GPE")))
    assert event.event_type == "THREATEN" and event.cameo.startswith("13")


def test_forces_promised_to_a_place_are_an_intent_to_protect(coder: Coder) -> None:
    [event] = code(coder, troops_sent_rows(("agreed", "agree")), ents=(GONDOR, (6, 7, "GPE")))
    assert event.cameo == "0334" and dyad(event) == ("GND", "AGREE", "ARN")


def test_forces_threatened_are_still_a_threat(coder: Coder) -> None:
    rows = troops_sent_rows(("threatened", "threaten"))
    [event] = code(coder, rows, ents=(GONDOR, (6, 7, "GPE")))
    assert event.cameo == "138" and dyad(event) == ("GND", "THREATEN", "ARN")


def _clause(verb: tuple[str, str], *rest: tuple) -> list[tuple]:
    """ "Gondor <verb> <rest, hanging on token 1 unless they say otherwise>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (*verb, "VERB", "ROOT", 1),
        *rest,
        (*PUNCT, 1),
    ]


def test_a_party_attacked_over_a_policy_is_criticised(coder: Coder) -> None:
    # CAMEO 111: "attacked Arnor over its policy" is verbal; "attacked Arnor" stays force.
    over = (
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("over", "over", "ADP", "prep", 1),
        ("its", "its", "PRON", "poss", 5),
        ("policy", "policy", "NOUN", "pobj", 3),
    )
    [event] = code(coder, _clause(("attacked", "attack"), *over), ents=(GONDOR, (2, 3, "GPE")))
    assert event.cameo == "111" and dyad(event) == ("GND", "ACCUSE", "ARN")
    plain = _clause(("attacked", "attack"), ("Arnor", "Arnor", "PROPN", "dobj", 1))
    [event] = code(coder, plain, ents=(GONDOR, (2, 3, "GPE")))
    assert event.cameo == "190"


def test_a_plan_shot_down_is_rejected_not_fired_on(coder: Coder) -> None:
    # a plan shot down is rejected (CAMEO 127), even with an "on" of time beside it.
    rows = _clause(
        ("shot", "shoot"),
        ("down", "down", "ADP", "prt", 1),
        ("the", "the", "DET", "det", 4),
        ("plan", "plan", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 1),
        ("Tuesday", "Tuesday", "PROPN", "pobj", 5),
    )
    [event] = code(coder, rows, ents=(GONDOR, (6, 7, "DATE")))
    assert event.cameo == "127" and event.event_type == "REJECT"


def test_firing_on_a_party_on_a_weekday_is_still_firing_on_it(coder: Coder) -> None:
    rows = _clause(
        ("fired", "fire"),
        ("on", "on", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 2),
        ("on", "on", "ADP", "prep", 1),
        ("Tuesday", "Tuesday", "PROPN", "pobj", 4),
    )
    [event] = code(coder, rows, ents=(GONDOR, (3, 4, "GPE"), (5, 6, "DATE")))
    assert event.cameo == "193" and dyad(event) == ("GND", "ASSAULT", "ARN")


def test_a_ruling_fought_is_rejected(coder: Coder) -> None:
    rows = _clause(
        ("fought", "fight"),
        ("the", "the", "DET", "det", 3),
        ("ruling", "ruling", "NOUN", "dobj", 1),
    )
    [event] = code(coder, rows, ents=(GONDOR,))
    assert event.cameo == "120" and event.event_type == "REJECT"


def test_seats_occupied_and_a_pitch_invaded_are_no_territory_taken(coder: Coder) -> None:
    seats = _clause(
        ("occupies", "occupy"),
        ("two", "two", "NUM", "nummod", 3),
        ("seats", "seat", "NOUN", "dobj", 1),
    )
    pitch = _clause(
        ("invaded", "invade"),
        ("the", "the", "DET", "det", 3),
        ("pitch", "pitch", "NOUN", "dobj", 1),
    )
    assert code(coder, seats, ents=(GONDOR,)) == ()
    assert code(coder, pitch, ents=(GONDOR,)) == ()
    land = _clause(("occupied", "occupy"), ("Arnor", "Arnor", "PROPN", "dobj", 1))
    [event] = code(coder, land, ents=(GONDOR, (2, 3, "GPE")))
    assert event.cameo == "192"


def test_storming_to_victory_is_no_attack(coder: Coder) -> None:
    rows = _clause(
        ("stormed", "storm"),
        ("to", "to", "ADP", "prep", 1),
        ("victory", "victory", "NOUN", "pobj", 2),
    )
    assert code(coder, rows, ents=(GONDOR,)) == ()


def test_one_person_ousted_is_no_expulsion_of_a_group(coder: Coder) -> None:
    # CAMEO 166 ends the presence of groups or organisations: "ousted him" removes a person.
    rows = _clause(("ousted", "oust"), ("him", "he", "PRON", "dobj", 1))
    assert code(coder, rows, ents=(GONDOR,)) == ()
    rows = _clause(("expelled", "expel"), ("Arnor", "Arnor", "PROPN", "dobj", 1))
    [event] = code(coder, rows, ents=(GONDOR, (2, 3, "GPE")))
    assert event.cameo == "166"


def test_one_person_forced_out_is_no_mass_expulsion(coder: Coder) -> None:
    # CAMEO 201 drives out a population; a leader forced out (of office) is one person.
    person = _clause(
        ("forced", "force"), ("him", "he", "PRON", "dobj", 1), ("out", "out", "ADP", "prt", 1)
    )
    assert code(coder, person, ents=(GONDOR,)) == ()
    people = _clause(
        ("forced", "force"),
        ("the", "the", "DET", "det", 3),
        ("Arnorians", "Arnorian", "PROPN", "dobj", 1),
        ("out", "out", "ADP", "prt", 1),
    )
    [event] = code(coder, people, ents=(GONDOR, (3, 4, "NORP")))
    assert event.cameo == "201"


def test_an_order_to_another_party_is_a_demand_and_its_act_not_done(coder: Coder) -> None:
    # PETRARCH ORDER [100]: "Gondor ordered Arnor to release the prisoners" demands a release
    # of Arnor (CAMEO 10x); the release is not coded as Arnor's act.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("ordered", "order", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("release", "release", "VERB", "xcomp", 1),
        ("the", "the", "DET", "det", 6),
        ("prisoners", "prisoner", "NOUN", "dobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, ents=(GONDOR, (2, 3, "GPE")))
    assert event.cameo.startswith("10") and dyad(event) == ("GND", "REQUEST", "ARN")


def test_an_order_to_forces_not_to_fire_is_no_attack(coder: Coder) -> None:
    rows = _ordered(
        ("troops", "troop"),
        ("not", "not", "PART", "neg", 5),
        ("to", "to", "PART", "aux", 5),
        ("attack", "attack", "VERB", "xcomp", 1),
        ("Mordor", "Mordor", "PROPN", "dobj", 5),
    )
    assert code(coder, rows, ents=(GONDOR, (6, 7, "GPE"))) == ()


def test_forces_ordered_out_of_a_place_withdraw(coder: Coder) -> None:
    # CAMEO 0874: "ordered its troops out of Ithilien" is a withdrawal, not a deployment.
    rows = _ordered(
        ("troops", "troop"),
        ("out", "out", "ADP", "prep", 1),
        ("of", "of", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
    )
    [event] = code(coder, rows, ents=(GONDOR, (5, 6, "GPE")))
    assert event.cameo == "0874" and event.event_type == "RETREAT"


def test_one_person_expelled_is_expelled_as_an_individual(coder: Coder) -> None:
    # CAMEO 174 "expel or deport individuals": one person expelled; a state's people are 166.
    rows = _clause(("expelled", "expel"), ("Hador", "Hador", "PROPN", "dobj", 1))
    [event] = code(coder, rows, ents=(GONDOR, (2, 3, "PERSON")))
    assert event.cameo == "174"


def test_forces_announced_to_act_on_a_party_are_no_protection(coder: Coder) -> None:
    # "will deploy troops to attack Mordor": sent against a party, a threat (CAMEO 13x);
    # "to protect Arnor": protection promised (0334).
    def rows(verb: tuple[str, str]) -> list[tuple]:
        return _will_deploy(
            ("to", "to", "PART", "aux", 5),
            (*verb, "VERB", "advcl", 2),
            ("Arnor", "Arnor", "PROPN", "dobj", 5),
        )

    [event] = code(coder, rows(("hunt", "hunt")), ents=(GONDOR, (6, 7, "GPE")))
    assert event.event_type == "THREATEN"
    [event] = code(coder, rows(("protect", "protect")), ents=(GONDOR, (6, 7, "GPE")))
    assert event.cameo == "0334"


def test_a_sanction_ordered_of_others_is_imposed_by_the_one_who_orders(coder: Coder) -> None:
    # "Gondor ordered its banks to freeze Arnor's assets": the sanction is Gondor's (CAMEO 163).
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("ordered", "order", "VERB", "ROOT", 1),
        ("banks", "bank", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("freeze", "freeze", "VERB", "xcomp", 1),
        ("Arnor", "Arnor", "PROPN", "poss", 7),
        ("'s", "'s", "PART", "case", 5),
        ("assets", "asset", "NOUN", "dobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, ents=(GONDOR, (5, 6, "GPE")))
    assert event.cameo == "163" and event.event_type == "SANCTION"
    assert {m.country for m in event.actor} == {"GND"}


def test_an_order_that_a_party_be_freed_is_the_release_by_the_one_who_orders(coder: Coder) -> None:
    # "Gondor ordered the Arnorians to be freed": the release is Gondor's (CAMEO 0841), not a
    # demand that the Arnorians do anything.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("ordered", "order", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("Arnorians", "Arnorian", "PROPN", "dobj", 1),
        ("to", "to", "PART", "aux", 6),
        ("be", "be", "AUX", "auxpass", 6),
        ("freed", "free", "VERB", "xcomp", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, ents=(GONDOR, (3, 4, "NORP")))
    assert event.cameo == "0841" and dyad(event) == ("GND", "RETREAT", "ARN")


def test_an_order_naming_no_party_demands_nothing(coder: Coder) -> None:
    # "ordered the slaughter of the herds to stop the outbreak": no party is told to act.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("ordered", "order", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("slaughter", "slaughter", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 5),
        ("stop", "stop", "VERB", "xcomp", 1),
        ("it", "it", "PRON", "dobj", 5),
        (*PUNCT, 1),
    ]
    assert code(coder, rows, ents=(GONDOR,)) == ()


def test_an_international_force_sent_is_peacekeeping_given(coder: Coder) -> None:
    # CAMEO 074: "Gondor sent an international force to Arnor" protects; it mobilises against
    # no one.
    rows = _clause(
        ("sent", "send"),
        ("an", "an", "DET", "det", 4),
        ("international", "international", "ADJ", "amod", 4),
        ("force", "force", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
    )
    [event] = code(coder, rows, ents=(GONDOR, (6, 7, "GPE")))
    assert event.cameo == "074" and dyad(event) == ("GND", "AID", "ARN")
