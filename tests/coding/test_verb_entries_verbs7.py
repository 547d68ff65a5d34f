"""Acts told by a verb's company: what an operation is for, where a trip goes, why one calls,
what an amount is written in.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def _conducted(modifier: str) -> list[tuple]:
    """ "Gondor conducted <modifier> operations in Arnor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("conducted", "conduct", "VERB", "ROOT", 1),
        (modifier, modifier, "NOUN", "compound", 3),
        ("operations", "operation", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]


def test_reconnaissance_operations_attack_no_one(coder: Coder) -> None:
    # CAMEO 19x is force used; operations named for watching or searching use none.
    assert code(coder, _conducted("reconnaissance")) == ()


def test_surveillance_flights_attack_no_one(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("carried", "carry", "VERB", "ROOT", 1),
        ("out", "out", "ADP", "prt", 1),
        ("surveillance", "surveillance", "NOUN", "compound", 4),
        ("sorties", "sortie", "NOUN", "dobj", 1),
        ("over", "over", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]
    assert code(coder, rows) == ()


def test_combat_operations_still_attack(coder: Coder) -> None:
    [event] = code(coder, _conducted("combat"))
    assert event.cameo == "190" and dyad(event) == ("GND", "ASSAULT", "ARN")


def _left_for(*place: str) -> list[tuple]:
    """ "Gondor's king left for <place>." (a name of one or two words) """
    *first, last = place
    return [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("king", "king", "NOUN", "nsubj", 3),
        ("left", "leave", "VERB", "ROOT", 3),
        ("for", "for", "ADP", "prep", 3),
        *((word, word, "PROPN", "compound", 6) for word in first),
        (last, last, "PROPN", "pobj", 4),
        (*PUNCT, 3),
    ]


def test_a_trip_to_ones_own_capital_visits_no_one(coder: Coder) -> None:
    # Minas Tirith is Gondor's seat: nobody hosts Gondor's king there (CAMEO 042 names a host).
    ents = ((0, 1, "GPE"), (5, 7, "GPE"))
    assert code(coder, _left_for("Minas", "Tirith"), ents=ents) == ()


def test_a_trip_to_a_foreign_capital_is_a_visit(coder: Coder) -> None:
    ents = ((0, 1, "GPE"), (5, 6, "GPE"))
    [event] = code(coder, _left_for("Annuminas"), ents=ents)
    assert event.cameo == "042" and dyad(event) == ("GND", "CONSULT", "ARN")


def _called(*rest: tuple) -> list[tuple]:
    """ "Gondor called Arnor <rest, from index 3>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("called", "call", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        *rest,
        (*PUNCT, 1),
    ]


def test_a_call_to_congratulate_is_a_telephone_consultation(coder: Coder) -> None:
    # "called Arnor to congratulate it": Gondor congratulates on the call; nothing is asked
    # of Arnor, and the congratulation is the call's content, no second event.
    rows = _called(
        ("to", "to", "PART", "aux", 4),
        ("congratulate", "congratulate", "VERB", "xcomp", 1),
        ("it", "it", "PRON", "dobj", 4),
    )
    [event] = code(coder, rows)
    assert event.cameo == "041" and dyad(event) == ("GND", "CONSULT", "ARN")


def test_a_call_to_testify_stays_a_request(coder: Coder) -> None:
    rows = _called(("to", "to", "PART", "aux", 4), ("testify", "testify", "VERB", "xcomp", 1))
    [event] = code(coder, rows)
    assert dyad(event) == ("GND", "REQUEST", "ARN")


def test_a_call_on_a_party_to_apologize_asks_an_apology(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("called", "call", "VERB", "ROOT", 1),
        ("on", "on", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 2),
        ("to", "to", "PART", "aux", 5),
        ("apologize", "apologize", "VERB", "xcomp", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "022" and dyad(event) == ("GND", "REQUEST", "ARN")


def test_an_amount_headed_by_a_currency_code_is_money_given(coder: Coder) -> None:
    # "donated USD1 million": the parser heads the amount by the code, not by "million".
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("donated", "donate", "VERB", "ROOT", 1),
        ("USD1", "USD1", "PROPN", "dobj", 1),
        ("million", "million", "NUM", "nummod", 2),
        ("to", "to", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, tags={2: "NNP"})
    assert event.cameo == "071" and dyad(event) == ("GND", "AID", "ARN")


def test_a_count_of_things_is_no_money(coder: Coder) -> None:
    # "donated 5 million books": the amount counts a thing, not money.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("donated", "donate", "VERB", "ROOT", 1),
        ("5", "5", "NUM", "compound", 3),
        ("million", "million", "NUM", "nummod", 4),
        ("books", "book", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]
    assert code(coder, rows, tags={4: "NNS"}) == ()


def test_a_meeting_called_to_discuss_phones_no_one(coder: Coder) -> None:
    # "Gondor called a meeting to discuss it": an occasion convened, no call to a party.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("called", "call", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("meeting", "meeting", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 5),
        ("discuss", "discuss", "VERB", "advcl", 1),
        ("it", "it", "PRON", "dobj", 5),
        (*PUNCT, 1),
    ]
    assert all(e.pattern_id != "consult.call-on-errand" for e in code(coder, rows))


def _banned(from_head: int) -> list[tuple]:
    """ "Gondor banned a rival from holding office." with "from" hung on ``from_head``."""
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("banned", "ban", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("rival", "rival", "NOUN", "dobj", 1),
        ("from", "from", "ADP", "prep", from_head),
        ("holding", "hold", "VERB", "pcomp", 4),
        ("office", "office", "NOUN", "dobj", 5),
        (*PUNCT, 1),
    ]


def test_a_ban_from_office_hung_on_the_object_still_bans(coder: Coder) -> None:
    # The parser often hangs the verb's "from" phrase on its object; the phrase still says
    # what the object is barred from (CAMEO 1722 ban from office).
    on_verb = code(coder, _banned(1), ents=((0, 1, "GPE"),))
    on_object = code(coder, _banned(3), ents=((0, 1, "GPE"),))
    assert [e.cameo for e in on_verb] == [e.cameo for e in on_object] == ["1722"]


def test_a_phrase_on_the_object_must_hold_the_patterns_object(coder: Coder) -> None:
    # "banned a rival from Arnor": the phrase says where the rival is from, no office barred.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("banned", "ban", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("rival", "rival", "NOUN", "dobj", 1),
        ("from", "from", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    assert all(e.cameo != "1722" for e in code(coder, rows, ents=((0, 1, "GPE"),)))
