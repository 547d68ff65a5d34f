"""Words of attacks, agreements, requests and visits used of causes, trade, reporters' routine,
movement, trade wars and travellers: no political event (made-up world, hand-built parses)."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder

from middle_earth import code, code_text, dyad


def _killed(subject: list[tuple]) -> list[tuple]:
    """ "<subject> killed Gondorians." with the subject's head last."""
    n = len(subject)
    return [
        *subject,
        ("killed", "kill", "VERB", "ROOT", n),
        ("Gondorians", "Gondorians", "PROPN", "dobj", n),
        (".", ".", "PUNCT", "punct", n),
    ]


def test_a_disease_or_disaster_that_kills_is_a_cause_not_an_attacker(coder: Coder) -> None:
    # "The Mordorian epidemic killed Gondorians."
    epidemic = _killed(
        [
            ("The", "the", "DET", "det", 2),
            ("Mordorian", "Mordorian", "ADJ", "amod", 2),
            ("epidemic", "epidemic", "NOUN", "nsubj", 3),
        ]
    )
    assert code(coder, epidemic) == ()
    # "The Orcs killed Gondorians." stays an attack
    [event] = code(
        coder, _killed([("The", "the", "DET", "det", 1), ("Orcs", "Orcs", "PROPN", "nsubj", 2)])
    )
    assert dyad(event) == ("MDR", "ASSAULT", "GND")


