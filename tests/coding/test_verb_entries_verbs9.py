"""What an act needs of its object: a release frees a party, a visit has a host, speech is a
freedom only as free speech, a welcome of a downfall praises no one; objects the parser misreads.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder
from detente.coding.match import Match
from detente.coding.parties import Parties
from detente.coding.travel import reject_home_travel
from detente.records import ActorMention

from middle_earth import code, dyad
from support import build_doc

PUNCT = (".", ".", "PUNCT", "punct")


def _released(*thing: tuple) -> list[tuple]:
    """ "Gondor released <thing, whose head is token 2> on Monday." """
    n = len(thing)
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("released", "release", "VERB", "ROOT", 1),
        *thing,
        ("on", "on", "ADP", "prep", 1),
        ("Monday", "Monday", "PROPN", "pobj", 2 + n),
        (*PUNCT, 1),
    ]


def test_a_party_released_is_a_release(coder: Coder) -> None:
    # CAMEO 0841 "return, release person(s)": Arnorian prisoners are a party set free.
    rows = _released(
        ("Arnorian", "Arnorian", "ADJ", "amod", 3),
        ("prisoners", "prisoner", "NOUN", "dobj", 1),
    )
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (2, 3, "NORP")))
    assert event.cameo == "0841" and dyad(event) == ("GND", "RETREAT", "ARN")


def test_a_message_released_frees_no_one(coder: Coder) -> None:
    # "released an e-mail" (parsed "e", "-", "mail"): a message made public releases nobody.
    rows = _released(
        ("an", "an", "DET", "det", 4),
        ("e", "e", "NOUN", "dobj", 1),
        ("-", "-", "NOUN", "dobj", 1),
        ("mail", "mail", "NOUN", "dobj", 1),
    )
    assert code(coder, rows, ents=((0, 1, "GPE"),)) == ()


def _visit(verb: tuple[str, str], *recipient: ActorMention) -> tuple[Match, Parties]:
    """ "Gondor's king <verb> <place>." as placed: the king is GND GOV, the place as given."""
    doc = build_doc(
        [
            ("king", "king", "NOUN", "nsubj", 1),
            (*verb, "VERB", "ROOT", 1),
            ("there", "there", "ADV", "advmod", 1),
        ]
    )
    match = Match(head=doc[1], trigger=(1, 2), pattern_id="consult.visit", cameo="042",
                  actor=doc[0], recipient=doc[2], symmetric=False)  # fmt: skip
    return match, Parties(actor=(_mention("GND", "GOV"),), recipient=recipient)


def _mention(country: str | None, sector: str | None) -> ActorMention:
    return ActorMention(text="x", start=0, end=1, country=country, sector=sector, rule="place")


def test_touring_places_of_ones_own_country_visits_no_one() -> None:
    # "toured the flooded areas of Ithilien" (a Gondorian region): no party hosts the king.
    rejected = reject_home_travel(*_visit(("toured", "tour"), _mention("GND", None)))
    assert rejected is not None and rejected.reason == "no-event-sense"


def test_visiting_a_place_abroad_is_a_visit() -> None:
    assert reject_home_travel(*_visit(("visited", "visit"), _mention("ARN", None))) is None


def test_visiting_a_party_at_home_still_has_a_host() -> None:
    # Gondorian soldiers or a Gondorian governor, visited by the king, host him.
    assert reject_home_travel(*_visit(("visited", "visit"), _mention("GND", "MIL"))) is None


def test_a_place_of_no_known_country_is_left_alone() -> None:
    assert reject_home_travel(*_visit(("visited", "visit"), _mention(None, None))) is None


def _curbed(*speech: tuple) -> list[tuple]:
    """ "Gondor curbed <speech, whose head is token 2 or 3> in Arnor." """
    n = len(speech)
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("curbed", "curb", "VERB", "ROOT", 1),
        *speech,
        ("in", "in", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 2 + n),
        (*PUNCT, 1),
    ]


def test_curbing_free_speech_restricts_a_freedom(coder: Coder) -> None:
    rows = _curbed(("free", "free", "ADJ", "amod", 3), ("speech", "speech", "NOUN", "dobj", 1))
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (5, 6, "GPE")))
    assert event.cameo == "1721" and dyad(event) == ("GND", "COERCE", "ARN")


def test_cutting_a_speech_short_restricts_no_freedom(coder: Coder) -> None:
    # "curbed their speech" at a meeting: a talk, not the freedom CAMEO 1721 names.
    rows = _curbed(("their", "their", "PRON", "poss", 3), ("speech", "speech", "NOUN", "dobj", 1))
    assert code(coder, rows, ents=((0, 1, "GPE"), (5, 6, "GPE"))) == ()


def _welcomed(outcome: tuple[str, str]) -> list[tuple]:
    """ "Gondor welcomed the <outcome> of talks between Arnor and Mordor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("welcomed", "welcome", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        (*outcome, "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("talks", "talk", "NOUN", "pobj", 4),
        ("between", "between", "ADP", "prep", 5),
        ("Arnor", "Arnor", "PROPN", "pobj", 6),
        ("and", "and", "CCONJ", "cc", 7),
        ("Mordor", "Mordor", "PROPN", "conj", 7),
        (*PUNCT, 1),
    ]


