"""Courts, lawsuits, markets, races and livestock: senses with no political act (made-up
world, hand-built parses). Each test is a minimal pair: the same clause acting on a party codes
the event."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _types(events) -> list[str]:
    return [e.event_type for e in events]


def _allowed(subject: list[tuple], allowed: tuple[str, str, str]) -> list[tuple]:
    """ "<subject, 3 tokens> allowed the <allowed> to decide." """
    return [
        *subject,
        ("allowed", "allow", "VERB", "ROOT", 3),
        ("the", "the", "DET", "det", 5),
        (*allowed, "nsubj", 7),
        ("to", "to", "PART", "aux", 7),
        ("decide", "decide", "VERB", "ccomp", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]


JUDGE = [
    ("The", "the", "DET", "det", 1),
    ("judge", "judge", "NOUN", "nsubj", 3),
    ("Gondorian", "Gondorian", "ADJ", "amod", 1),
]


def test_a_judge_letting_the_jury_act_rules_on_a_trial_no_concession(coder: Coder) -> None:
    tags = {3: "VBD", 7: "VB"}
    jury = code(coder, _allowed(JUDGE, ("jury", "jury", "NOUN")), tags=tags)
    assert "CONCEDE" not in _types(jury)
    king = [("The", "the", "DET", "det", 1), ("king", "king", "NOUN", "nsubj", 3),
            ("Gondorian", "Gondorian", "ADJ", "amod", 1)]  # fmt: skip
    assert "CONCEDE" in _types(code(coder, _allowed(king, ("jury", "jury", "NOUN")), tags=tags))
    orcs = code(coder, _allowed(JUDGE, ("Orcs", "Orcs", "PROPN")), tags={**tags, 5: "NNPS"})
    assert "CONCEDE" in _types(orcs)


def _denied(*rest: tuple) -> list[tuple]:
    """ "Gondor denied <rest>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("denied", "deny", "VERB", "ROOT", 1),
        *rest,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_denying_an_offence_or_a_rumour_rejects_no_party(coder: Coder) -> None:
    offence = _denied(
        ("assisting", "assist", "VERB", "xcomp", 1), ("offences", "offence", "NOUN", "dobj", 2)
    )
    assert "REJECT" not in _types(code(coder, offence, tags={1: "VBD", 2: "VBG", 3: "NNS"}))
    rumour = _denied(("speculation", "speculation", "NOUN", "dobj", 1))
    assert "REJECT" not in _types(code(coder, rumour, tags={1: "VBD", 2: "NN"}))
    party = _denied(("Mordor", "Mordor", "PROPN", "dobj", 1))
    assert "REJECT" in _types(code(coder, party, tags={1: "VBD", 2: "NNP"}))
    # verbs12: "Gondor denied arming Mordor" denies a deed it is charged with: CAMEO 016 "deny
    # responsibility", a statement, no rejection (the brief of session 12: denials are 016)
    deed = _denied(("arming", "arm", "VERB", "xcomp", 1), ("Mordor", "Mordor", "PROPN", "dobj", 2))
    assert "REJECT" not in _types(code(coder, deed, tags={1: "VBD", 2: "VBG", 3: "NNP"}))


