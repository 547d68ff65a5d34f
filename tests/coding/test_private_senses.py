"""Private and everyday senses of a trigger: no political event (made-up world, hand-built
parses). Each test is a minimal pair: the same clause acting on a party codes the event."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _types(events) -> list[str]:
    return [e.event_type for e in events]


def _svo(subject: tuple, verb: tuple[str, str], *rest: tuple) -> list[tuple]:
    """ "<subject> <verb> <rest...>." with the rest's heads given as absolute indices."""
    return [
        (*subject, "nsubj", 1),
        (*verb, "VERB", "ROOT", 1),
        *rest,
        (".", ".", "PUNCT", "punct", 1),
    ]


ARNOR = ("Arnor", "Arnor", "PROPN")
GONDOR_OBJ = ("Gondor", "Gondor", "PROPN", "dobj", 1)


def test_meeting_a_goal_satisfies_it_and_meets_no_party(coder: Coder) -> None:
    goal = _svo(
        ARNOR,
        ("met", "meet"),
        ("its", "its", "PRON", "poss", 3),
        ("aspirations", "aspiration", "NOUN", "dobj", 1),
    )
    assert "CONSULT" not in _types(code(coder, goal, tags={1: "VBD", 3: "NNS"}))
    party = _svo(ARNOR, ("met", "meet"), GONDOR_OBJ)
    assert "CONSULT" in _types(code(coder, party, tags={1: "VBD", 2: "NNP"}))


def _visits(kind: tuple[str, ...], verb: tuple[str, str]) -> list[tuple]:
    """ "Arnor's [kind] visits to Gondor <verb>." """
    n = len(kind)
    rows = [("Arnor", "Arnor", "PROPN", "poss", 2 + n), ("'s", "'s", "PART", "case", 0)]
    rows += [(k, k, "NOUN", "compound", 2 + n) for k in kind]
    return [
        *rows,
        ("visits", "visit", "NOUN", "nsubj", 5 + n),
        ("to", "to", "ADP", "prep", 2 + n),
        ("Gondor", "Gondor", "PROPN", "pobj", 3 + n),
        (verb[0], verb[1], "VERB", "ROOT", 5 + n),
        (".", ".", "PUNCT", "punct", 5 + n),
    ]


def test_visits_for_care_or_counted_are_a_statistic(coder: Coder) -> None:
    def kinds(rows, n: int) -> list[str]:
        return _types(code(coder, rows, tags={2 + n: "NNS", 5 + n: "VBD"}))

    assert "CONSULT" in kinds(_visits((), ("ended", "end")), 0)
    assert "CONSULT" not in kinds(_visits(("hospital",), ("ended", "end")), 1)
    assert "CONSULT" not in kinds(_visits((), ("totaled", "total")), 0)


def _freed_from(place: tuple[str, str]) -> list[tuple]:
    """ "Arnor freed the prisoners from the <place>." """
    return _svo(
        ARNOR,
        ("freed", "free"),
        ("the", "the", "DET", "det", 3),
        ("prisoners", "prisoner", "NOUN", "dobj", 1),
        ("from", "from", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 6),
        (*place, "NOUN", "pobj", 4),
    )


def test_freeing_someone_from_a_wrecked_car_is_a_rescue(coder: Coder) -> None:
    tags = {1: "VBD", 3: "NNS", 6: "NN"}
    assert "RETREAT" in _types(code(coder, _freed_from(("prison", "prison")), tags=tags))
    assert "RETREAT" not in _types(code(coder, _freed_from(("car", "car")), tags=tags))


