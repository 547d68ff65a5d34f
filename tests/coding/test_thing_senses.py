"""Things, not parties, as what a trigger acts on: no political event (made-up world, hand-built
parses). Each test is a minimal pair: the same clause with a party codes the event."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _types(events) -> list[str]:
    return [e.event_type for e in events]


def _released(obj: tuple[str, str, str]) -> list[tuple]:
    """ "Arnor released <object>." """
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("released", "release", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        (*obj, "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_releasing_a_song_or_an_audit_frees_no_one(coder: Coder) -> None:
    tags = {1: "VBD"}
    assert "RETREAT" not in _types(code(coder, _released(("song", "song", "NOUN")), tags=tags))
    freed = code(coder, _released(("prisoners", "prisoner", "NOUN")), tags={1: "VBD", 3: "NNS"})
    assert "RETREAT" in _types(freed)
    # "The audit, released by Arnor, was read.": the participle's noun is the thing released
    rows = [
        ("The", "the", "DET", "det", 1),
        ("audit", "audit", "NOUN", "nsubjpass", 8),
        (",", ",", "PUNCT", "punct", 1),
        ("released", "release", "VERB", "acl", 1),
        ("by", "by", "ADP", "agent", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (",", ",", "PUNCT", "punct", 1),
        ("was", "be", "AUX", "auxpass", 8),
        ("read", "read", "VERB", "ROOT", 8),
        (".", ".", "PUNCT", "punct", 8),
    ]
    assert "RETREAT" not in _types(code(coder, rows, tags={3: "VBN", 8: "VBN"}))


def _attack_on(target: tuple[str, str, str]) -> list[tuple]:
    """ "Arnor launched an attack on <target>." """
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("launched", "launch", "VERB", "ROOT", 1),
        ("an", "an", "DET", "det", 3),
        ("attack", "attack", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 6),
        (*target, "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_an_attack_on_the_flames_fights_a_thing(coder: Coder) -> None:
    tags = {1: "VBD", 6: "NNS"}
    assert "ASSAULT" not in _types(code(coder, _attack_on(("flames", "flame", "NOUN")), tags=tags))
    tags = {1: "VBD", 6: "NNP"}
    assert "ASSAULT" in _types(code(coder, _attack_on(("Gondor", "Gondor", "PROPN")), tags=tags))


def _threatened_by(agent: tuple[str, str, str]) -> list[tuple]:
    """ "Refugees of Gondor threatened by <agent>." (a headline parse: the refugees as subject)"""
    return [
        ("Refugees", "refugee", "NOUN", "nsubj", 3),
        ("of", "of", "ADP", "prep", 0),
        ("Gondor", "Gondor", "PROPN", "pobj", 1),
        ("threatened", "threaten", "VERB", "ROOT", 3),
        ("by", "by", "ADP", "prep", 3),
        (*agent, "pobj", 4),
        (".", ".", "PUNCT", "punct", 3),
    ]


def test_threatened_by_a_flood_has_no_party_acting(coder: Coder) -> None:
    tags = {0: "NNS", 3: "VBN"}
    flood = _threatened_by(("flooding", "flood", "VERB"))
    assert "THREATEN" not in _types(code(coder, flood, tags={**tags, 5: "VBG"}))
    assert "THREATEN" in _types(code(coder, _threatened_by(("Arnor", "Arnor", "PROPN")), tags=tags))


def _set_off(obj: tuple[str, str]) -> list[tuple]:
    """ "Arnor set off <a/an object> in Osgiliath." """
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("set", "set", "VERB", "ROOT", 1),
        ("off", "off", "ADP", "prt", 1),
        ("a", "a", "DET", "det", 4),
        (*obj, "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_setting_off_an_uproar_is_no_bombing(coder: Coder) -> None:
    tags = {1: "VBD", 2: "RP"}
    assert "ASSAULT" not in _types(code(coder, _set_off(("uproar", "uproar")), tags=tags))
    assert "ASSAULT" in _types(code(coder, _set_off(("bomb", "bomb")), tags=tags))


def _requested_to_remain(state: tuple[str, str]) -> list[tuple]:
    """ "Gondor requested to remain <state>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("requested", "request", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("remain", "remain", "VERB", "xcomp", 1),
        (*state, "ADJ", "acomp", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_source_asking_to_remain_anonymous_makes_no_request(coder: Coder) -> None:
    tags = {1: "VBD", 3: "VB"}
    anonymous = code(coder, _requested_to_remain(("anonymous", "anonymous")), tags=tags)
    assert "REQUEST" not in _types(anonymous)
    assert "REQUEST" in _types(code(coder, _requested_to_remain(("neutral", "neutral")), tags=tags))


def _travelled(subject: list[tuple]) -> list[tuple]:
    """ "<subject> of Gondor travelled to Arnor." with the subject's head first."""
    head = len(subject) - 1
    return [
        *subject,
        ("of", "of", "ADP", "prep", head),
        ("Gondor", "Gondor", "PROPN", "pobj", head + 1),
        ("travelled", "travel", "VERB", "ROOT", head + 3),
        ("to", "to", "ADP", "prep", head + 3),
        ("Arnor", "Arnor", "PROPN", "pobj", head + 4),
        (".", ".", "PUNCT", "punct", head + 3),
    ]


def test_residents_travelling_make_a_private_trip_not_a_visit(coder: Coder) -> None:
    residents = _travelled([("Residents", "resident", "NOUN", "nsubj", 3)])
    assert "CONSULT" not in _types(code(coder, residents, tags={0: "NNS", 3: "VBD"}))
    king = _travelled([("The", "the", "DET", "det", 1), ("king", "king", "NOUN", "nsubj", 4)])
    assert "CONSULT" in _types(code(coder, king, tags={1: "NN", 4: "VBD"}))


def test_people_who_travelled_are_described_not_visiting(coder: Coder) -> None:
    # "People who travelled to Arnor fell ill."
    rows = [
        ("People", "people", "NOUN", "nsubj", 5),
        ("who", "who", "PRON", "nsubj", 2),
        ("travelled", "travel", "VERB", "relcl", 0),
        ("to", "to", "ADP", "prep", 2),
        ("Arnor", "Arnor", "PROPN", "pobj", 3),
        ("fell", "fall", "VERB", "ROOT", 5),
        ("ill", "ill", "ADJ", "acomp", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    assert "CONSULT" not in _types(code(coder, rows, tags={0: "NNS", 1: "WP", 2: "VBD"}))


def _back(rest: list[tuple]) -> list[tuple]:
    """ "Arnor should back <rest>." """
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 2),
        ("should", "should", "AUX", "aux", 2),
        ("back", "back", "VERB", "ROOT", 2),
        *rest,
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_backing_off_gives_way_and_supports_no_one(coder: Coder) -> None:
    tags = {1: "MD", 2: "VB"}
    off = _back([("off", "off", "ADP", "prt", 2)])
    assert "SUPPORT" not in _types(code(coder, off, tags={**tags, 3: "RP"}))
    gondor = _back([("Gondor", "Gondor", "PROPN", "dobj", 2)])
    backed = code(coder, gondor, tags=tags)
    assert {"SUPPORT", "AGREE"} & set(_types(backed))


def _fired(rest: list[tuple]) -> list[tuple]:
    """ "The king of Gondor fired <rest>." """
    return [
        ("The", "the", "DET", "det", 1),
        ("king", "king", "NOUN", "nsubj", 4),
        ("of", "of", "ADP", "prep", 1),
        ("Gondor", "Gondor", "PROPN", "pobj", 2),
        ("fired", "fire", "VERB", "ROOT", 4),
        *rest,
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_firing_a_person_from_a_job_shoots_no_one(coder: Coder) -> None:
    # "The king of Gondor fired Beren at Osgiliath.": Beren loses his job
    at = [("at", "at", "ADP", "prep", 4), ("Osgiliath", "Osgiliath", "PROPN", "pobj", 6)]
    beren = _fired([("Beren", "Beren", "PROPN", "dobj", 4), *at])
    assert "ASSAULT" not in _types(code(coder, beren, tags={4: "VBD"}, ents=((5, 6, "PERSON"),)))
    rockets = _fired([("rockets", "rocket", "NOUN", "dobj", 4), *at])
    assert "ASSAULT" in _types(code(coder, rockets, tags={4: "VBD", 5: "NNS"}))


def _said_fired(obj: tuple) -> list[tuple]:
    """ "Beren Barahir said the king of Gondor fired <obj> at Osgiliath." """
    return [
        ("Beren", "Beren", "PROPN", "compound", 1),
        ("Barahir", "Barahir", "PROPN", "nsubj", 2),
        ("said", "say", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4),
        ("king", "king", "NOUN", "nsubj", 7),
        ("of", "of", "ADP", "prep", 4),
        ("Gondor", "Gondor", "PROPN", "pobj", 5),
        ("fired", "fire", "VERB", "ccomp", 2),
        obj,
        ("at", "at", "ADP", "prep", 7),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 9),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_firing_a_person_named_by_surname_is_a_dismissal(coder: Coder) -> None:
    # senses20: "Barahir" after "Beren Barahir" is that person, even where the tagger took the
    # lone word for no person (here: no entity on it)
    tags = {2: "VBD", 7: "VBD"}
    person = _said_fired(("Barahir", "Barahir", "PROPN", "dobj", 7))
    assert "ASSAULT" not in _types(code(coder, person, tags=tags, ents=((0, 2, "PERSON"),)))
    # "Beren Barahir said the king of Gondor fired Katyushas at Osgiliath.": a weapon is shot
    weapon = _said_fired(("Katyushas", "Katyusha", "PROPN", "dobj", 7))
    assert "ASSAULT" in _types(code(coder, weapon, tags=tags, ents=((0, 2, "PERSON"),)))


def test_a_law_allowing_an_act_provides_it_and_concedes_nothing(coder: Coder) -> None:
    # "Gondor passed a law allowing Arnor to trade."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("passed", "pass", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("law", "law", "NOUN", "dobj", 1),
        ("allowing", "allow", "VERB", "acl", 3),
        ("Arnor", "Arnor", "PROPN", "nsubj", 7),
        ("to", "to", "PART", "aux", 7),
        ("trade", "trade", "VERB", "ccomp", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert "CONCEDE" not in _types(code(coder, rows, tags={1: "VBD", 4: "VBG", 7: "VB"}))
    # "Gondor allowed Arnor to trade." concedes
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("allowed", "allow", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "nsubj", 4),
        ("to", "to", "PART", "aux", 4),
        ("trade", "trade", "VERB", "ccomp", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert "CONCEDE" in _types(code(coder, rows, tags={1: "VBD", 4: "VB"}))


def _said_should(rest: list[tuple]) -> list[tuple]:
    """ "Arnor said Gondor should <rest>." """
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "nsubj", 4),
        ("should", "should", "AUX", "aux", 4),
        *rest,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_should_be_what_something_is_expects_and_demands_nothing(coder: Coder) -> None:
    tags = {1: "VBD", 3: "MD", 4: "VB"}
    copula = _said_should([("be", "be", "AUX", "ccomp", 1), ("a", "a", "DET", "det", 6),
                           ("partner", "partner", "NOUN", "attr", 4)])  # fmt: skip
    assert "REQUEST" not in _types(code(coder, copula, tags=tags))
    act = _said_should([("withdraw", "withdraw", "VERB", "ccomp", 1)])
    assert "REQUEST" in _types(code(coder, act, tags=tags))


def test_a_plea_of_guilty_answers_a_charge_and_appeals_to_no_one(coder: Coder) -> None:
    # "The man of Gondor pleaded guilty." / "The man of Gondor pleaded for mercy."
    def pleaded(rest: list[tuple]) -> list[tuple]:
        return [
            ("The", "the", "DET", "det", 1),
            ("king", "king", "NOUN", "nsubj", 4),
            ("of", "of", "ADP", "prep", 1),
            ("Gondor", "Gondor", "PROPN", "pobj", 2),
            ("pleaded", "plead", "VERB", "ROOT", 4),
            *rest,
            (".", ".", "PUNCT", "punct", 4),
        ]

    guilty = pleaded([("guilty", "guilty", "ADJ", "acomp", 4)])
    assert "REQUEST" not in _types(code(coder, guilty, tags={4: "VBD"}))
    mercy = pleaded([("for", "for", "ADP", "prep", 4), ("peace", "peace", "NOUN", "pobj", 5)])
    assert "REQUEST" in _types(code(coder, mercy, tags={4: "VBD"}))


def _made_call(rest: list[tuple]) -> list[tuple]:
    """ "Gondor made a call <rest>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("made", "make", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("call", "call", "NOUN", "dobj", 1),
        *rest,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_call_asking_nothing_is_a_telephone_call(coder: Coder) -> None:
    tags = {1: "VBD", 3: "NN"}
    arnor = ("Arnor", "Arnor", "PROPN", "pobj", 4)
    to_police = _made_call([("to", "to", "ADP", "prep", 3), arnor])
    assert "REQUEST" not in _types(code(coder, to_police, tags=tags))
    peace = ("peace", "peace", "NOUN", "pobj", 4)
    for_peace = _made_call([("for", "for", "ADP", "prep", 3), peace])
    assert "REQUEST" in _types(code(coder, for_peace, tags=tags))


def _meeting(modifier: tuple[str, str, str]) -> list[tuple]:
    """ "The Gondor council held its <modifier> meeting." """
    return [
        ("The", "the", "DET", "det", 2),
        ("Gondor", "Gondor", "PROPN", "compound", 2),
        ("council", "council", "NOUN", "nsubj", 3),
        ("held", "hold", "VERB", "ROOT", 3),
        ("its", "its", "PRON", "poss", 6),
        (*modifier, "amod", 6),
        ("meeting", "meeting", "NOUN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]


def test_a_bodys_regular_meeting_is_its_routine_not_a_consultation(coder: Coder) -> None:
    tags = {3: "VBD", 4: "PRP$", 6: "NN"}
    regular = code(coder, _meeting(("regular", "regular", "ADJ")), tags=tags)
    assert "CONSULT" not in _types(regular)
    emergency = code(coder, _meeting(("emergency", "emergency", "NOUN")), tags=tags)
    assert "CONSULT" in _types(emergency)


def test_bombers_flying_to_a_coast_make_no_visit(coder: Coder) -> None:
    # "Bombers of Mordor flew to Arnor." / "The king of Mordor flew to Arnor."
    def flew(subject: list[tuple]) -> list[tuple]:
        head = len(subject) - 1
        return [*subject, ("of", "of", "ADP", "prep", head),
                ("Mordor", "Mordor", "PROPN", "pobj", head + 1),
                ("flew", "fly", "VERB", "ROOT", head + 3), ("to", "to", "ADP", "prep", head + 3),
                ("Arnor", "Arnor", "PROPN", "pobj", head + 4),
                (".", ".", "PUNCT", "punct", head + 3)]  # fmt: skip

    bombers = flew([("Bombers", "bomber", "NOUN", "nsubj", 3)])
    assert "CONSULT" not in _types(code(coder, bombers, tags={0: "NNS", 3: "VBD"}))
    king = flew([("The", "the", "DET", "det", 1), ("king", "king", "NOUN", "nsubj", 4)])
    assert "CONSULT" in _types(code(coder, king, tags={4: "VBD"}))


def test_flying_home_is_a_return_and_no_visit(coder: Coder) -> None:
    # "The king of Mordor flew home." / "The king of Mordor flew to Arnor."
    def flew(rest: list[tuple]) -> list[tuple]:
        return [("The", "the", "DET", "det", 1), ("king", "king", "NOUN", "nsubj", 4),
                ("of", "of", "ADP", "prep", 1), ("Mordor", "Mordor", "PROPN", "pobj", 2),
                ("flew", "fly", "VERB", "ROOT", 4), *rest,
                (".", ".", "PUNCT", "punct", 4)]  # fmt: skip

    home = flew([("home", "home", "ADV", "advmod", 4)])
    assert "CONSULT" not in _types(code(coder, home, tags={4: "VBD"}))
    arnor = flew([("to", "to", "ADP", "prep", 4), ("Arnor", "Arnor", "PROPN", "pobj", 5)])
    assert "CONSULT" in _types(code(coder, arnor, tags={4: "VBD"}))


def test_lords_meeting_for_a_hearing_hold_their_session(coder: Coder) -> None:
    # "The lords of Gondor met for a hearing." / "The lords of Gondor met for talks."
    def met(noun: tuple[str, str]) -> list[tuple]:
        return [("The", "the", "DET", "det", 1), ("lords", "lord", "NOUN", "nsubj", 4),
                ("of", "of", "ADP", "prep", 1), ("Gondor", "Gondor", "PROPN", "pobj", 2),
                ("met", "meet", "VERB", "ROOT", 4), ("for", "for", "ADP", "prep", 4),
                ("a", "a", "DET", "det", 7), (*noun, "NOUN", "pobj", 5),
                (".", ".", "PUNCT", "punct", 4)]  # fmt: skip

    tags = {1: "NNS", 4: "VBD"}
    assert "CONSULT" not in _types(code(coder, met(("hearing", "hearing")), tags=tags))
    assert "CONSULT" in _types(code(coder, met(("talks", "talk")), tags=tags))


def test_thanking_everyone_is_a_courtesy_and_thanking_a_realm_praises_it(coder: Coder) -> None:
    # "Arnor thanked everyone." / "Arnor thanked Gondor."
    def thanked(obj: tuple[str, str, str]) -> list[tuple]:
        return [("Arnor", "Arnor", "PROPN", "nsubj", 1), ("thanked", "thank", "VERB", "ROOT", 1),
                (*obj, "dobj", 1), (".", ".", "PUNCT", "punct", 1)]  # fmt: skip

    tags = {1: "VBD"}
    everyone = code(coder, thanked(("everyone", "everyone", "PRON")), tags=tags)
    assert "SUPPORT" not in _types(everyone)
    assert "SUPPORT" in _types(code(coder, thanked(("Gondor", "Gondor", "PROPN")), tags=tags))


def test_a_land_free_of_drought_frees_no_one(coder: Coder) -> None:
    # "Gondor is drought free." / "Gondor freed the prisoners."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("is", "be", "AUX", "ROOT", 1),
        ("drought", "drought", "NOUN", "npadvmod", 3),
        ("free", "free", "ADJ", "acomp", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert "RETREAT" not in _types(code(coder, rows, tags={1: "VBZ", 3: "JJ"}))
    freed = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("freed", "free", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("prisoners", "prisoner", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert "RETREAT" in _types(code(coder, freed, tags={1: "VBD", 3: "NNS"}))


def test_recognized_for_work_is_an_honour_and_recognized_as_a_state_stays(coder: Coder) -> None:
    # "Arnor recognized Gondor for its work." / "Arnor recognized Gondor as a realm."
    def recognized(prep: str, noun: tuple[str, str]) -> list[tuple]:
        return [("Arnor", "Arnor", "PROPN", "nsubj", 1),
                ("recognized", "recognize", "VERB", "ROOT", 1),
                ("Gondor", "Gondor", "PROPN", "dobj", 1), (prep, prep, "ADP", "prep", 1),
                ("its", "its", "PRON", "poss", 5), (*noun, "NOUN", "pobj", 3),
                (".", ".", "PUNCT", "punct", 1)]  # fmt: skip

    tags = {1: "VBD", 4: "PRP$"}
    assert "SUPPORT" not in _types(code(coder, recognized("for", ("work", "work")), tags=tags))
    assert "SUPPORT" in _types(code(coder, recognized("as", ("realm", "realm")), tags=tags))


def test_welcoming_into_the_faith_is_a_rite(coder: Coder) -> None:
    # "Arnor welcomed Gondor into the faith." / "Arnor welcomed Gondor into the alliance."
    def welcomed(noun: tuple[str, str]) -> list[tuple]:
        return [("Arnor", "Arnor", "PROPN", "nsubj", 1), ("welcomed", "welcome", "VERB", "ROOT", 1),
                ("Gondor", "Gondor", "PROPN", "dobj", 1), ("into", "into", "ADP", "prep", 1),
                ("the", "the", "DET", "det", 5), (*noun, "NOUN", "pobj", 3),
                (".", ".", "PUNCT", "punct", 1)]  # fmt: skip

    tags = {1: "VBD"}
    assert "SUPPORT" not in _types(code(coder, welcomed(("faith", "faith")), tags=tags))
    assert "SUPPORT" in _types(code(coder, welcomed(("alliance", "alliance")), tags=tags))


def test_liberating_it_takes_a_place_and_frees_no_one(coder: Coder) -> None:
    # "Arnor liberated it from Mordor." / "Arnor liberated the prisoners from Mordor."
    def liberated(obj: list[tuple]) -> list[str]:
        rows = [
            ("Arnor", "Arnor", "PROPN", "nsubj", 1),
            ("liberated", "liberate", "VERB", "ROOT", 1),
            *obj,
            ("from", "from", "ADP", "prep", 1),
            ("Mordor", "Mordor", "PROPN", "pobj", 2 + len(obj)),
            (".", ".", "PUNCT", "punct", 1),
        ]
        return _types(code(coder, rows, tags={1: "VBD"}))

    assert "RETREAT" not in liberated([("it", "it", "PRON", "dobj", 1)])
    people = [("the", "the", "DET", "det", 3), ("prisoners", "prisoner", "NOUN", "dobj", 1)]
    assert "RETREAT" in liberated(people)


def test_leaving_for_home_or_for_treatment_visits_no_one(coder: Coder) -> None:
    # "The king of Gondor left for <goal>." with "for Arnor" the visit stands
    def left(goal: tuple[str, str, str], tag: str) -> list[str]:
        rows = [
            ("The", "the", "DET", "det", 1),
            ("king", "king", "NOUN", "nsubj", 4),
            ("of", "of", "ADP", "prep", 1),
            ("Gondor", "Gondor", "PROPN", "pobj", 2),
            ("left", "leave", "VERB", "ROOT", 4),
            ("for", "for", "ADP", "prep", 4),
            (*goal, "pobj", 5),
            (".", ".", "PUNCT", "punct", 4),
        ]
        return _types(code(coder, rows, tags={4: "VBD", 6: tag}))

    assert "CONSULT" in left(("Arnor", "Arnor", "PROPN"), "NNP")
    assert "CONSULT" not in left(("home", "home", "NOUN"), "NN")
    assert "CONSULT" not in left(("treatment", "treatment", "NOUN"), "NN")


def _recognised(obj: tuple[str, str, str], tag: str) -> tuple[list[tuple], dict[int, str]]:
    """ "Gondor recognised the <object>." """
    rows = [("Gondor", "Gondor", "PROPN", "nsubj", 1),
            ("recognised", "recognise", "VERB", "ROOT", 1), ("the", "the", "DET", "det", 3),
            (*obj, "dobj", 1), (".", ".", "PUNCT", "punct", 1)]
    return rows, {0: "NNP", 1: "VBD", 2: "DT", 3: tag}


def test_recognising_a_work_of_art_honours_it_and_recognises_no_party(coder: Coder) -> None:
    for work in ("mural", "art", "sculpture"):
        rows, tags = _recognised((work, work, "NOUN"), "NN")
        assert "SUPPORT" not in _types(code(coder, rows, tags=tags)), work
    # "Gondor recognised the government.": a party's standing recognised
    rows, tags = _recognised(("government", "government", "NOUN"), "NN")
    assert "SUPPORT" in _types(code(coder, rows, tags=tags))


def _transferred(owed: bool) -> tuple[list[tuple], dict[int, str]]:
    """ "Gondor transferred 2 billion [of obligations] to Arnor." """
    rows = [("Gondor", "Gondor", "PROPN", "nsubj", 1),
            ("transferred", "transfer", "VERB", "ROOT", 1), ("2", "2", "NUM", "compound", 3),
            ("billion", "billion", "NUM", "dobj", 1)]  # fmt: skip
    tags = {0: "NNP", 1: "VBD", 2: "CD", 3: "CD"}
    if owed:
        rows += [("of", "of", "ADP", "prep", 3),
                 ("obligations", "obligation", "NOUN", "pobj", 4)]  # fmt: skip
        tags.update({4: "IN", 5: "NNS"})
    at = len(rows)
    rows += [("to", "to", "ADP", "prep", 1), ("Arnor", "Arnor", "PROPN", "pobj", at),
             (".", ".", "PUNCT", "punct", 1)]  # fmt: skip
    tags.update({at: "IN", at + 1: "NNP"})
    return rows, tags


def test_money_measuring_obligations_handed_on_is_no_aid(coder: Coder) -> None:
    rows, tags = _transferred(owed=True)
    assert "AID" not in _types(code(coder, rows, tags=tags))
    # "Gondor transferred 2 billion to Arnor.": money given, aid
    rows, tags = _transferred(owed=False)
    assert "AID" in _types(code(coder, rows, tags=tags))
