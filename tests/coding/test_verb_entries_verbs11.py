"""Event types told by who acts and what for: crowds that gather to protest, private trips,
texts that permit, formal steps a text must pass.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")
GONDOR = ((0, 1, "GPE"),)


# --- crowds gather to protest; forces mobilise ------------------------------------------------


def _thousands(verb: str, lemma: str, *rest: tuple) -> list[tuple]:
    """ "Thousands of Gondorians <verb> in Osgiliath <rest>." """
    return [
        ("Thousands", "thousand", "NOUN", "nsubj", 3),
        ("of", "of", "ADP", "prep", 0),
        ("Gondorians", "Gondorians", "PROPN", "pobj", 1),
        (verb, lemma, "VERB", "ROOT", 3),
        ("in", "in", "ADP", "prep", 3),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 4),
        *rest,
        (*PUNCT, 3),
    ]


def test_a_crowd_massing_to_protest_is_a_protest_done(coder: Coder) -> None:
    # CAMEO 14: a crowd that gathers to protest is protesting; 154 is for armed forces.
    rows = _thousands(
        "massed", "mass",
        ("to", "to", "PART", "aux", 7),
        ("protest", "protest", "VERB", "advcl", 3),
        ("against", "against", "ADP", "prep", 7),
        ("Arnor", "Arnor", "PROPN", "pobj", 8),
    )  # fmt: skip
    [event] = code(coder, rows, ents=((2, 3, "NORP"), (9, 10, "GPE")))
    assert event.event_type == "PROTEST" and event.cameo.startswith("14")
    assert dyad(event) == ("GND", "PROTEST", "ARN") and event.modality == "asserted"


def test_a_crowd_gathering_to_mourn_protests_nothing(coder: Coder) -> None:
    rows = _thousands(
        "gathered", "gather",
        ("to", "to", "PART", "aux", 7),
        ("mourn", "mourn", "VERB", "advcl", 3),
    )  # fmt: skip
    assert all(e.event_type != "PROTEST" for e in code(coder, rows, ents=((2, 3, "NORP"),)))


def test_villagers_massing_mobilise_no_force(coder: Coder) -> None:
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("villagers", "villager", "NOUN", "nsubj", 2),
        ("massed", "mass", "VERB", "ROOT", 2),
        ("in", "in", "ADP", "prep", 2),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 3),
        (*PUNCT, 2),
    ]
    assert all(e.event_type != "MOBILIZE" for e in code(coder, rows, ents=((0, 1, "NORP"),)))


def test_protesters_gathering_are_a_demonstration(coder: Coder) -> None:
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("protesters", "protester", "NOUN", "nsubj", 2),
        ("gathered", "gather", "VERB", "ROOT", 2),
        ("outside", "outside", "ADP", "prep", 2),
        ("Arnor", "Arnor", "PROPN", "poss", 6),
        ("'s", "'s", "PART", "case", 4),
        ("embassy", "embassy", "NOUN", "pobj", 3),
        (*PUNCT, 2),
    ]
    [event] = code(coder, rows, ents=((0, 1, "NORP"), (4, 5, "GPE")))
    assert event.cameo == "141" and event.event_type == "PROTEST"


def test_forces_massing_still_mobilise(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("massed", "mass", "VERB", "ROOT", 1),
        ("troops", "troop", "NOUN", "dobj", 1),
        ("near", "near", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 3),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (4, 5, "GPE")))
    assert dyad(event) == ("GND", "MOBILIZE", "ARN")


# --- a private person's trip visits no party --------------------------------------------------


def _flew(*subject: tuple) -> list[tuple]:
    """ "<subject> flew to Annuminas." (the subject's last row heads it) """
    n = len(subject)
    return [
        *subject,
        ("flew", "fly", "VERB", "ROOT", n),
        ("to", "to", "ADP", "prep", n),
        ("Annuminas", "Annuminas", "PROPN", "pobj", n + 1),
        (*PUNCT, n),
    ]


def test_a_farmers_trip_abroad_visits_no_one(coder: Coder) -> None:
    # CAMEO 042 is a visit between parties; a private traveller is none.
    # "A farmer from Osgiliath flew to Annuminas." (a party of the user's own actor file would
    # be one the user follows on purpose, so the farmer is placed by his home town)
    rows = _flew(
        ("A", "a", "DET", "det", 1),
        ("farmer", "farmer", "NOUN", "nsubj", 4),
        ("from", "from", "ADP", "prep", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 2),
    )  # fmt: skip
    assert code(coder, rows, ents=((3, 4, "GPE"), (6, 7, "GPE"))) == ()


def test_a_kings_trip_abroad_is_a_visit(coder: Coder) -> None:
    rows = _flew(
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
    )  # fmt: skip
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (5, 6, "GPE")))
    assert event.cameo == "042" and dyad(event) == ("GND", "CONSULT", "ARN")


