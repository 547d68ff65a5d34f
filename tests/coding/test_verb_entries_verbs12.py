"""Event types decided by what a verb takes: a fact denied, a particle that makes another verb,
a body sitting on its own, terms a settlement sets, talks ruled out, an operation named for
watching.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")
ARNOR = ((0, 1, "GPE"),)


def _types(events) -> set[str]:
    return {e.event_type for e in events}


# --- a fact denied is a statement (CAMEO 016), a request denied is rejected (12) ------------


def test_denying_that_something_happened_is_no_rejection(coder: Coder) -> None:
    # "Arnor denied that Gondorian troops had crossed the river."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("denied", "deny", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 6),
        ("Gondorian", "Gondorian", "ADJ", "amod", 4),
        ("troops", "troop", "NOUN", "nsubj", 6),
        ("had", "have", "AUX", "aux", 6),
        ("crossed", "cross", "VERB", "ccomp", 1),
        ("the", "the", "DET", "det", 8),
        ("river", "river", "NOUN", "dobj", 6),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=(*ARNOR, (3, 4, "NORP")))
    assert "REJECT" not in _types(events)


def test_denying_a_clause_without_that_is_no_rejection(coder: Coder) -> None:
    # "Arnor denied the subject came up." (the parser takes "the subject" as the object)
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("denied", "deny", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("subject", "subject", "NOUN", "dobj", 1),
        ("came", "come", "VERB", "ccomp", 1),
        ("up", "up", "ADP", "prt", 4),
        (*PUNCT, 1),
    ]
    assert "REJECT" not in _types(code(coder, rows, ents=ARNOR))


def test_denying_having_done_something_is_no_rejection(coder: Coder) -> None:
    # "Arnor denied having sent troops to Gondor": a perfect gerund states a fact.
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("denied", "deny", "VERB", "ROOT", 1),
        ("having", "have", "AUX", "aux", 3),
        ("sent", "send", "VERB", "xcomp", 1),
        ("troops", "troop", "NOUN", "dobj", 3),
        ("to", "to", "ADP", "prep", 3),
        ("Gondor", "Gondor", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=(*ARNOR, (6, 7, "GPE")), tags={2: "VBG", 3: "VBN"})
    assert "REJECT" not in _types(events)


def test_denying_an_attack_is_no_rejection(coder: Coder) -> None:
    # PETRARCH DENY * ATTACK [016]: "Arnor denied the attack on Gondor."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("denied", "deny", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("attack", "attack", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 3),
        ("Gondor", "Gondor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    assert "REJECT" not in _types(code(coder, rows, ents=(*ARNOR, (5, 6, "GPE"))))


def test_denying_a_request_stays_a_rejection(coder: Coder) -> None:
    # "Arnor denied Gondor's request."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("denied", "deny", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("request", "request", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=(*ARNOR, (2, 3, "GPE")))
    assert any(e.event_type == "REJECT" and e.cameo.startswith("12") for e in events)


# --- a particle that makes another verb ------------------------------------------------------


def test_a_rocket_blasting_off_criticises_no_one(coder: Coder) -> None:
    # "The Arnorian rocket blasted off." (blast off: a launch)
    rows = [
        ("The", "the", "DET", "det", 2),
        ("Arnorian", "Arnorian", "ADJ", "amod", 2),
        ("rocket", "rocket", "NOUN", "nsubj", 3),
        ("blasted", "blast", "VERB", "ROOT", 3),
        ("off", "off", "ADP", "prt", 3),
        (*PUNCT, 3),
    ]
    assert "ACCUSE" not in _types(code(coder, rows, ents=((1, 2, "NORP"),)))


def test_blasting_a_party_still_criticises_it(coder: Coder) -> None:
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("blasted", "blast", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "dobj", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, ents=(*ARNOR, (2, 3, "GPE")))
    assert dyad(event) == ("ARN", "ACCUSE", "GND")


def test_exports_shooting_up_shoot_no_one(coder: Coder) -> None:
    # "Arnorian exports shot up." (shoot up with no object: rise)
    rows = [
        ("Arnorian", "Arnorian", "ADJ", "amod", 1),
        ("exports", "export", "NOUN", "nsubj", 2),
        ("shot", "shoot", "VERB", "ROOT", 2),
        ("up", "up", "ADP", "prt", 2),
        (*PUNCT, 2),
    ]
    assert "ASSAULT" not in _types(code(coder, rows, ents=((0, 1, "NORP"),)))


def test_a_minister_storming_off_a_stage_attacks_nothing(coder: Coder) -> None:
    # "Arnor's minister stormed off the stage." (storm off: leave angrily)
    rows = [
        ("Arnor", "Arnor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("minister", "minister", "NOUN", "nsubj", 3),
        ("stormed", "storm", "VERB", "ROOT", 3),
        ("off", "off", "ADP", "prt", 3),
        ("the", "the", "DET", "det", 6),
        ("stage", "stage", "NOUN", "dobj", 3),
        (*PUNCT, 3),
    ]
    assert "ASSAULT" not in _types(code(coder, rows, ents=ARNOR))


# --- a body's own sitting ----------------------------------------------------------------------


def _cabinet(*rest: tuple) -> list[tuple]:
    """ "The Arnorian cabinet meets <rest>." """
    return [
        ("The", "the", "DET", "det", 2),
        ("Arnorian", "Arnorian", "ADJ", "amod", 2),
        ("cabinet", "cabinet", "NOUN", "nsubj", 3),
        ("meets", "meet", "VERB", "ROOT", 3),
        *rest,
        (*PUNCT, 3),
    ]


def test_a_cabinet_meeting_by_itself_consults_no_one(coder: Coder) -> None:
    rows = _cabinet(("on", "on", "ADP", "prep", 3), ("Friday", "Friday", "PROPN", "pobj", 4))
    events = code(coder, rows, ents=((1, 2, "NORP"),), tags={3: "VBZ"})
    assert "CONSULT" not in _types(events)


def test_lawmakers_of_two_parties_meeting_stay_a_meeting(coder: Coder) -> None:
    # "Arnorian and Gondorian lawmakers will meet": members of two parties, not one body.
    rows = [
        ("Arnorian", "Arnorian", "ADJ", "amod", 3),
        ("and", "and", "CCONJ", "cc", 0),
        ("Gondorian", "Gondorian", "ADJ", "conj", 0),
        ("lawmakers", "lawmaker", "NOUN", "nsubj", 5),
        ("will", "will", "AUX", "aux", 5),
        ("meet", "meet", "VERB", "ROOT", 5),
        (*PUNCT, 5),
    ]
    events = code(coder, rows, ents=((0, 1, "NORP"), (2, 3, "NORP")), tags={5: "VB"})
    assert _types(events) & {"CONSULT", "AGREE"}


def test_a_cabinet_meeting_a_partner_consults(coder: Coder) -> None:
    rows = _cabinet(("with", "with", "ADP", "prep", 3), ("Gondor", "Gondor", "PROPN", "pobj", 4))
    [event] = code(coder, rows, ents=((1, 2, "NORP"), (5, 6, "GPE")), tags={3: "VBZ"})
    assert dyad(event) == ("ARN", "CONSULT", "GND")


def test_lawmakers_convening_sessions_intend_no_meeting(coder: Coder) -> None:
    # "Arnorian lawmakers will convene sessions."
    rows = [
        ("Arnorian", "Arnorian", "ADJ", "amod", 1),
        ("lawmakers", "lawmaker", "NOUN", "nsubj", 3),
        ("will", "will", "AUX", "aux", 3),
        ("convene", "convene", "VERB", "ROOT", 3),
        ("sessions", "session", "NOUN", "dobj", 3),
        (*PUNCT, 3),
    ]
    assert _types(code(coder, rows, ents=((0, 1, "NORP"),))) & {"CONSULT", "AGREE"} == set()


# --- agreed terms; talks ruled out --------------------------------------------------------


def test_a_settlements_terms_request_nothing(coder: Coder) -> None:
    # "Arnor's settlement with Gondor calls for elections."
    rows = [
        ("Arnor", "Arnor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("settlement", "settlement", "NOUN", "nsubj", 5),
        ("with", "with", "ADP", "prep", 2),
        ("Gondor", "Gondor", "PROPN", "pobj", 3),
        ("calls", "call", "VERB", "ROOT", 5),
        ("for", "for", "ADP", "prep", 5),
        ("elections", "election", "NOUN", "pobj", 6),
        (*PUNCT, 5),
    ]
    assert "REQUEST" not in _types(code(coder, rows, ents=(*ARNOR, (4, 5, "GPE"))))


def test_talks_ruled_out_are_a_meeting_refused(coder: Coder) -> None:
    # PETRARCH RULE_OUT * TALKS [125]: "Arnor ruled out talks with Gondor."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("ruled", "rule", "VERB", "ROOT", 1),
        ("out", "out", "ADP", "prt", 1),
        ("talks", "talk", "NOUN", "dobj", 1),
        ("with", "with", "ADP", "prep", 3),
        ("Gondor", "Gondor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=(*ARNOR, (5, 6, "GPE")))
    assert [e.cameo for e in events] == ["125"]
    assert dyad(events[0]) == ("ARN", "REJECT", "GND")


def test_parties_meeting_halfway_plan_no_meeting(coder: Coder) -> None:
    # "Arnor and Gondor should meet halfway." (meet halfway: make a compromise)
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 4),
        ("and", "and", "CCONJ", "cc", 0),
        ("Gondor", "Gondor", "PROPN", "conj", 0),
        ("should", "should", "AUX", "aux", 4),
        ("meet", "meet", "VERB", "ROOT", 4),
        ("halfway", "halfway", "ADV", "advmod", 4),
        (*PUNCT, 4),
    ]
    events = code(coder, rows, ents=(*ARNOR, (2, 3, "GPE")))
    assert _types(events) & {"CONSULT", "AGREE", "REQUEST"} == set()


def test_meeting_halfway_through_a_summit_is_still_a_meeting(coder: Coder) -> None:
    # "Arnor met Gondor halfway through the summit": an adverb of time, no particle.
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("met", "meet", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "dobj", 1),
        ("halfway", "halfway", "ADV", "advmod", 1),
        ("through", "through", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 6),
        ("summit", "summit", "NOUN", "pobj", 4),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=(*ARNOR, (2, 3, "GPE")))
    assert any(dyad(e) == ("ARN", "CONSULT", "GND") for e in events)


def test_an_operation_to_monitor_a_coast_attacks_no_one(coder: Coder) -> None:
    # "Arnor launched an operation to monitor Gondor's coast."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("launched", "launch", "VERB", "ROOT", 1),
        ("an", "an", "DET", "det", 3),
        ("operation", "operation", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 5),
        ("monitor", "monitor", "VERB", "advcl", 1),
        ("Gondor", "Gondor", "PROPN", "poss", 8),
        ("'s", "'s", "PART", "case", 6),
        ("coast", "coast", "NOUN", "dobj", 5),
        (*PUNCT, 1),
    ]
    assert "ASSAULT" not in _types(code(coder, rows, ents=(*ARNOR, (6, 7, "GPE"))))


def test_an_operation_to_clear_a_town_stays_an_attack(coder: Coder) -> None:
    # "Arnor launched an operation to clear Osgiliath." (a purpose of force)
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("launched", "launch", "VERB", "ROOT", 1),
        ("an", "an", "DET", "det", 3),
        ("operation", "operation", "NOUN", "dobj", 1),
        ("against", "against", "ADP", "prep", 3),
        ("Gondor", "Gondor", "PROPN", "pobj", 4),
        ("to", "to", "PART", "aux", 7),
        ("clear", "clear", "VERB", "advcl", 1),
        ("Osgiliath", "Osgiliath", "PROPN", "dobj", 7),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=(*ARNOR, (5, 6, "GPE"), (8, 9, "GPE")))
    assert "ASSAULT" in _types(events)


def test_aid_workers_expelled_end_the_agencies_presence(coder: Coder) -> None:
    # CAMEO 1663: "Arnor expelled humanitarian aid workers." (not 174, individuals deported)
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("expelled", "expel", "VERB", "ROOT", 1),
        ("humanitarian", "humanitarian", "ADJ", "amod", 4),
        ("aid", "aid", "NOUN", "compound", 4),
        ("workers", "worker", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, ents=ARNOR)
    assert event.cameo == "1663" and event.event_type == "SANCTION"


def test_journalists_expelled_stay_individuals_expelled(coder: Coder) -> None:
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("expelled", "expel", "VERB", "ROOT", 1),
        ("Gondorian", "Gondorian", "ADJ", "amod", 3),
        ("journalists", "journalist", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, ents=(*ARNOR, (2, 3, "NORP")))
    assert event.cameo == "174"


def test_firing_across_a_line_uses_force(coder: Coder) -> None:
    # PETRARCH FIRE * AGAINST, AT [190]: "Arnor fired across the river."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("fired", "fire", "VERB", "ROOT", 1),
        ("across", "across", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 4),
        ("river", "river", "NOUN", "pobj", 2),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, ents=ARNOR)
    assert event.event_type == "ASSAULT" and event.cameo == "190"


def _transferred(thing: str, lemma: str) -> list[tuple]:
    """ "Arnor transferred 20 billion in <thing> to Gondor." """
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("transferred", "transfer", "VERB", "ROOT", 1),
        ("20", "20", "NUM", "compound", 3),
        ("billion", "billion", "NUM", "dobj", 1),
        ("in", "in", "ADP", "prep", 3),
        (thing, lemma, "NOUN", "pobj", 4),
        ("to", "to", "ADP", "prep", 1),
        ("Gondor", "Gondor", "PROPN", "pobj", 6),
        (*PUNCT, 1),
    ]


def test_an_amount_of_obligations_transferred_is_no_aid(coder: Coder) -> None:
    # "$20 billion in pension obligations": the amount measures obligations, no money given.
    rows = _transferred("obligations", "obligation")
    assert "AID" not in _types(code(coder, rows, ents=(*ARNOR, (7, 8, "GPE"))))


def test_an_amount_of_aid_transferred_is_aid(coder: Coder) -> None:
    [event] = code(coder, _transferred("aid", "aid"), ents=(*ARNOR, (7, 8, "GPE")))
    assert dyad(event) == ("ARN", "AID", "GND")
