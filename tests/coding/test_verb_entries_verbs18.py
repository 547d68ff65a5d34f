"""Event types of frequent political acts: a reduction of relations announced ahead is the act,
not a threat; an order to an organisation to disband bans it; fighters expelled by force are
an assault; forces that move into a place or take up positions there are deployed; forces that
push into a place advance on it.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")
GONDOR = (0, 1, "GPE")
GONDORIAN = (0, 1, "NORP")


def _types(events) -> set[str]:
    return {e.event_type for e in events}


# --- a reduction of relations announced ahead (CAMEO 16 + future) ---------------------------


def _expel_diplomats(modal: str) -> list[tuple]:
    """ "Gondor <modal> expel Mordorian diplomats." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        (modal, modal, "AUX", "aux", 2),
        ("expel", "expel", "VERB", "ROOT", 2),
        ("Mordorian", "Mordorian", "ADJ", "amod", 4),
        ("diplomats", "diplomat", "NOUN", "dobj", 2),
        (*PUNCT, 2),
    ]


def test_an_expulsion_announced_ahead_is_the_expulsion_not_a_threat(coder: Coder) -> None:
    # "Gondor will expel Mordorian diplomats": a decision announced, CAMEO 161 with future
    # modality (PLOVER SANCTION), not THREATEN 131.
    [event] = code(coder, _expel_diplomats("will"), ents=(GONDOR, (3, 4, "NORP")))
    assert dyad(event) == ("GND", "SANCTION", "MDR")
    assert event.cameo == "161" and event.modality == "future"


def test_an_expulsion_that_may_happen_stays_a_threat(coder: Coder) -> None:
    # "Gondor could expel Mordorian diplomats": no decision, a possibility held out (131).
    [event] = code(coder, _expel_diplomats("could"), ents=(GONDOR, (3, 4, "NORP")))
    assert event.event_type == "THREATEN" and event.modality == "hypothetical"


def test_a_release_announced_ahead_stays_an_intent_to_yield(coder: Coder) -> None:
    # "Gondor will release Mordorian prisoners": CAMEO's "express intent to release" (035),
    # as the 5-class gold codes it; only reductions of relations are decisions announced.
    rows = _expel_diplomats("will")
    rows[2] = ("release", "release", "VERB", "ROOT", 2)
    rows[4] = ("prisoners", "prisoner", "NOUN", "dobj", 2)
    [event] = code(coder, rows, ents=(GONDOR, (3, 4, "NORP")))
    assert event.event_type == "AGREE"


# --- an organisation ordered to disband (CAMEO 172, 1722) ------------------------------------


def _ordered_to(ordered: list[tuple], verb: tuple[str, str], *tail: tuple) -> list[tuple]:
    """ "Gondor ordered <ordered, whose head is its last row> to <verb> <tail>." """
    n = 2 + len(ordered)
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("ordered", "order", "VERB", "ROOT", 1),
        *ordered,
        ("to", "to", "PART", "aux", n + 1),
        (verb[0], verb[1], "VERB", "xcomp", 1),
        *tail,
        (*PUNCT, 1),
    ]


def test_a_party_ordered_to_disband_is_banned_by_the_one_who_orders(coder: Coder) -> None:
    # "Gondor ordered the Arnorian party to disband": a ban (1722), not a demand to the party.
    party = [
        ("the", "the", "DET", "det", 4),
        ("Arnorian", "Arnorian", "ADJ", "amod", 4),
        ("party", "party", "NOUN", "dobj", 1),
    ]
    [event] = code(coder, _ordered_to(party, ("disband", "disband")), ents=(GONDOR, (3, 4, "NORP")))
    assert event.cameo == "1722" and dyad(event) == ("GND", "COERCE", "ARN")