def _agreed(obj: list[tuple]) -> list[tuple]:
    """ "Gondor agreed <object> with Arnor." with the object's head last."""
    n = len(obj) + 2
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("agreed", "agree", "VERB", "ROOT", 1),
        *obj,
        ("with", "with", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", n),
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_agreeing_a_trade_is_business_not_cooperation(coder: Coder) -> None:
    # "Gondor agreed house purchases with Arnor." / "... a media rights deal ..."
    assert (
        code(
            coder,
            _agreed(
                [
                    ("house", "house", "NOUN", "compound", 3),
                    ("purchases", "purchase", "NOUN", "dobj", 1),
                ]
            ),
        )
        == ()
    )
    # "Gondor agreed a truce with Arnor." stays an agreement
    [event] = code(
        coder, _agreed([("a", "a", "DET", "det", 3), ("truce", "truce", "NOUN", "dobj", 1)])
    )
    assert event.event_type == "AGREE"


def _charge(rest: list[tuple]) -> list[tuple]:
    """ "Gondor charges <rest>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("charges", "charge", "VERB", "ROOT", 1),
        *rest,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_charging_with_no_one_charged_asks_a_price(coder: Coder) -> None:
    # "Gondor charges differently for the power."
    price = _charge(
        [
            ("differently", "differently", "ADV", "advmod", 1),
            ("for", "for", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 5),
            ("power", "power", "NOUN", "pobj", 3),
        ]
    )
    assert code(coder, price) == ()
    # "Gondor charges Arnor with treason." accuses
    [event] = code(
        coder,
        _charge(
            [
                ("Arnor", "Arnor", "PROPN", "dobj", 1),
                ("with", "with", "ADP", "prep", 1),
                ("treason", "treason", "NOUN", "pobj", 3),
            ]
        ),
    )
    assert dyad(event) == ("GND", "ACCUSE", "ARN")
    # "Gondor arrested Aragorn and charged with treason": the participle accuses
    charged = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("arrested", "arrest", "VERB", "ROOT", 1),
        ("Aragorn", "Aragorn", "PROPN", "dobj", 1),
        ("and", "and", "CCONJ", "cc", 1),
        ("charged", "charge", "VERB", "conj", 1),
        ("with", "with", "ADP", "prep", 4),
        ("treason", "treason", "NOUN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert "ACCUSE" in [e.event_type for e in code(coder, charged, tags={4: "VBN"})]


def test_declining_an_interview_or_pleading_anonymity_is_a_reporters_routine(coder: Coder) -> None:
    # "Gondor declined to make Aragorn available for an interview."
    interview = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("declined", "decline", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("make", "make", "VERB", "xcomp", 1),
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 5),
        ("available", "available", "ADJ", "ccomp", 3),
        ("for", "for", "ADP", "prep", 5),
        ("an", "an", "DET", "det", 8),
        ("interview", "interview", "NOUN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert code(coder, interview) == ()
    # "Arnor pleaded anonymity."
    anonymity = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("pleaded", "plead", "VERB", "ROOT", 1),
        ("anonymity", "anonymity", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert code(coder, anonymity) == ()
    # "Gondor rejected Arnor's demand." stays a rejection
    demand = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("rejected", "reject", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("demand", "demand", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, demand)
    assert dyad(event) == ("GND", "REJECT", "ARN")


def _press(rest: list[tuple]) -> list[tuple]:
    """ "Gondorian forces press <rest>." """
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("forces", "force", "NOUN", "nsubj", 2),
        ("press", "press", "VERB", "ROOT", 2),
        *rest,
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_pressing_into_a_place_is_an_advance_not_a_request(coder: Coder) -> None:
    # "Gondorian forces press into Ithilien."
    advance = _press(
        [("into", "into", "ADP", "prep", 2), ("Ithilien", "Ithilien", "PROPN", "pobj", 3)]
    )
    assert not [e for e in code(coder, advance) if e.event_type == "REQUEST"]
    # "Gondorian forces press Arnor for a truce." asks
    ask = _press(
        [
            ("Arnor", "Arnor", "PROPN", "dobj", 2),
            ("for", "for", "ADP", "prep", 2),
            ("a", "a", "DET", "det", 6),
            ("truce", "truce", "NOUN", "pobj", 4),
        ]
    )
    assert [dyad(e) for e in code(coder, ask)] == [("GND", "REQUEST", "ARN")]


def _fight(noun: list[tuple]) -> list[tuple]:
    """ "Gondor will fight Arnor in the <noun>." """
    n = len(noun) + 6
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("will", "will", "AUX", "aux", 2),
        ("fight", "fight", "VERB", "ROOT", 2),
        ("Arnor", "Arnor", "PROPN", "dobj", 2),
        ("in", "in", "ADP", "prep", 2),
        ("the", "the", "DET", "det", n - 1),
        *noun,
        (".", ".", "PUNCT", "punct", 2),
    ]


def test_a_fight_in_a_trade_war_is_economic_not_armed(coder: Coder) -> None:
    # "Gondor will fight Arnor in the trade war."
    trade = _fight([("trade", "trade", "NOUN", "compound", 7), ("war", "war", "NOUN", "pobj", 4)])
    assert code(coder, trade) == ()
    # "Gondor will fight Arnor in the hills." threatens force
    [event] = code(coder, _fight([("hills", "hill", "NOUN", "pobj", 4)]))
    assert dyad(event) == ("GND", "THREATEN", "ARN")


def _travelling(tags: dict[int, str], dep: str) -> tuple[list[tuple], dict[int, str]]:
    """ "Gondorians travelling to Arnor face danger." with "travelling" as `dep` of its noun."""
    rows = [
        ("Gondorians", "Gondorians", "PROPN", "nsubj", 4),
        ("travelling", "travel", "VERB", dep, 0),
        ("to", "to", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 2),
        ("face", "face", "VERB", "ROOT", 4),
        ("danger", "danger", "NOUN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]
    return rows, tags


def test_people_described_by_their_travel_make_no_visit(coder: Coder) -> None:
    rows, tags = _travelling({1: "VBG"}, "acl")
    assert not [e for e in code(coder, rows, tags=tags) if e.event_type == "CONSULT"]
    # "Gondorians travelled to Arnor." visits
    visit = [
        ("Gondorians", "Gondorians", "PROPN", "nsubj", 1),
        ("travelled", "travel", "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, visit, tags={1: "VBD"})
    assert dyad(event) == ("GND", "CONSULT", "ARN")


def test_agree_set_into_another_clause_is_a_comment(coder: Coder) -> None:
    # "The treaty, Gondor and Arnor agree, is dead."
    rows = [
        ("The", "the", "DET", "det", 1),
        ("treaty", "treaty", "NOUN", "nsubj", 8),
        (",", ",", "PUNCT", "punct", 6),
        ("Gondor", "Gondor", "PROPN", "nsubj", 6),
        ("and", "and", "CCONJ", "cc", 3),
        ("Arnor", "Arnor", "PROPN", "conj", 3),
        ("agree", "agree", "VERB", "parataxis", 8),
        (",", ",", "PUNCT", "punct", 6),
        ("is", "be", "AUX", "ROOT", 8),
        ("dead", "dead", "ADJ", "acomp", 8),
        (".", ".", "PUNCT", "punct", 8),
    ]
    assert code(coder, rows) == ()


def test_an_emergency_over_a_disease_is_no_emergency_rule(coder: Coder) -> None:
    # "Gondor declared a state of emergency over the flu outbreak." / "... over the Orcs."
    def rows(cause: list[tuple]) -> list[tuple]:
        return [
            ("Gondor", "Gondor", "PROPN", "nsubj", 1),
            ("declared", "declare", "VERB", "ROOT", 1),
            ("a", "a", "DET", "det", 3),
            ("state", "state", "NOUN", "dobj", 1),
            ("of", "of", "ADP", "prep", 3),
            ("emergency", "emergency", "NOUN", "pobj", 4),
            ("over", "over", "ADP", "prep", 1),
            ("the", "the", "DET", "det", 6 + len(cause)),
            *cause,
            (".", ".", "PUNCT", "punct", 1),
        ]

    flu = rows([("flu", "flu", "NOUN", "compound", 9), ("outbreak", "outbreak", "NOUN", "pobj", 6)])
    assert code(coder, flu) == ()
    [event] = code(coder, rows([("Orcs", "Orcs", "PROPN", "pobj", 6)]))
    assert event.cameo == "1724"


def test_allowing_oneself_concedes_nothing_to_another(coder: Coder) -> None:
    # "Gondor allowed itself a pause." / "Gondor allowed Arnor a pause."
    def rows(obj: tuple) -> list[tuple]:
        return [
            ("Gondor", "Gondor", "PROPN", "nsubj", 1),
            ("allowed", "allow", "VERB", "ROOT", 1),
            obj,
            ("a", "a", "DET", "det", 4),
            ("pause", "pause", "NOUN", "dobj", 1),
            (".", ".", "PUNCT", "punct", 1),
        ]

    assert code(coder, rows(("itself", "itself", "PRON", "dative", 1))) == ()
    [event] = code(coder, rows(("Arnor", "Arnor", "PROPN", "dative", 1)))
    assert dyad(event) == ("GND", "CONCEDE", "ARN")


def test_what_is_done_as_a_rule_in_a_described_party_is_no_event(coder: Coder) -> None:
    # "Arnor praised its ally, Gondor, which attacks Mordor." / "..., which attacked Mordor."
    def attack(
        verb: str, tag: str, subject: tuple = ("which", "which", "PRON", "nsubj", 8)
    ) -> list:
        rows = [
            ("Arnor", "Arnor", "PROPN", "nsubj", 1),
            ("praised", "praise", "VERB", "ROOT", 1),
            ("its", "its", "PRON", "poss", 3),
            ("ally", "ally", "NOUN", "dobj", 1),
            (",", ",", "PUNCT", "punct", 3),
            ("Gondor", "Gondor", "PROPN", "appos", 3),
            (",", ",", "PUNCT", "punct", 3),
            subject,
            (verb, "attack", "VERB", "relcl", 3),
            ("Mordor", "Mordor", "PROPN", "dobj", 8),
            (".", ".", "PUNCT", "punct", 1),
        ]
        tags = {7: "WDT" if subject[0] == "which" else "NNP", 8: tag}
        return [e for e in code(coder, rows, tags=tags) if e.trigger.text == verb]

    assert attack("attacks", "VBZ") == []
    assert [e.event_type for e in attack("attacked", "VBD")] == ["ASSAULT"]
    # "Arnor praised its ally, Gondor, Orcs attack.": another party's act, told as news
    orcs = ("Orcs", "Orcs", "PROPN", "nsubj", 8)
    assert [dyad(e) for e in attack("attack", "VBP", orcs)] == [("MDR", "ASSAULT", "MDR")]


def test_coordinating_things_with_no_partner_is_organising(coder: Coder) -> None:
    # "Gondor will coordinate activities, with the focus on screenings."
    def rows(partner: list[tuple]) -> list[tuple]:
        return [
            ("Gondor", "Gondor", "PROPN", "nsubj", 2),
            ("will", "will", "AUX", "aux", 2),
            ("coordinate", "coordinate", "VERB", "ROOT", 2),
            ("activities", "activity", "NOUN", "dobj", 2),
            *partner,
            (".", ".", "PUNCT", "punct", 2),
        ]

    focus = [
        ("with", "with", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 6),
        ("focus", "focus", "NOUN", "pobj", 4),
    ]
    assert code(coder, rows(focus)) == ()
    # "Gondor will coordinate activities with Arnor." cooperates
    [event] = code(
        coder, rows([("with", "with", "ADP", "prep", 2), ("Arnor", "Arnor", "PROPN", "pobj", 4)])
    )
    assert event.event_type == "AGREE" and "ARN" in dyad(event)[2]


def test_handing_over_a_text_submits_it_and_returns_nothing(coder: Coder) -> None:
    # "Gondor handed over the report to Arnor." / "Gondor handed over the prisoners to Arnor."
    def rows(thing: str, lemma: str) -> list[tuple]:
        return [
            ("Gondor", "Gondor", "PROPN", "nsubj", 1),
            ("handed", "hand", "VERB", "ROOT", 1),
            ("over", "over", "ADP", "prt", 1),
            ("the", "the", "DET", "det", 4),
            (thing, lemma, "NOUN", "dobj", 1),
            ("to", "to", "ADP", "prep", 1),
            ("Arnor", "Arnor", "PROPN", "pobj", 5),
            (".", ".", "PUNCT", "punct", 1),
        ]

    assert code(coder, rows("report", "report")) == ()
    [event] = code(coder, rows("prisoners", "prisoner"))
    assert dyad(event) == ("GND", "RETREAT", "ARN")


def test_one_party_talking_with_no_partner_consults_no_one(coder: Coder) -> None:
    # "Aragorn cannot talk." / "Gondor talked with Arnor."
    alone = [
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 3),
        ("can", "can", "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3),
        ("talk", "talk", "VERB", "ROOT", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    assert code(coder, alone) == ()
    partner = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("talked", "talk", "VERB", "ROOT", 1),
        ("with", "with", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    [event] = code(coder, partner)
    assert event.event_type == "CONSULT"


def test_charging_that_something_is_so_accuses(coder: Coder) -> None:
    # "Gondor charged that Arnor spies." accuses, though no one is the object of "charged"
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("charged", "charge", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("Arnor", "Arnor", "PROPN", "nsubj", 4),
        ("spies", "spy", "VERB", "ccomp", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert "ACCUSE" in [e.event_type for e in code(coder, rows, tags={1: "VBD"})]


def test_violence_against_oneself_stays_violence(coder: Coder) -> None:
    # "Orcs attacked themselves in Osgiliath.": the reflexive rule leaves violence alone
    rows = [
        ("Orcs", "Orcs", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("themselves", "themselves", "PRON", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert [e.event_type for e in code(coder, rows)] == ["ASSAULT"]


def _explains_charge(quote: bool) -> tuple[list[tuple], dict[int, str]]:
    """ "Aragorn explains: Gondor charges for the power." or, quoted, "'Aragorn lies,' Gondor
    charges." with the first clause as the parser's ccomp of "charges"."""
    mark = [("'", "'", "PUNCT", "punct", 2)] if quote else []
    n = len(mark)
    rows = [
        *mark,
        ("Aragorn", "Aragorn", "PROPN", "nsubj", n + 1),
        (
            "explains" if not quote else "lies",
            "explain" if not quote else "lie",
            "VERB",
            "ccomp",
            n + 4,
        ),
        (":" if not quote else "'", ":" if not quote else "'", "PUNCT", "punct", n + 4),
        ("Gondor", "Gondor", "PROPN", "nsubj", n + 4),
        ("charges", "charge", "VERB", "ROOT", n + 4),
        (".", ".", "PUNCT", "punct", n + 4),
    ]
    tags = {n + 4: "VBZ"}
    if quote:
        tags |= {0: "``", n + 2: "''"}
    return rows, tags


def test_a_reporting_clause_before_a_price_is_no_charge_but_a_quote_is(coder: Coder) -> None:
    rows, tags = _explains_charge(quote=False)
    assert [e for e in code(coder, rows, tags=tags) if e.event_type == "ACCUSE"] == []
    rows, tags = _explains_charge(quote=True)
    assert [e.event_type for e in code(coder, rows, tags=tags)] == ["ACCUSE"]


def test_a_cause_told_in_a_relative_clause_is_no_party_that_acts(
    nlp: Language, coder: Coder
) -> None:
    # recip18: "a fire that killed": the relative pronoun stands for the fire, a cause
    text = "Arnor sent condolences over a fire in Minas Tirith that killed more than 100 people."
    assert not [e for e in code_text(nlp, coder, text) if e.event_type == "ASSAULT"]


def test_people_told_in_a_relative_clause_still_act(nlp: Language, coder: Coder) -> None:
    text = "Gondor condemned the Orcs of Mordor who killed more than 100 people in Osgiliath."
    assert [e for e in code_text(nlp, coder, text) if e.event_type == "ASSAULT"]
