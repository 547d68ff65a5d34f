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