def test_a_named_group_ordered_to_dissolve_itself_is_banned(coder: Coder) -> None:
    # "Gondor ordered the Rangers of the North to dissolve themselves": CAMEO 172.
    rangers = [
        ("the", "the", "DET", "det", 3),
        ("Rangers", "Rangers", "PROPN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 6),
        ("North", "North", "PROPN", "pobj", 4),
    ]
    themselves = ("themselves", "themselves", "PRON", "dobj", 8)
    rows = _ordered_to(rangers, ("dissolve", "dissolve"), themselves)
    [event] = code(coder, rows, ents=(GONDOR, (3, 7, "ORG")))
    assert event.cameo == "172" and event.event_type == "COERCE"


def test_a_parliament_ordered_to_dissolve_is_no_ban(coder: Coder) -> None:
    # "Gondor ordered parliament to dissolve": a body no ban pattern takes, a constitutional act.
    rows = _ordered_to([("parliament", "parliament", "NOUN", "dobj", 1)], ("dissolve", "dissolve"))
    assert "COERCE" not in _types(code(coder, rows, ents=(GONDOR,)))


def test_militias_ordered_to_disband_are_asked_to_demobilise_not_banned(coder: Coder) -> None:
    # "Gondor ordered the Arnorian rebels to disband": forces (concede.disband-forces), a demand.
    rebels = [
        ("the", "the", "DET", "det", 4),
        ("Arnorian", "Arnorian", "ADJ", "amod", 4),
        ("rebels", "rebel", "NOUN", "dobj", 1),
    ]
    rows = _ordered_to(rebels, ("disband", "disband"))
    assert "COERCE" not in _types(code(coder, rows, ents=(GONDOR, (3, 4, "NORP"))))


# --- fighters expelled by force (CAMEO 190) -------------------------------------------------


def _expelled(subject: list[tuple], obj: list[tuple], verb=("expelled", "expel")) -> list[tuple]:
    """ "<subject> <verb> <obj> from Osgiliath." (heads of ``obj`` count from the verb)"""
    n = len(subject)
    return [
        *subject,
        (verb[0], verb[1], "VERB", "ROOT", n),
        *obj,
        ("from", "from", "ADP", "prep", n),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", n + len(obj) + 1),
        (*PUNCT, n),
    ]


TROOPS = [("Gondorian", "Gondorian", "ADJ", "amod", 1), ("troops", "troop", "NOUN", "nsubj", 2)]


def test_militants_expelled_from_a_town_are_fought_out_of_it(coder: Coder) -> None:
    # "Gondorian troops expelled the Arnorian militants from Osgiliath."
    militants = [
        ("the", "the", "DET", "det", 5),
        ("Arnorian", "Arnorian", "ADJ", "amod", 5),
        ("militants", "militant", "NOUN", "dobj", 2),
    ]
    events = code(coder, _expelled(TROOPS, militants), ents=(GONDORIAN, (4, 5, "NORP")))
    assert [(e.cameo, e.event_type) for e in events] == [("190", "ASSAULT")]


def test_a_named_armed_group_expelled_by_troops_is_fought_out(coder: Coder) -> None:
    # "Gondorian troops expelled the Rangers of the North from Osgiliath." (ARN REB)
    rangers = [
        ("the", "the", "DET", "det", 4),
        ("Rangers", "Rangers", "PROPN", "dobj", 2),
        ("of", "of", "ADP", "prep", 4),
        ("the", "the", "DET", "det", 7),
        ("North", "North", "PROPN", "pobj", 5),
    ]
    [event] = code(coder, _expelled(TROOPS, rangers), ents=(GONDORIAN, (4, 8, "ORG")))
    assert event.cameo == "190" and dyad(event) == ("GND", "ASSAULT", "ARN")


def test_a_named_armed_group_expelled_by_a_state_stays_an_expulsion(coder: Coder) -> None:
    # "Gondor expelled the Rangers of the North from Osgiliath": no armed actor named, CAMEO 166.
    rangers = [
        ("the", "the", "DET", "det", 3),
        ("Rangers", "Rangers", "PROPN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 6),
        ("North", "North", "PROPN", "pobj", 4),
    ]
    rows = _expelled([("Gondor", "Gondor", "PROPN", "nsubj", 1)], rangers)
    [event] = code(coder, rows, ents=(GONDOR, (3, 7, "ORG")))
    assert event.event_type == "SANCTION"


# --- forces deployed, and forces advancing ---------------------------------------------------


def _forces_went(verb: tuple[str, str], prep: str, subject=("troops", "troop")) -> list[tuple]:
    """ "Gondorian <subject> <verb> <prep> Osgiliath." """
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        (subject[0], subject[1], "NOUN", "nsubj", 2),
        (verb[0], verb[1], "VERB", "ROOT", 2),
        (prep, prep, "ADP", "prep", 2),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 3),
        (*PUNCT, 2),
    ]