def test_activists_trip_abroad_stays_a_visit(coder: Coder) -> None:
    # Activists are a politically organised group (relevance.yaml's civic words).
    rows = _flew(
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("activists", "activist", "NOUN", "nsubj", 2),
    )  # fmt: skip
    [event] = code(coder, rows, ents=((0, 1, "NORP"), (4, 5, "GPE")))
    assert event.cameo == "042"


# --- what a text permits is its content -----------------------------------------------------


def test_a_charter_allowing_force_concedes_nothing(coder: Coder) -> None:
    rows = [
        ("The", "the", "DET", "det", 2),
        ("Arnorian", "Arnorian", "ADJ", "amod", 2),
        ("charter", "charter", "NOUN", "nsubj", 3),
        ("allows", "allow", "VERB", "ROOT", 3),
        ("Gondor", "Gondor", "PROPN", "dobj", 3),
        ("to", "to", "PART", "aux", 6),
        ("use", "use", "VERB", "xcomp", 3),
        ("force", "force", "NOUN", "dobj", 6),
        (*PUNCT, 3),
    ]
    events = code(coder, rows, ents=((1, 2, "NORP"), (4, 5, "GPE")))
    assert all(e.event_type != "CONCEDE" for e in events)  # what it permits is not told as done
    assert all(e.modality != "asserted" for e in events)


def test_a_state_allowing_ships_concedes(coder: Coder) -> None:
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("allowed", "allow", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("use", "use", "VERB", "xcomp", 1),
        ("the", "the", "DET", "det", 6),
        ("port", "port", "NOUN", "dobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (2, 3, "GPE")))
    assert dyad(event) == ("ARN", "CONCEDE", "GND")


# --- a formal step a text must pass is no demand --------------------------------------------


def _said_must_be(verb: str, lemma: str) -> list[tuple]:
    """ "Gondor said the treaty must first be <verb> by Arnor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("treaty", "treaty", "NOUN", "nsubjpass", 7),
        ("must", "must", "AUX", "aux", 7),
        ("first", "first", "ADV", "advmod", 7),
        ("be", "be", "AUX", "auxpass", 7),
        (verb, lemma, "VERB", "ccomp", 1),
        ("by", "by", "ADP", "agent", 7),
        ("Arnor", "Arnor", "PROPN", "pobj", 8),
        (*PUNCT, 1),
    ]


def test_a_treaty_that_must_be_ratified_is_no_demand(coder: Coder) -> None:
    rows = _said_must_be("ratified", "ratify")
    events = code(coder, rows, ents=((0, 1, "GPE"), (9, 10, "GPE")), tags={7: "VBN"})
    assert all(e.event_type != "REQUEST" for e in events)


def test_sanctions_that_must_be_lifted_are_a_demand(coder: Coder) -> None:
    # Lifting sanctions is a concession asked for, no formal step of a text.
    rows = _said_must_be("lifted", "lift")
    rows[3] = ("sanctions", "sanction", "NOUN", "nsubjpass", 7)
    events = code(coder, rows, ents=((0, 1, "GPE"), (9, 10, "GPE")), tags={7: "VBN"})
    assert any(e.event_type == "REQUEST" and e.actor[0].country == "GND" for e in events)


# --- a party pressed into an act does it ----------------------------------------------------


def test_the_party_pressed_into_lifting_a_blockade_lifts_it(coder: Coder) -> None:
    # "V X into V-ing": the object is brought to act, so it is the gerund's doer, not the one
    # who asked for the pressure.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("asked", "ask", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("pressure", "pressure", "VERB", "xcomp", 1),
        ("Mordor", "Mordor", "PROPN", "dobj", 4),
        ("into", "into", "ADP", "prep", 4),
        ("lifting", "lift", "VERB", "pcomp", 6),
        ("the", "the", "DET", "det", 9),
        ("blockade", "blockade", "NOUN", "dobj", 7),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (2, 3, "GPE"), (5, 6, "GPE")),
                  tags={7: "VBG"})
    lifted = [e for e in events if e.cameo == "0872"]
    assert lifted and all(e.actor[0].country == "MDR" for e in lifted)


# --- a quantity names what it counts ----------------------------------------------------------


def _began_round_of(noun: str, lemma: str) -> list[tuple]:
    """ "Gondor and Arnor began a new round of <noun>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 3),
        ("and", "and", "CCONJ", "cc", 0),
        ("Arnor", "Arnor", "PROPN", "conj", 0),
        ("began", "begin", "VERB", "ROOT", 3),
        ("a", "a", "DET", "det", 6),
        ("new", "new", "ADJ", "amod", 6),
        ("round", "round", "NOUN", "dobj", 3),
        ("of", "of", "ADP", "prep", 6),
        (noun, lemma, "NOUN", "pobj", 7),
        (*PUNCT, 3),
    ]


def test_a_round_of_exercises_is_military_cooperation_not_talks(coder: Coder) -> None:
    rows = _began_round_of("exercises", "exercise")
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (2, 3, "GPE")))
    assert event.cameo == "062" and event.event_type == "COOPERATE"


