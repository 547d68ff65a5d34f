"""Orders to one's forces are the act ordered, by the one who orders; forces announced or
promised for a place are an intent to protect (CAMEO 0334), not a threat of force.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

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
    # "ordered Arnor to attack Mordor": Arnor is no force of Gondor's; the attack is not Gondor's.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("ordered", "order", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        *_to_attack_mordor(),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=(GONDOR, (2, 3, "GPE"), (5, 6, "GPE")))
    assert not any(e.pattern_id.startswith("frame.order") for e in events)
    assert not any(dyad(e) == ("GND", "ASSAULT", "MDR") for e in events)


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


def _framed(verb: tuple[str, str]) -> list[tuple]:
    """ "Gondor <verb> to send troops to Arnor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (*verb, "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("send", "send", "VERB", "xcomp", 1),
        ("troops", "troop", "NOUN", "dobj", 3),
        ("to", "to", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]


def test_forces_promised_to_a_place_are_an_intent_to_protect(coder: Coder) -> None:
    [event] = code(coder, _framed(("agreed", "agree")), ents=(GONDOR, (6, 7, "GPE")))
    assert event.cameo == "0334" and dyad(event) == ("GND", "AGREE", "ARN")


def test_forces_threatened_are_still_a_threat(coder: Coder) -> None:
    [event] = code(coder, _framed(("threatened", "threaten")), ents=(GONDOR, (6, 7, "GPE")))
    assert event.cameo == "138" and dyad(event) == ("GND", "THREATEN", "ARN")