def test_welcoming_the_failure_of_talks_praises_neither_side(coder: Coder) -> None:
    events = code(
        coder,
        _welcomed(("failure", "failure")),
        ents=((0, 1, "GPE"), (7, 8, "GPE"), (9, 10, "GPE")),
    )
    assert not any(e.event_type == "SUPPORT" for e in events)


def test_welcoming_the_progress_of_talks_praises_the_sides(coder: Coder) -> None:
    events = code(
        coder,
        _welcomed(("progress", "progress")),
        ents=((0, 1, "GPE"), (7, 8, "GPE"), (9, 10, "GPE")),
    )
    assert any(e.event_type == "SUPPORT" and e.cameo == "051" for e in events)


def test_an_object_read_as_an_adverbial_is_still_the_object(coder: Coder) -> None:
    # "Gondor eased curfew hours in Osgiliath.": the parser reads "hours" as an npadvmod.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("eased", "ease", "VERB", "ROOT", 1),
        ("curfew", "curfew", "NOUN", "compound", 3),
        ("hours", "hour", "NOUN", "npadvmod", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (5, 6, "GPE")))
    assert event.cameo == "0813" and event.event_type == "CONCEDE"


def _declared(subject_of: tuple) -> list[tuple]:
    """ "Gondor declared a state of siege to begin at midnight." with "state" as `subject_of`."""
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("declared", "declare", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        subject_of,
        ("of", "of", "ADP", "prep", 3),
        ("siege", "siege", "NOUN", "pobj", 4),
        ("to", "to", "PART", "aux", 7),
        ("begin", "begin", "VERB", "ccomp", 1),
        ("at", "at", "ADP", "prep", 7),
        ("midnight", "midnight", "NOUN", "pobj", 8),
        (*PUNCT, 1),
    ]


def test_an_object_read_as_an_infinitives_subject_is_still_the_object(coder: Coder) -> None:
    rows = _declared(("state", "state", "NOUN", "nsubj", 7))
    [event] = code(coder, rows, ents=((0, 1, "GPE"),))
    assert event.cameo == "1724" and event.event_type == "COERCE"


def test_a_named_subject_of_the_infinitive_is_no_object(coder: Coder) -> None:
    # "Gondor declared Arnor to be ...": only a pattern's own object word is taken.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("declared", "declare", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "nsubj", 4),
        ("to", "to", "PART", "aux", 4),
        ("begin", "begin", "VERB", "ccomp", 1),
        (*PUNCT, 1),
    ]
    assert code(coder, rows, ents=((0, 1, "GPE"), (2, 3, "GPE"))) == ()


def test_an_actor_placed_by_the_destination_has_no_known_home() -> None:
    # The location stood in for the visitor's country: home and destination agree by
    # construction, so the visit is not judged a trip at home.
    match, placed = _visit(("visited", "visit"), _mention("ARN", None))
    visitor = ActorMention(text="x", start=0, end=1, country="ARN", sector="LEG", rule="location")
    assert reject_home_travel(match, Parties(actor=(visitor,), recipient=placed.recipient)) is None


def test_a_traveller_placed_by_the_destination_still_travels_at_home() -> None:
    # "protesters travelled to Osgiliath" with the protesters placed there: private travel.
    match, placed = _visit(("travelled", "travel"), _mention("ARN", None))
    walker = ActorMention(text="x", start=0, end=1, country="ARN", sector="CVL", rule="location")
    assert (
        reject_home_travel(match, Parties(actor=(walker,), recipient=placed.recipient)) is not None
    )


def _king(*rest: tuple, verb: tuple[str, str]) -> list[tuple]:
    """ "Gondor's king <verb> <rest, from index 4>." """
    return [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        (*verb, "VERB", "ROOT", 3),
        *rest,
        (*PUNCT, 3),
    ]


def test_touring_a_building_with_no_party_visits_no_one(coder: Coder) -> None:
    # CAMEO 042 names a host: "toured the building" names none.
    rows = _king(
        ("the", "the", "DET", "det", 5),
        ("building", "building", "NOUN", "dobj", 3),
        verb=("toured", "tour"),
    )
    assert code(coder, rows, ents=((0, 1, "GPE"),)) == ()


def test_visiting_a_realm_is_a_visit(coder: Coder) -> None:
    rows = _king(("Arnor", "Arnor", "PROPN", "dobj", 3), verb=("visited", "visit"))
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (4, 5, "GPE")))
    assert event.cameo == "042" and dyad(event) == ("GND", "CONSULT", "ARN")


def test_allowing_a_party_concedes_to_it(coder: Coder) -> None:
    rows = _king(
        ("Arnor", "Arnor", "PROPN", "dobj", 3),
        ("to", "to", "PART", "aux", 6),
        ("trade", "trade", "VERB", "xcomp", 3),
        verb=("allowed", "allow"),
    )
    events = code(coder, rows, ents=((0, 1, "GPE"), (4, 5, "GPE")))
    assert any(e.cameo == "080" and dyad(e) == ("GND", "CONCEDE", "ARN") for e in events)