def test_yielding_the_right_of_way_is_a_traffic_rule(coder: Coder) -> None:
    road = _svo(
        ARNOR,
        ("yielded", "yield"),
        ("the", "the", "DET", "det", 3),
        ("right", "right", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("way", "way", "NOUN", "pobj", 4),
    )
    assert "CONCEDE" not in _types(code(coder, road, tags={1: "VBD"}))
    land = _svo(
        ARNOR,
        ("yielded", "yield"),
        ("the", "the", "DET", "det", 3),
        ("right", "right", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Gondor", "Gondor", "PROPN", "pobj", 4),
    )
    assert "CONCEDE" in _types(code(coder, land, tags={1: "VBD"}))


def _thanked_for(*reason: tuple) -> list[tuple]:
    """ "Arnor thanked Gondor for <reason>." """
    return _svo(ARNOR, ("thanked", "thank"), GONDOR_OBJ, ("for", "for", "ADP", "prep", 1), *reason)


def test_thanks_for_attending_are_a_courtesy(coder: Coder) -> None:
    tags = {1: "VBD", 4: "VBG"}
    coming = _thanked_for(("attending", "attend", "VERB", "pcomp", 3))
    assert "SUPPORT" not in _types(code(coder, coming, tags=tags))
    backing = _thanked_for(("its", "its", "PRON", "poss", 5), ("help", "help", "NOUN", "pobj", 3))
    assert "SUPPORT" in _types(code(coder, backing, tags={1: "VBD"}))


def test_a_sides_attack_is_play_in_a_game(coder: Coder) -> None:
    # "Mordor's attack on Gondor faltered." / "Mordor's side's attack on Gondor faltered."
    tail = [
        ("on", "on", "ADP", "prep", 2),
        ("Gondor", "Gondor", "PROPN", "pobj", 3),
        ("faltered", "falter", "VERB", "ROOT", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    army = [
        ("Mordor", "Mordor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("attack", "attack", "NOUN", "nsubj", 5),
        *tail,
    ]
    assert "ASSAULT" in _types(code(coder, army, tags={5: "VBD"}))
    shift = [(w, lemma, pos, dep, head + 2) for w, lemma, pos, dep, head in tail]
    side = [
        ("Mordor", "Mordor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("side", "side", "NOUN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("attack", "attack", "NOUN", "nsubj", 7),
        *shift,
    ]
    assert "ASSAULT" not in _types(code(coder, side, tags={7: "VBD"}))


def _smashed(doer: tuple[str, str]) -> list[tuple]:
    """ "<doer> smashed the door of Gondor's embassy." """
    return [
        (*doer, "NOUN", "nsubj", 1),
        ("smashed", "smash", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("door", "door", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("Gondor", "Gondor", "PROPN", "poss", 7),
        ("'s", "'s", "PART", "case", 5),
        ("embassy", "embassy", "NOUN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_burglars_smashing_a_door_break_in_and_stage_no_riot(coder: Coder) -> None:
    tags = {0: "NNS", 1: "VBD"}
    assert "PROTEST" in _types(code(coder, _smashed(("Protesters", "protester")), tags=tags))
    assert "PROTEST" not in _types(code(coder, _smashed(("Burglars", "burglar")), tags=tags))


def test_speaking_with_one_voice_consults_no_one(coder: Coder) -> None:
    def spoke(obj: tuple) -> list[tuple]:
        return [
            ("Arnor", "Arnor", "PROPN", "nsubj", 1),
            ("spoke", "speak", "VERB", "ROOT", 1),
            ("with", "with", "ADP", "prep", 1),
            *obj,
            (".", ".", "PUNCT", "punct", 1),
        ]

    tags = {1: "VBD"}
    voice = spoke((("one", "one", "NUM", "nummod", 4), ("voice", "voice", "NOUN", "pobj", 2)))
    assert "CONSULT" not in _types(code(coder, voice, tags=tags))
    assert "CONSULT" in _types(
        code(coder, spoke((("Gondor", "Gondor", "PROPN", "pobj", 2),)), tags=tags)
    )


def _gave_up(obj: tuple[str, str]) -> list[tuple]:
    """ "Arnor gave up its <obj>." """
    return _svo(
        ARNOR,
        ("gave", "give"),
        ("up", "up", "ADP", "prt", 1),
        ("its", "its", "PRON", "poss", 4),
        (*obj, "NOUN", "dobj", 1),
    )


def test_giving_up_ones_daughters_is_a_family_matter(coder: Coder) -> None:
    tags = {1: "VBD", 4: "NNS"}
    assert "CONCEDE" in _types(code(coder, _gave_up(("claims", "claim")), tags=tags))
    assert "CONCEDE" not in _types(code(coder, _gave_up(("daughters", "daughter")), tags=tags))


def _arrived(subject: list[tuple]) -> list[tuple]:
    """ "<subject> arrived in Gondor." (the verb right after the subject)"""
    n = len(subject)
    return [
        *subject,
        ("arrived", "arrive", "VERB", "ROOT", n),
        ("in", "in", "ADP", "prep", n),
        ("Gondor", "Gondor", "PROPN", "pobj", n + 1),
        (".", ".", "PUNCT", "punct", n),
    ]


def test_a_family_arriving_migrates_and_visits_no_one(coder: Coder) -> None:
    state = _arrived([("Arnor", "Arnor", "PROPN", "nsubj", 1)])
    assert "CONSULT" in _types(code(coder, state, tags={1: "VBD"}))
    family = _arrived([("The", "the", "DET", "det", 1), ("family", "family", "NOUN", "nsubj", 2)])
    assert "CONSULT" not in _types(code(coder, family, tags={2: "VBD"}))


def test_private_people_meeting_consult_no_party(coder: Coder) -> None:
    # "The Gondorian friends met." / "Arnor and Gondor met."
    friends = [
        ("The", "the", "DET", "det", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("friends", "friend", "NOUN", "nsubj", 3),
        ("met", "meet", "VERB", "ROOT", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    assert "CONSULT" not in _types(code(coder, friends, tags={1: "JJ", 2: "NNS", 3: "VBD"}))
    states = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 3),
        ("and", "and", "CCONJ", "cc", 0),
        ("Gondor", "Gondor", "PROPN", "conj", 0),
        ("met", "meet", "VERB", "ROOT", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    assert "CONSULT" in _types(code(coder, states, tags={3: "VBD"}))


def _blamed_on(cause: tuple) -> list[tuple]:
    """ "Arnor blamed the fires on <cause>." """
    return _svo(
        ARNOR,
        ("blamed", "blame"),
        ("the", "the", "DET", "det", 3),
        ("fires", "fire", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 1),
        (*cause, "pobj", 4),
    )


def test_a_cause_blamed_for_a_mishap_accuses_no_party(coder: Coder) -> None:
    tags = {1: "VBD", 3: "NNS", 5: "NNS"}
    assert "ACCUSE" not in _types(code(coder, _blamed_on(("faults", "fault", "NOUN")), tags=tags))
    assert "ACCUSE" in _types(code(coder, _blamed_on(("Gondor", "Gondor", "PROPN")), tags=tags))


def test_investigating_a_meteorite_looks_into_no_wrongdoing(coder: Coder) -> None:
    rock = _svo(
        ARNOR,
        ("investigated", "investigate"),
        ("the", "the", "DET", "det", 3),
        ("meteorite", "meteorite", "NOUN", "dobj", 1),
    )
    assert "ACCUSE" not in _types(code(coder, rock, tags={1: "VBD"}))
    party = _svo(ARNOR, ("investigated", "investigate"), GONDOR_OBJ)
    assert "ACCUSE" in _types(code(coder, party, tags={1: "VBD"}))


def test_one_person_smashing_a_window_or_a_thing_breaking_is_no_riot(coder: Coder) -> None:
    tags = {0: "NNS", 1: "VBD"}
    # "The man smashed the door of Gondor's embassy." / "It smashed ...": one doer, or a thing
    assert "PROTEST" not in _types(code(coder, _smashed(("man", "man")), tags={0: "NN", 1: "VBD"}))
    it = [("It", "it", "PRON", "nsubj", 1), *_smashed(("x", "x"))[1:]]
    assert "PROTEST" not in _types(code(coder, it, tags={0: "PRP", 1: "VBD"}))
    assert "PROTEST" in _types(code(coder, _smashed(("Protesters", "protester")), tags=tags))


def test_meeting_ones_baby_is_family_life(coder: Coder) -> None:
    baby = _svo(
        ARNOR,
        ("met", "meet"),
        ("its", "its", "PRON", "poss", 3),
        ("baby", "baby", "NOUN", "dobj", 1),
    )
    assert "CONSULT" not in _types(code(coder, baby, tags={1: "VBD"}))
    assert "CONSULT" in _types(
        code(coder, _svo(ARNOR, ("met", "meet"), GONDOR_OBJ), tags={1: "VBD"})
    )


def _agreed_with(*partner: tuple) -> list[tuple]:
    """ "Arnor agreed with <partner>." """
    return _svo(ARNOR, ("agreed", "agree"), ("with", "with", "ADP", "prep", 1), *partner)


def test_agreeing_with_a_need_shares_a_view(coder: Coder) -> None:
    need = _agreed_with(("the", "the", "DET", "det", 4), ("need", "need", "NOUN", "pobj", 2))
    assert "AGREE" not in _types(code(coder, need, tags={1: "VBD"}))
    party = _agreed_with(("Gondor", "Gondor", "PROPN", "pobj", 2))
    assert "AGREE" in _types(code(coder, party, tags={1: "VBD"}))


def _moved_back(subject: tuple) -> list[tuple]:
    """ "<subject> moved back from Osgiliath." """
    return [
        (*subject, "nsubj", 1),
        ("moved", "move", "VERB", "ROOT", 1),
        ("back", "back", "ADV", "prt", 1),
        ("from", "from", "ADP", "prep", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_person_moving_back_relocates_and_forces_pull_back(coder: Coder) -> None:
    kinds = _types(code(coder, _moved_back(("Arnor", "Arnor", "PROPN")), tags={1: "VBD"}))
    assert "RETREAT" in kinds or "CONCEDE" in kinds
    man = _moved_back(("man", "man", "NOUN"))
    kinds = _types(code(coder, man, tags={0: "NN", 1: "VBD"}))
    assert "RETREAT" not in kinds and "CONCEDE" not in kinds
    person = _moved_back(("Aragorn", "Aragorn", "PROPN"))
    kinds = _types(code(coder, person, tags={1: "VBD"}, ents=((0, 1, "PERSON"),)))
    assert "RETREAT" not in kinds and "CONCEDE" not in kinds


def test_investigating_incentives_weighs_options(coder: Coder) -> None:
    offers = _svo(
        ARNOR, ("investigated", "investigate"), ("incentives", "incentive", "NOUN", "dobj", 1)
    )
    assert "ACCUSE" not in _types(code(coder, offers, tags={1: "VBD", 2: "NNS"}))


def test_influence_amassed_mobilises_no_one(coder: Coder) -> None:
    def amassed(obj: tuple[str, str]) -> list[tuple]:
        return _svo(ARNOR, ("amassed", "amass"), (*obj, "NOUN", "dobj", 1))

    assert "MOBILIZE" in _types(
        code(coder, amassed(("troops", "troop")), tags={1: "VBD", 2: "NNS"})
    )
    assert "MOBILIZE" not in _types(
        code(coder, amassed(("influence", "influence")), tags={1: "VBD"})
    )


def test_recognising_a_profile_identifies_someone(coder: Coder) -> None:
    def recognised(*obj: tuple) -> list[tuple]:
        return _svo(ARNOR, ("recognized", "recognize"), *obj)

    assert "SUPPORT" in _types(code(coder, recognised(GONDOR_OBJ), tags={1: "VBD"}))
    profile = recognised(
        ("Gondor", "Gondor", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("profile", "profile", "NOUN", "dobj", 1),
    )
    assert "SUPPORT" not in _types(code(coder, profile, tags={1: "VBD"}))


def test_a_victim_who_cannot_walk_or_talk_consults_no_one(coder: Coder) -> None:
    # "Arnor cannot walk or talk." / "Arnor cannot walk or talk with Gondor."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 3),
        ("can", "can", "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3),
        ("walk", "walk", "VERB", "ROOT", 3),
        ("or", "or", "CCONJ", "cc", 3),
        ("talk", "talk", "VERB", "conj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    assert "CONSULT" not in _types(code(coder, rows, tags={1: "MD", 3: "VB", 5: "VB"}))
    partner = [
        *rows[:6],
        ("with", "with", "ADP", "prep", 5),
        ("Gondor", "Gondor", "PROPN", "pobj", 6),
        rows[6],
    ]
    assert "CONSULT" in _types(code(coder, partner, tags={1: "MD", 3: "VB", 5: "VB"}))


def test_one_person_clashing_with_another_quarrels(coder: Coder) -> None:
    # "Aragorn clashed with Denethor." / "Arnor clashed with Gondor."
    def clashed(doer: tuple, partner: tuple) -> list[tuple]:
        return [
            (*doer, "nsubj", 1),
            ("clashed", "clash", "VERB", "ROOT", 1),
            ("with", "with", "ADP", "prep", 1),
            (*partner, "pobj", 2),
            (".", ".", "PUNCT", "punct", 1),
        ]

    people = clashed(("Aragorn", "Aragorn", "PROPN"), ("Denethor", "Denethor", "PROPN"))
    events = code(coder, people, tags={1: "VBD"}, ents=((0, 1, "PERSON"), (3, 4, "PERSON")))
    assert "ASSAULT" not in _types(events)
    states = clashed(("Arnor", "Arnor", "PROPN"), ("Gondor", "Gondor", "PROPN"))
    assert "ASSAULT" in _types(code(coder, states, tags={1: "VBD"}))


def test_money_offered_to_employees_is_pay(coder: Coder) -> None:
    def offered(*to: tuple) -> list[tuple]:
        return _svo(ARNOR, ("offered", "offer"), *to, ("money", "money", "NOUN", "dobj", 1))

    workers = offered(("employees", "employee", "NOUN", "dative", 1))
    assert not {"AGREE", "AID"} & set(_types(code(coder, workers, tags={1: "VBD", 2: "NNS"})))
    state = offered(("Gondor", "Gondor", "PROPN", "dative", 1))
    assert {"AGREE", "AID"} & set(_types(code(coder, state, tags={1: "VBD"})))


def test_a_party_called_it_that_boycotts_is_no_thing_breaking(coder: Coder) -> None:
    # "Arnor said it would boycott Gondor.": "it" is Arnor; only a riot's "it" is a thing.
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("it", "it", "PRON", "nsubj", 4),
        ("would", "would", "AUX", "aux", 4),
        ("boycott", "boycott", "VERB", "ccomp", 1),
        ("Gondor", "Gondor", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    events = code(coder, rows, tags={0: "NNP", 1: "VBD", 2: "PRP", 3: "MD", 4: "VB"})
    assert [e.trigger.text for e in events] == ["boycott"]


def test_meeting_a_friend_is_a_private_meeting(coder: Coder) -> None:
    def met(partner: tuple) -> list[tuple]:
        return [
            ("Arnor", "Arnor", "PROPN", "nsubj", 1),
            ("met", "meet", "VERB", "ROOT", 1),
            ("with", "with", "ADP", "prep", 1),
            (*partner, "pobj", 2),
            (".", ".", "PUNCT", "punct", 1),
        ]

    assert "CONSULT" not in _types(code(coder, met(("friend", "friend", "NOUN")), tags={1: "VBD"}))
    assert "CONSULT" in _types(code(coder, met(("Gondor", "Gondor", "PROPN")), tags={1: "VBD"}))


def test_a_plea_to_ones_father_is_family_life(coder: Coder) -> None:
    def begged(*asked: tuple) -> list[tuple]:
        """ "Arnor begged <asked> not to stay." (the asked noun ends at token 3)"""
        n = 2 + len(asked)
        return [
            ("Arnor", "Arnor", "PROPN", "nsubj", 1),
            ("begged", "beg", "VERB", "ROOT", 1),
            *asked,
            ("not", "not", "PART", "neg", n + 2),
            ("to", "to", "PART", "aux", n + 2),
            ("stay", "stay", "VERB", "xcomp", 1),
            (".", ".", "PUNCT", "punct", 1),
        ]

    father = begged(("its", "its", "PRON", "poss", 3), ("father", "father", "NOUN", "dobj", 1))
    assert "REQUEST" not in _types(code(coder, father, tags={1: "VBD", 6: "VB"}))
    assert "REQUEST" in _types(code(coder, begged(GONDOR_OBJ), tags={1: "VBD", 5: "VB"}))


def test_stopping_a_fire_halts_no_fighting_but_stopping_the_fighting_does(coder: Coder) -> None:
    def stopped(*obj: tuple) -> list[tuple]:
        return _svo(ARNOR, ("stopped", "stop"), *obj)

    fire = stopped(("the", "the", "DET", "det", 3), ("fire", "fire", "NOUN", "dobj", 1))
    assert not {"RETREAT", "CONCEDE"} & set(_types(code(coder, fire, tags={1: "VBD"})))
    fighting = stopped(("the", "the", "DET", "det", 3), ("fighting", "fighting", "NOUN", "dobj", 1))
    assert {"RETREAT", "CONCEDE"} & set(_types(code(coder, fighting, tags={1: "VBD"})))


def test_backing_a_racing_team_is_sponsorship(coder: Coder) -> None:
    def backed(*obj: tuple) -> list[tuple]:
        return _svo(ARNOR, ("backed", "back"), *obj)

    team = backed(
        ("the", "the", "DET", "det", 4),
        ("racing", "racing", "NOUN", "compound", 4),
        ("team", "team", "NOUN", "dobj", 1),
    )
    assert "SUPPORT" not in _types(code(coder, team, tags={1: "VBD"}))
    assert "SUPPORT" in _types(code(coder, backed(GONDOR_OBJ), tags={1: "VBD"}))


def test_complaining_about_ones_own_struggles_accuses_no_one(coder: Coder) -> None:
    def complained(*topic: tuple) -> list[tuple]:
        return _svo(ARNOR, ("complained", "complain"), ("about", "about", "ADP", "prep", 1), *topic)

    own = complained(
        ("its", "its", "PRON", "poss", 4), ("struggles", "struggle", "NOUN", "pobj", 2)
    )
    assert "ACCUSE" not in _types(code(coder, own, tags={1: "VBD", 3: "PRP$", 4: "NNS"}))
    party = complained(("Gondor", "Gondor", "PROPN", "pobj", 2))
    assert "ACCUSE" in _types(code(coder, party, tags={1: "VBD"}))


def test_an_animal_attacking_is_no_assault(coder: Coder) -> None:
    def attacked(attacker: tuple[str, str]) -> list[tuple]:
        """ "The Gondorian <attacker> attacked Arnor." """
        return [
            ("The", "the", "DET", "det", 2),
            ("Gondorian", "Gondorian", "ADJ", "amod", 2),
            (*attacker, "NOUN", "nsubj", 3),
            ("attacked", "attack", "VERB", "ROOT", 3),
            ("Arnor", "Arnor", "PROPN", "dobj", 3),
            (".", ".", "PUNCT", "punct", 3),
        ]

    tags = {1: "JJ", 2: "NNS", 3: "VBD"}
    assert "ASSAULT" not in _types(code(coder, attacked(("dogs", "dog")), tags=tags))
    assert "ASSAULT" in _types(code(coder, attacked(("soldiers", "soldier")), tags=tags))


def test_a_position_taken_in_the_singular_is_a_stance(coder: Coder) -> None:
    # "Arnor took the position." (a stance) / "Arnor took the positions." (forces placed)
    def took(word: str, tag: str) -> list[str]:
        rows = _svo(ARNOR, ("took", "take"), ("the", "the", "DET", "det", 3),
                    (word, "position", "NOUN", "dobj", 1))  # fmt: skip
        return _types(code(coder, rows, tags={1: "VBD", 3: tag}))

    assert took("positions", "NNS")
    assert not took("position", "NN")


def test_money_given_to_a_pension_scheme_is_deferred_pay(coder: Coder) -> None:
    # senses16: "Arnor gave the pension scheme money." / "Arnor gave Gondor money."
    scheme = _svo(ARNOR, ("gave", "give"), ("the", "the", "DET", "det", 4),
                  ("pension", "pension", "NOUN", "compound", 4),
                  ("scheme", "scheme", "NOUN", "dative", 1),
                  ("money", "money", "NOUN", "dobj", 1))  # fmt: skip
    assert not {"AGREE", "AID"} & set(_types(code(coder, scheme, tags={1: "VBD"})))
    state = _svo(ARNOR, ("gave", "give"), ("Gondor", "Gondor", "PROPN", "dative", 1),
                 ("money", "money", "NOUN", "dobj", 1))  # fmt: skip
    assert {"AGREE", "AID"} & set(_types(code(coder, state, tags={1: "VBD"})))
