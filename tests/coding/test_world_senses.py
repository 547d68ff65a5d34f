"""Trade figures, labour deals, sports occasions, surveillance, one's own stake, approaches and
cries for help: senses with no political act (made-up world, hand-built parses). Each test is a
minimal pair: the same clause acting on a party codes the event."""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code


def _types(events) -> list[str]:
    return [e.event_type for e in events]


def _exported(*goods: tuple) -> list[tuple]:
    """ "Gondor exported <goods, headed by token 2> to Arnor." """
    n = 2 + len(goods)
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("exported", "export", "VERB", "ROOT", 1),
        *goods,
        ("to", "to", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", n),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_quantity_of_goods_exported_is_a_trade_figure(coder: Coder) -> None:
    grain = _exported(("grain", "grain", "NOUN", "dobj", 1))
    assert "COOPERATE" in _types(code(coder, grain, tags={1: "VBD"}))
    tonnes = _exported(
        ("3", "3", "NUM", "nummod", 3), ("tonnes", "tonne", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3), ("grain", "grain", "NOUN", "pobj", 4),
    )  # fmt: skip
    assert "COOPERATE" not in _types(code(coder, tonnes, tags={1: "VBD"}))
    worth = _exported(("grain", "grain", "NOUN", "dobj", 1))
    money = code(coder, worth[:3] + [("worth", "worth", "ADJ", "amod", 2),
                                     ("gold", "gold", "NOUN", "npadvmod", 3)]
                 + [(w, lemma, pos, dep, head + 2 if head > 2 else head)
                    for w, lemma, pos, dep, head in worth[3:]],
                 tags={1: "VBD"}, ents=((4, 5, "MONEY"),))  # fmt: skip
    assert "COOPERATE" not in _types(money)


def _agreed(subject: tuple, deal: str) -> list[tuple]:
    """ "<subject> agreed a <deal> deal with the union." """
    return [
        subject,
        ("agreed", "agree", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 4),
        (deal, deal, "NOUN", "compound", 4),
        ("deal", "deal", "NOUN", "dobj", 1),
        ("with", "with", "ADP", "prep", 4),
        ("the", "the", "DET", "det", 7),
        ("union", "union", "NOUN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_an_employers_deal_on_pensions_is_a_labour_contract(coder: Coder) -> None:
    tags = {1: "VBD"}
    council = ("WCW", "WCW", "PROPN", "nsubj", 1)
    org = ((0, 1, "ORG"),)
    assert "AGREE" not in _types(code(coder, _agreed(council, "pension"), tags=tags, ents=org))
    assert "AGREE" in _types(code(coder, _agreed(council, "peace"), tags=tags, ents=org))
    firemen = ("firemen", "fireman", "NOUN", "nsubj", 1)  # public employees, no company
    assert "AGREE" in _types(code(coder, _agreed(firemen, "pension"), tags={**tags, 0: "NNS"}))
    gondor = ("Gondor", "Gondor", "PROPN", "nsubj", 1)
    state = code(coder, _agreed(gondor, "pension"), tags=tags, ents=((0, 1, "GPE"),))
    assert "AGREE" in _types(state)
    rise = [("WCW", "WCW", "PROPN", "nsubj", 1), ("agreed", "agree", "VERB", "ROOT", 1),
            ("to", "to", "ADP", "prep", 1), ("a", "a", "DET", "det", 5),
            ("pay", "pay", "NOUN", "compound", 5), ("rise", "rise", "NOUN", "pobj", 2),
            (".", ".", "PUNCT", "punct", 1)]  # fmt: skip
    assert "AGREE" not in _types(code(coder, rise, tags=tags, ents=org))
    truce = [*rise[:3], ("a", "a", "DET", "det", 4), ("truce", "truce", "NOUN", "pobj", 2),
             (".", ".", "PUNCT", "punct", 1)]  # fmt: skip
    assert "AGREE" in _types(code(coder, truce, tags=tags, ents=org))


def _attended(*occasion: tuple) -> list[tuple]:
    """ "Denethor attended <occasion, headed by token 3>." """
    return [
        ("Denethor", "Denethor", "PROPN", "nsubj", 1),
        ("attended", "attend", "VERB", "ROOT", 1),
        *occasion,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_attending_a_sports_occasion_meets_no_party(coder: Coder) -> None:
    tags = {1: "VBD"}
    match = _attended(
        ("a", "a", "DET", "det", 4), ("training", "training", "NOUN", "compound", 4),
        ("session", "session", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 4),
        ("the", "the", "DET", "det", 8), ("national", "national", "ADJ", "amod", 8),
        ("team", "team", "NOUN", "pobj", 5),
    )  # fmt: skip
    assert "CONSULT" not in _types(code(coder, match, tags=tags))
    council = _attended(
        ("a", "a", "DET", "det", 4), ("secret", "secret", "ADJ", "amod", 4),
        ("session", "session", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 4),
        ("the", "the", "DET", "det", 8), ("White", "White", "PROPN", "compound", 8),
        ("Council", "Council", "PROPN", "pobj", 5),
    )  # fmt: skip
    assert "CONSULT" in _types(code(coder, council, tags=tags))


def test_a_summit_on_the_sidelines_of_a_sports_occasion_is_a_meeting(coder: Coder) -> None:
    # "Denethor attended a summit on the sidelines of the national team's match."
    sidelines = _attended(
        ("a", "a", "DET", "det", 3), ("summit", "summit", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 3), ("the", "the", "DET", "det", 6),
        ("sidelines", "sideline", "NOUN", "pobj", 4), ("of", "of", "ADP", "prep", 6),
        ("the", "the", "DET", "det", 10), ("national", "national", "ADJ", "amod", 10),
        ("team", "team", "NOUN", "poss", 11), ("'s", "'s", "PART", "case", 10),
        ("match", "match", "NOUN", "pobj", 7),
    )  # fmt: skip
    assert "CONSULT" in _types(code(coder, sidelines, tags={1: "VBD"}))


def _flights(kind: str) -> list[tuple]:
    """ "Gondor carried out <kind> flights targeting Orcish positions." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("carried", "carry", "VERB", "ROOT", 1),
        ("out", "out", "ADP", "prt", 1),
        (kind, kind, "NOUN", "compound", 4),
        ("flights", "flight", "NOUN", "dobj", 1),
        ("targeting", "target", "VERB", "acl", 4),
        ("Orcish", "Orcish", "ADJ", "amod", 7),
        ("positions", "position", "NOUN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_surveillance_flights_targeting_positions_use_no_force(coder: Coder) -> None:
    tags = {1: "VBD", 5: "VBG", 7: "NNS"}
    assert "ASSAULT" not in _types(code(coder, _flights("surveillance"), tags=tags))
    assert "ASSAULT" in _types(code(coder, _flights("bombing"), tags=tags))


def _defended(*defended: tuple) -> list[tuple]:
    """ "Gondor defended <defended>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("defended", "defend", "VERB", "ROOT", 1),
        *defended,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_defending_its_own_rights_backs_no_party(coder: Coder) -> None:
    tags = {1: "VBD", 2: "PRP$"}
    rights = _defended(("its", "its", "PRON", "poss", 3), ("rights", "right", "NOUN", "dobj", 1))
    assert "SUPPORT" not in _types(code(coder, rights, tags=tags))
    arnor = _defended(("Arnor", "Arnor", "PROPN", "dobj", 1))
    assert "SUPPORT" in _types(code(coder, arnor, tags={1: "VBD"}))
    its_king = _defended(("its", "its", "PRON", "poss", 3), ("king", "king", "NOUN", "dobj", 1))
    assert "SUPPORT" in _types(code(coder, its_king, tags=tags))


def test_flying_to_within_reach_of_a_coast_visits_no_one(coder: Coder) -> None:
    tags = {2: "VBD"}
    head = [("Orcish", "Orcish", "ADJ", "amod", 1), ("envoys", "envoy", "NOUN", "nsubj", 2),
            ("flew", "fly", "VERB", "ROOT", 2), ("to", "to", "ADP", "prep", 2)]  # fmt: skip
    near = [
        *head, ("within", "within", "ADP", "prep", 2), ("100", "100", "NUM", "nummod", 6),
        ("miles", "mile", "NOUN", "pobj", 4), ("of", "of", "ADP", "prep", 6),
        ("Gondor", "Gondor", "PROPN", "pobj", 7), (".", ".", "PUNCT", "punct", 2),
    ]  # fmt: skip
    assert "CONSULT" not in _types(code(coder, near, tags=tags))
    arrived = [*head[:3], ("to", "to", "ADP", "prep", 2), ("Gondor", "Gondor", "PROPN", "pobj", 3),
               (".", ".", "PUNCT", "punct", 2)]  # fmt: skip
    assert "CONSULT" in _types(code(coder, arrived, tags=tags))


def _called(subject: list[tuple]) -> list[tuple]:
    """ "<subject, two tokens> called for help." """
    return [
        *subject,
        ("called", "call", "VERB", "ROOT", 2),
        ("for", "for", "ADP", "prep", 2),
        ("help", "help", "NOUN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_victim_calling_for_help_appeals_to_no_party(coder: Coder) -> None:
    tags = {2: "VBD"}
    victim = [("Gondorian", "Gondorian", "ADJ", "amod", 1),
              ("victim", "victim", "NOUN", "nsubj", 2)]  # fmt: skip
    assert "REQUEST" not in _types(code(coder, _called(victim), tags=tags))
    king = [("Gondorian", "Gondorian", "ADJ", "amod", 1), ("king", "king", "NOUN", "nsubj", 2)]
    assert "REQUEST" in _types(code(coder, _called(king), tags=tags))


def _met_by(agent: tuple) -> list[tuple]:
    """ "The Gondorian envoys were met by <agent>." """
    return [
        ("The", "the", "DET", "det", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("envoys", "envoy", "NOUN", "nsubjpass", 4),
        ("were", "be", "AUX", "auxpass", 4),
        ("met", "meet", "VERB", "ROOT", 4),
        ("by", "by", "ADP", "agent", 4),
        agent,
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_being_met_by_gunmen_is_an_encounter_no_consultation(coder: Coder) -> None:
    tags = {4: "VBN"}
    gunmen = code(coder, _met_by(("gunmen", "gunman", "NOUN", "pobj", 5)), tags=tags)
    assert "CONSULT" not in _types(gunmen)
    aragorn = code(coder, _met_by(("Aragorn", "Aragorn", "PROPN", "pobj", 5)), tags=tags)
    assert "CONSULT" in _types(aragorn)


def _cordoned(*rest: tuple) -> list[tuple]:
    """ "Gondorian police cordoned off the house <rest>." """
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("cordoned", "cordone", "VERB", "ROOT", 2),
        ("off", "off", "ADP", "prt", 2),
        ("the", "the", "DET", "det", 5),
        ("village", "village", "NOUN", "dobj", 2),
        *rest,
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_scene_cordoned_off_to_investigate_is_no_blockade(coder: Coder) -> None:
    tags = {2: "VBD", 8: "VB"}
    search = _cordoned(
        ("to", "to", "PART", "aux", 8), ("investigate", "investigate", "VERB", "advcl", 2),
        ("the", "the", "DET", "det", 10), ("death", "death", "NOUN", "dobj", 8),
    )  # fmt: skip
    assert "COERCE" not in _types(code(coder, search, tags=tags))
    assert "COERCE" in _types(code(coder, _cordoned(), tags=tags))
    weapons = _cordoned(
        ("to", "to", "PART", "aux", 8), ("search", "search", "VERB", "advcl", 2),
        ("for", "for", "ADP", "prep", 8), ("weapons", "weapon", "NOUN", "pobj", 9),
    )  # fmt: skip
    assert "COERCE" in _types(code(coder, weapons, tags=tags))


def _reduced(*funded: tuple) -> list[tuple]:
    """ "Gondor reduced funding for <funded, headed by token 5>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("reduced", "reduce", "VERB", "ROOT", 1),
        ("funding", "funding", "NOUN", "dobj", 1),
        ("for", "for", "ADP", "prep", 2),
        *funded,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_cutting_the_funds_of_ones_own_schools_is_a_budget_no_sanction(coder: Coder) -> None:
    tags = {1: "VBD"}
    schools = _reduced(("public", "public", "ADJ", "amod", 5),
                       ("schools", "school", "NOUN", "pobj", 3))  # fmt: skip
    assert "SANCTION" not in _types(code(coder, schools, tags=tags))
    arnor = _reduced(("Arnorian", "Arnorian", "ADJ", "amod", 5),
                     ("schools", "school", "NOUN", "pobj", 3))  # fmt: skip
    assert "SANCTION" in _types(code(coder, arnor, tags=tags, ents=((4, 5, "NORP"),)))


def _offered(subject: tuple) -> list[tuple]:
    """ "The Gondorian <subject> will offer help to Arnor." """
    return [
        ("The", "the", "DET", "det", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        subject,
        ("will", "will", "AUX", "aux", 4),
        ("offer", "offer", "VERB", "ROOT", 4),
        ("help", "help", "NOUN", "dobj", 4),
        ("to", "to", "ADP", "prep", 4),
        ("Arnor", "Arnor", "PROPN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_an_occasion_offering_something_is_no_party_acting(coder: Coder) -> None:
    tags = {3: "MD", 4: "VB"}
    festival = code(coder, _offered(("festival", "festival", "NOUN", "nsubj", 4)), tags=tags)
    assert festival == ()
    king = code(coder, _offered(("king", "king", "NOUN", "nsubj", 4)), tags=tags)
    assert king != ()


def _met(subject: list[tuple], *rest: tuple) -> list[tuple]:
    """ "<subject, two tokens> met <rest>." """
    return [*subject, ("met", "meet", "VERB", "ROOT", 2), *rest, (".", ".", "PUNCT", "punct", 2)]


def test_private_people_meeting_with_no_partner_gather_no_talks(coder: Coder) -> None:
    tags = {2: "VBD"}
    people = [("Gondorian", "Gondorian", "ADJ", "amod", 1),
              ("residents", "resident", "NOUN", "nsubj", 2)]  # fmt: skip
    assert "CONSULT" not in _types(code(coder, _met(people), tags=tags))
    with_king = _met(people, ("with", "with", "ADP", "prep", 2),
                     ("Aragorn", "Aragorn", "PROPN", "pobj", 3))  # fmt: skip
    assert "CONSULT" in _types(code(coder, with_king, tags=tags))
    envoys = [("Gondorian", "Gondorian", "ADJ", "amod", 1), ("envoys", "envoy", "NOUN", "nsubj", 2)]
    assert "CONSULT" in _types(code(coder, _met(envoys), tags=tags))


def _tolerate(subject: list[tuple], endured: tuple) -> list[tuple]:
    """ "<subject, two tokens> cannot tolerate <endured>." """
    return [
        *subject,
        ("can", "can", "AUX", "aux", 4),
        ("not", "not", "PART", "neg", 4),
        ("tolerate", "tolerate", "VERB", "ROOT", 4),
        endured,
        (".", ".", "PUNCT", "punct", 4),
    ]


def test_bearing_a_hardship_is_endurance_no_warning(coder: Coder) -> None:
    tags = {2: "MD", 4: "VB"}
    gondor = [("Gondor", "Gondor", "PROPN", "nsubj", 4), ("itself", "itself", "PRON", "appos", 0)]
    raids = ("raids", "raid", "NOUN", "dobj", 4)
    assert "THREATEN" in _types(code(coder, _tolerate(gondor, raids), tags=tags))
    hours = ("hours", "hour", "NOUN", "dobj", 4)
    assert "THREATEN" not in _types(code(coder, _tolerate(gondor, hours), tags=tags))
    children = [("Gondorian", "Gondorian", "ADJ", "amod", 1),
                ("children", "child", "NOUN", "nsubj", 4)]  # fmt: skip
    assert "THREATEN" not in _types(code(coder, _tolerate(children, raids), tags=tags))


def _found(*rest: tuple) -> list[tuple]:
    """ "Gondorian police found him injured <rest>." """
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("found", "find", "VERB", "ROOT", 2),
        ("him", "he", "PRON", "nsubj", 4),
        ("injured", "injure", "VERB", "ccomp", 2),
        *rest,
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_person_found_injured_tells_no_attack(coder: Coder) -> None:
    tags = {2: "VBD", 4: "VBN"}
    assert "ASSAULT" not in _types(code(coder, _found(), tags=tags))
    by_orcs = _found(("by", "by", "ADP", "agent", 4), ("Orcs", "Orcs", "PROPN", "pobj", 5))
    assert "ASSAULT" in _types(code(coder, by_orcs, tags={**tags, 6: "NNPS"}))


def _investigating(thing: tuple) -> list[tuple]:
    """ "Gondorian police investigated <thing>." """
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("investigated", "investigate", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4),
        thing,
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_investigating_an_accident_looks_into_no_wrongdoing(coder: Coder) -> None:
    tags = {2: "VBD"}
    crash = code(coder, _investigating(("crash", "crash", "NOUN", "dobj", 2)), tags=tags)
    assert "ACCUSE" not in _types(crash)
    orcs_rows = _investigating(("Orcs", "Orcs", "PROPN", "dobj", 2))
    orcs = code(coder, orcs_rows, tags={**tags, 4: "NNPS"})
    assert "ACCUSE" in _types(orcs)


def _praised(owned: str, lemma_: str) -> list[tuple]:
    """ "Gondor praised its <owned>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("praised", "praise", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3),
        (owned, lemma_, "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_praising_ones_own_players_is_sport_no_support(coder: Coder) -> None:
    tags = {1: "VBD", 2: "PRP$"}
    assert "SUPPORT" not in _types(code(coder, _praised("players", "player"), tags=tags))
    assert "SUPPORT" in _types(code(coder, _praised("soldiers", "soldier"), tags=tags))


def _praised_play(owner: tuple[str, str]) -> list[tuple]:
    """ "Gondor praised its <owner>'s defence." (senses19: the play of one's own side)"""
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("praised", "praise", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3),
        (owner[0], owner[1], "NOUN", "poss", 5),
        ("'s", "'s", "PART", "case", 3),
        ("defence", "defence", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_praising_ones_own_teams_play_is_sport_no_support(coder: Coder) -> None:
    tags = {1: "VBD", 2: "PRP$"}
    assert "SUPPORT" not in _types(code(coder, _praised_play(("team", "team")), tags=tags))
    assert "SUPPORT" in _types(code(coder, _praised_play(("army", "army")), tags=tags))