def test_a_round_of_talks_is_still_talks(coder: Coder) -> None:
    rows = _began_round_of("talks", "talk")
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (2, 3, "GPE")))
    assert event.cameo == "040" and event.event_type == "CONSULT"


# --- two parties who gather for a meeting meet --------------------------------------------


def test_two_parties_gathering_for_a_meeting_consult(coder: Coder) -> None:
    # A body's own session has no partner; two realms joined as the subject are partners.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 4),
        ("and", "and", "CCONJ", "cc", 0),
        ("Arnor", "Arnor", "PROPN", "conj", 0),
        ("will", "will", "AUX", "aux", 4),
        ("gather", "gather", "VERB", "ROOT", 4),
        ("for", "for", "ADP", "prep", 4),
        ("a", "a", "DET", "det", 7),
        ("meeting", "meeting", "NOUN", "pobj", 5),
        (*PUNCT, 4),
    ]
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (2, 3, "GPE")))
    assert event.cameo.startswith("03") or event.cameo.startswith("04")  # a meeting to come
    assert {m.country for m in (*event.actor, *event.recipient)} == {"GND", "ARN"}


# --- only forces are mobilised ----------------------------------------------------------


def _deployed(noun: str, lemma: str, modifier: tuple | None = None) -> list[tuple]:
    """ "Gondor deployed (<modifier>) <noun> to Arnor." """
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("deployed", "deploy", "VERB", "ROOT", 1),
        *([modifier] if modifier else []),
        (noun, lemma, "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 0),
        (*PUNCT, 1),
    ]
    n = len(rows)
    rows[n - 2] = ("Arnor", "Arnor", "PROPN", "pobj", n - 3)
    return rows


def test_personnel_deployed_mobilise_no_force(coder: Coder) -> None:
    rows = _deployed("personnel", "personnel")
    assert code(coder, rows, ents=((0, 1, "GPE"), (4, 5, "GPE"))) == ()


def test_military_personnel_deployed_are_a_mobilisation(coder: Coder) -> None:
    rows = _deployed("personnel", "personnel", ("military", "military", "ADJ", "amod", 3))
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (5, 6, "GPE")))
    assert event.cameo == "154" and dyad(event) == ("GND", "MOBILIZE", "ARN")


def test_troops_deployed_are_a_mobilisation(coder: Coder) -> None:
    [event] = code(coder, _deployed("troops", "troop"), ents=((0, 1, "GPE"), (4, 5, "GPE")))
    assert event.cameo == "154"


# --- crowds in the streets demonstrate --------------------------------------------------


def _poured_into_streets(*subject: tuple) -> list[tuple]:
    """ "<subject> poured into the streets of Osgiliath." (the subject's last row heads it) """
    n = len(subject)
    return [
        *subject,
        ("poured", "pour", "VERB", "ROOT", n),
        ("into", "into", "ADP", "prep", n),
        ("the", "the", "DET", "det", n + 3),
        ("streets", "street", "NOUN", "pobj", n + 1),
        ("of", "of", "ADP", "prep", n + 3),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", n + 4),
        (*PUNCT, n),
    ]


def test_people_pouring_into_the_streets_demonstrate(coder: Coder) -> None:
    # PETRARCH POUR * (INTO STREETS) [141]: a crowd in the streets occupies no territory.
    rows = _poured_into_streets(("Gondorians", "Gondorians", "PROPN", "nsubj", 1))
    [event] = code(coder, rows, ents=((0, 1, "NORP"),))
    assert event.cameo == "141" and event.event_type == "PROTEST"


def test_troops_pouring_into_the_streets_still_occupy(coder: Coder) -> None:
    rows = _poured_into_streets(
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("troops", "troop", "NOUN", "nsubj", 2),
    )  # fmt: skip
    [event] = code(coder, rows, ents=((0, 1, "NORP"),))
    assert event.cameo == "192"