def test_troops_moving_into_a_town_are_deployed_there(coder: Coder) -> None:
    [event] = code(coder, _forces_went(("moved", "move"), "into"), ents=(GONDORIAN,))
    assert (event.cameo, event.event_type) == ("154", "MOBILIZE")


def test_families_moving_into_a_town_are_no_event(coder: Coder) -> None:
    rows = _forces_went(("moved", "move"), "into", subject=("families", "family"))
    assert code(coder, rows, ents=(GONDORIAN,)) == ()


def test_an_army_moving_a_thing_to_a_town_deploys_no_one(coder: Coder) -> None:
    # lead23: "The Gondorian army relocated the school to Osgiliath": a thing moved, no forces
    rows = [
        ("The", "the", "DET", "det", 2), ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("army", "army", "NOUN", "nsubj", 3), ("relocated", "relocate", "VERB", "ROOT", 3),
        ("the", "the", "DET", "det", 5), ("school", "school", "NOUN", "dobj", 3),
        ("to", "to", "ADP", "prep", 3), ("Osgiliath", "Osgiliath", "PROPN", "pobj", 6),
        (*PUNCT, 3),
    ]
    events = code(coder, rows, ents=((1, 2, "NORP"),))
    assert not [e for e in events if e.event_type == "MOBILIZE"]


def test_forces_pushing_into_a_town_attack_it(coder: Coder) -> None:
    # "Gondorian forces pushed into Osgiliath": an advance against opposition, CAMEO 190.
    rows = _forces_went(("pushed", "push"), "into", subject=("forces", "force"))
    [event] = code(coder, rows, ents=(GONDORIAN,))
    assert (event.cameo, event.event_type) == ("190", "ASSAULT")


def test_troops_taking_up_positions_are_deployed_not_occupying(coder: Coder) -> None:
    # "Gondorian troops took up positions along the border."
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("troops", "troop", "NOUN", "nsubj", 2),
        ("took", "take", "VERB", "ROOT", 2),
        ("up", "up", "ADP", "prt", 2),
        ("positions", "position", "NOUN", "dobj", 2),
        ("along", "along", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 7),
        ("border", "border", "NOUN", "pobj", 5),
        (*PUNCT, 2),
    ]
    [event] = code(coder, rows, ents=(GONDORIAN,))
    assert (event.cameo, event.event_type) == ("154", "MOBILIZE")


def test_troops_taking_the_enemys_positions_occupy_them(coder: Coder) -> None:
    # "Gondorian troops took the Arnorian positions near Osgiliath": taken from someone, 192.
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("troops", "troop", "NOUN", "nsubj", 2),
        ("took", "take", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 5),
        ("Arnorian", "Arnorian", "ADJ", "amod", 5),
        ("positions", "position", "NOUN", "dobj", 2),
        ("near", "near", "ADP", "prep", 5),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 6),
        (*PUNCT, 2),
    ]
    events = code(coder, rows, ents=(GONDORIAN, (4, 5, "NORP")))
    assert "MOBILIZE" not in _types(events) and "192" in {e.cameo for e in events}
