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
    assert "AGREE" not in _types(code(coder, _agreed(council, "pension"), tags=tags))
    assert "AGREE" in _types(code(coder, _agreed(council, "peace"), tags=tags))
    gondor = ("Gondor", "Gondor", "PROPN", "nsubj", 1)
    state = code(coder, _agreed(gondor, "pension"), tags=tags, ents=((0, 1, "GPE"),))
    assert "AGREE" in _types(state)


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