def _settle(thing: str) -> list[tuple]:
    """ "Gondor agreed to settle the <thing> with Arnor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("agreed", "agree", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("settle", "settle", "VERB", "xcomp", 1),
        ("the", "the", "DET", "det", 5),
        (thing, thing, "NOUN", "dobj", 3),
        ("with", "with", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_lawsuit_settled_is_a_civil_settlement_not_an_agreement(coder: Coder) -> None:
    tags = {1: "VBD", 3: "VB", 5: "NN"}
    assert "AGREE" not in _types(code(coder, _settle("lawsuit"), tags=tags))
    assert "AGREE" in _types(code(coder, _settle("dispute"), tags=tags))


def _targeted(*rest: tuple) -> list[tuple]:
    """ "Gondor targeted <rest>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("targeted", "target", "VERB", "ROOT", 1),
        *rest,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_message_aimed_at_an_audience_is_marketing_no_attack(coder: Coder) -> None:
    audience = _targeted(
        ("its", "its", "PRON", "poss", 3),
        ("broadcasts", "broadcast", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("an", "an", "DET", "det", 7),
        ("Orcish", "Orcish", "ADJ", "amod", 7),
        ("audience", "audience", "NOUN", "pobj", 4),
    )
    assert "ASSAULT" not in _types(code(coder, audience, tags={1: "VBD", 3: "NNS", 7: "NN"}))
    party = _targeted(("Mordor", "Mordor", "PROPN", "dobj", 1))
    assert "ASSAULT" in _types(code(coder, party, tags={1: "VBD", 2: "NNP"}))


def _rally(word: str) -> list[tuple]:
    """ "Orcs marched to the Udun <word>." """
    return [
        ("Orcs", "Orcs", "PROPN", "nsubj", 1),
        ("joined", "join", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 4),
        ("Udun", "Udun", "PROPN", "compound", 4),
        (word, "rally", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_rally_named_after_a_place_is_a_race_no_protest(coder: Coder) -> None:
    tags = {0: "NNPS", 1: "VBD", 3: "NNP"}
    assert "PROTEST" not in _types(code(coder, _rally("Rally"), tags={**tags, 4: "NNP"}))
    assert "PROTEST" in _types(code(coder, _rally("rally"), tags={**tags, 4: "NN"}))


def _restricted(kind: tuple[str, str, str]) -> list[tuple]:
    """ "Gondor restricted the movement of <kind>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("restricted", "restrict", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("movement", "movement", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        (*kind, "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_restricting_the_movement_of_animals_is_an_animal_health_measure(coder: Coder) -> None:
    tags = {1: "VBD", 3: "NN"}
    cattle = code(coder, _restricted(("cattle", "cattle", "NOUN")), tags={**tags, 5: "NNS"})
    assert "ASSAULT" not in _types(cattle) and "COERCE" not in _types(cattle)
    orcs = code(coder, _restricted(("Orcs", "Orcs", "PROPN")), tags={**tags, 5: "NNPS"})
    assert {"ASSAULT", "COERCE"} & set(_types(orcs))


def test_a_clause_that_allows_is_an_act_making_possible_no_concession(coder: Coder) -> None:
    # "Opening the road allowed Orcs to leave." / "Gondor allowed Orcs to leave."
    tail = [
        ("allowed", "allow", "VERB", "ROOT", 3),
        ("Orcs", "Orcs", "PROPN", "nsubj", 6),
        ("to", "to", "PART", "aux", 6),
        ("leave", "leave", "VERB", "ccomp", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    act = [
        ("Opening", "open", "VERB", "csubj", 3),
        ("the", "the", "DET", "det", 2),
        ("road", "road", "NOUN", "dobj", 0),
        *tail,
    ]
    tags = {3: "VBD", 4: "NNPS", 6: "VB"}
    assert "CONCEDE" not in _types(code(coder, act, tags={**tags, 0: "VBG", 2: "NN"}))
    party = [("Gondor", "Gondor", "PROPN", "nsubj", 1)]
    party += [(t, lemma, pos, dep, head - 2) for t, lemma, pos, dep, head in tail]
    shifted = {k - 2: v for k, v in tags.items()}
    assert "CONCEDE" in _types(code(coder, party, tags=shifted))


def test_a_place_locked_down_is_shut_and_no_one_is_arrested(coder: Coder) -> None:
    # "Gondor locked down Osgiliath." / "Gondor locked up the Orcs."
    def locked(particle: str, thing: tuple[str, str, str]) -> list[tuple]:
        return [
            ("Gondor", "Gondor", "PROPN", "nsubj", 1),
            ("locked", "lock", "VERB", "ROOT", 1),
            (particle, particle, "ADP", "prt", 1),
            (*thing, "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ]

    tags = {1: "VBD", 2: "RP", 3: "NNPS"}
    assert "COERCE" not in _types(code(coder, locked("down", ("Orcs", "Orcs", "PROPN")), tags=tags))
    assert "COERCE" in _types(code(coder, locked("up", ("Orcs", "Orcs", "PROPN")), tags=tags))


def _shutdown(subject: list[tuple]) -> list[tuple]:
    """ "<subject, 2 tokens> began a shutdown of Osgiliath." """
    return [
        *subject,
        ("began", "begin", "VERB", "ROOT", 2),
        ("a", "a", "DET", "det", 4),
        ("shutdown", "shutdown", "NOUN", "dobj", 2),
        ("of", "of", "ADP", "prep", 4),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_shutdown_by_the_state_is_a_closure_no_strike(coder: Coder) -> None:
    tags = {2: "VBD", 4: "NN", 6: "NNP"}
    state = [("Gondor", "Gondor", "PROPN", "compound", 1),
             ("government", "government", "NOUN", "nsubj", 2)]  # fmt: skip
    assert "PROTEST" not in _types(code(coder, _shutdown(state), tags=tags))
    rebels = [("Orcish", "Orcish", "ADJ", "amod", 1), ("rebels", "rebel", "NOUN", "nsubj", 2)]
    assert "PROTEST" in _types(code(coder, _shutdown(rebels), tags={**tags, 1: "NNS"}))


def _seek(thing: str) -> list[tuple]:
    """ "The king of Gondor will seek <thing>." """
    return [
        ("The", "the", "DET", "det", 1),
        ("king", "king", "NOUN", "nsubj", 5),
        ("of", "of", "ADP", "prep", 1),
        ("Gondor", "Gondor", "PROPN", "pobj", 2),
        ("will", "will", "AUX", "aux", 5),
        ("seek", "seek", "VERB", "ROOT", 5),
        (thing, thing, "NOUN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]


def test_seeking_an_office_is_a_candidacy_no_appeal(coder: Coder) -> None:
    tags = {5: "VB", 6: "NN"}
    assert "REQUEST" not in _types(code(coder, _seek("reelection"), tags=tags))
    assert "REQUEST" in _types(code(coder, _seek("help"), tags=tags))


def _sat_with(partner: tuple[str, str, str]) -> list[tuple]:
    """ "The king of Gondor sat with <partner>." """
    return [
        ("The", "the", "DET", "det", 1),
        ("king", "king", "NOUN", "nsubj", 4),
        ("of", "of", "ADP", "prep", 1),
        ("Gondor", "Gondor", "PROPN", "pobj", 2),
        ("sat", "sit", "VERB", "ROOT", 4),
        ("with", "with", "ADP", "prep", 4),
        (*partner, "pobj", 5),
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_sitting_with_ones_face_in_ones_hands_is_a_posture(coder: Coder) -> None:
    assert "CONSULT" not in _types(
        code(coder, _sat_with(("face", "face", "NOUN")), tags={4: "VBD", 6: "NN"})
    )
    assert "CONSULT" in _types(
        code(coder, _sat_with(("Orcs", "Orcs", "PROPN")), tags={4: "VBD", 6: "NNPS"})
    )


def test_a_car_backing_out_is_a_vehicle_moving_no_retreat(coder: Coder) -> None:
    # "The Gondorian car backed out of the deal." / "The Gondorian king backed out of the deal."
    def backed(noun: str) -> list[tuple]:
        return [
            ("The", "the", "DET", "det", 2),
            ("Gondorian", "Gondorian", "ADJ", "amod", 2),
            (noun, noun, "NOUN", "nsubj", 3),
            ("backed", "back", "VERB", "ROOT", 3),
            ("out", "out", "ADP", "prt", 3),
            ("of", "of", "ADP", "prep", 3),
            ("the", "the", "DET", "det", 7),
            ("deal", "deal", "NOUN", "pobj", 5),
            (".", ".", "PUNCT", "punct", 3),
        ]

    tags = {2: "NN", 3: "VBD", 4: "RP", 7: "NN"}
    assert "REJECT" not in _types(code(coder, backed("car"), tags=tags))
    assert "REJECT" in _types(code(coder, backed("king"), tags=tags))
