"""Aid, concessions and deliberations: entries from CAMEO 07/08/014 and PETRARCH's GRANT block.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad, troops_sent_rows
from middle_earth import gave_rows as _gave

PUNCT = (".", ".", "PUNCT", "punct")


def test_an_amount_in_aid_is_aid_given(coder: Coder) -> None:
    # "$5 million in aid": the amount's "in" phrase names what was given (CAMEO 070).
    rows = _gave(
        ("$5", "$5", "NUM", "nummod", 3),
        ("million", "million", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 3),
        ("aid", "aid", "NOUN", "pobj", 4),
        verb=("paid", "pay"),
    )
    [event] = code(coder, rows)
    assert event.cameo == "070" and dyad(event) == ("GND", "AID", "ARN")


def test_an_amount_in_fines_is_no_aid(coder: Coder) -> None:
    rows = _gave(
        ("$5", "$5", "NUM", "nummod", 3),
        ("million", "million", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 3),
        ("fines", "fine", "NOUN", "pobj", 4),
        verb=("paid", "pay"),
    )
    assert not [e for e in code(coder, rows) if e.event_type == "AID"]


def test_relief_named_by_a_carrier_noun_is_humanitarian_aid(coder: Coder) -> None:
    # "shelter materials", "food parcels": the compound names what is given (CAMEO 073).
    rows = _gave(
        ("shelter", "shelter", "NOUN", "compound", 3),
        ("materials", "material", "NOUN", "dobj", 1),
        verb=("provided", "provide"),
    )
    [event] = code(coder, rows)
    assert event.cameo == "073" and dyad(event) == ("GND", "AID", "ARN")


def test_a_carrier_noun_of_no_aid_kind_is_no_aid(coder: Coder) -> None:
    rows = _gave(
        ("building", "building", "NOUN", "compound", 3),
        ("materials", "material", "NOUN", "dobj", 1),
        verb=("sold", "sell"),
    )
    assert not [e for e in code(coder, rows) if e.event_type == "AID"]


def test_training_given_is_aid(coder: Coder) -> None:
    rows = _gave(("training", "training", "NOUN", "dobj", 1), verb=("provided", "provide"))
    [event] = code(coder, rows)
    assert event.cameo == "070" and dyad(event) == ("GND", "AID", "ARN")


def test_support_of_a_material_kind_is_aid_of_that_kind(coder: Coder) -> None:
    financial = _gave(
        ("financial", "financial", "ADJ", "amod", 3), ("support", "support", "NOUN", "dobj", 1)
    )
    [event] = code(coder, financial)
    assert event.cameo == "071" and dyad(event) == ("GND", "AID", "ARN")
    military = _gave(
        ("military", "military", "ADJ", "amod", 3), ("support", "support", "NOUN", "dobj", 1)
    )
    [event] = code(coder, military)
    assert event.cameo == "072"


def test_bare_support_given_is_no_aid(coder: Coder) -> None:
    rows = _gave(("support", "support", "NOUN", "dobj", 1))
    assert not [e for e in code(coder, rows) if e.event_type == "AID"]


def test_a_loan_guarantee_is_economic_aid(coder: Coder) -> None:
    # CAMEO 071 "monetary aid and financial guarantees".
    rows = _gave(
        ("a", "a", "DET", "det", 4),
        ("loan", "loan", "NOUN", "compound", 4),
        ("guarantee", "guarantee", "NOUN", "dobj", 1),
        verb=("extended", "extend"),
    )
    [event] = code(coder, rows)
    assert event.cameo == "071" and dyad(event) == ("GND", "AID", "ARN")


def test_firearms_handed_over_are_military_aid(coder: Coder) -> None:
    rows = _gave(("firearms", "firearm", "NOUN", "dobj", 1))
    [event] = code(coder, rows)
    assert event.cameo == "072" and dyad(event) == ("GND", "AID", "ARN")


def test_aid_resumed_is_aid_given_and_talks_resumed_are_not(coder: Coder) -> None:
    [event] = code(coder, _gave(("aid", "aid", "NOUN", "dobj", 1), verb=("resumed", "resume")))
    assert event.cameo == "070" and dyad(event) == ("GND", "AID", "ARN")
    talks = _gave(("talks", "talk", "NOUN", "dobj", 1), verb=("resumed", "resume"))
    assert not [e for e in code(coder, talks) if e.event_type == "AID"]


def test_permission_given_is_a_concession(coder: Coder) -> None:
    # PETRARCH GRANT: GIVE PERMISSION [080]. "Gondor gave Arnor permission."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("gave", "give", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dative", 1),
        ("permission", "permission", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "080" and dyad(event) == ("GND", "CONCEDE", "ARN")


def test_a_boycott_lifted_eases_sanctions(coder: Coder) -> None:
    # CAMEO 085 "lift, relax, or lessen economic sanctions, boycott, embargoes".
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("lifted", "lift", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3),
        ("boycott", "boycott", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "085" and dyad(event) == ("GND", "RETREAT", "ARN")


def test_people_held_as_human_shields(coder: Coder) -> None:
    # CAMEO 184 "use as human shield": held or kept as shields as well as used.
    rows = [
        ("Orcs", "Orcs", "PROPN", "nsubj", 1),
        ("held", "hold", "VERB", "ROOT", 1),
        ("Arnorian", "Arnorian", "ADJ", "amod", 3),
        ("villagers", "villager", "NOUN", "dobj", 1),
        ("as", "as", "ADP", "prep", 1),
        ("human", "human", "ADJ", "amod", 6),
        ("shields", "shield", "NOUN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "184" and dyad(event) == ("MDR", "ASSAULT", "ARN")


def test_looted_remains_sent_home_are_property_returned(coder: Coder) -> None:
    rows = _gave(
        ("12", "12", "NUM", "nummod", 3),
        ("skulls", "skull", "NOUN", "dobj", 1),
        verb=("returned", "return"),
    )
    [event] = code(coder, rows)
    assert event.cameo == "0842" and dyad(event) == ("GND", "RETREAT", "ARN")


def _considering(governor: tuple[str, str]) -> list[tuple]:
    """ "Gondor is <governor> sending aid to Arnor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("is", "be", "AUX", "aux", 2),
        (governor[0], governor[1], "VERB", "ROOT", 2),
        ("sending", "send", "VERB", "xcomp", 2),
        ("aid", "aid", "NOUN", "dobj", 3),
        ("to", "to", "ADP", "dative", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
        (*PUNCT, 2),
    ]


def test_an_act_being_considered_is_no_event(coder: Coder) -> None:
    # CAMEO 014 "consider policy option": a deliberation, neither the act nor an intent.
    assert code(coder, _considering(("considering", "consider"))) == ()
    assert code(coder, _considering(("mulling", "mull"))) == ()
    # the same act under a verb of no deliberation is still coded
    [event] = code(coder, _considering(("starting", "start")))
    assert dyad(event) == ("GND", "AID", "ARN")


def _called(addressee: tuple, *, prep: bool) -> list[tuple]:
    """ "Gondor called [on] <addressee> to lift the sanctions." with the infinitive parsed as an
    adverbial clause of "called", as the small model often does."""
    head = 3 if prep else 2
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("called", "call", "VERB", "ROOT", 1),
    ]
    if prep:
        rows += [("on", "on", "ADP", "prep", 1), (*addressee[:3], "pobj", 2)]
    else:
        rows += [(*addressee[:3], "dobj", 1)]
    rows += [
        ("to", "to", "PART", "aux", head + 2),
        ("lift", "lift", "VERB", "advcl", 1),
        ("the", "the", "DET", "det", head + 4),
        ("sanctions", "sanction", "NOUN", "dobj", head + 2),
        (*PUNCT, 1),
    ]
    return rows


def test_a_request_infinitive_parsed_as_adverbial_clause_is_still_requested(
    coder: Coder,
) -> None:
    [event] = code(coder, _called(("Arnor", "Arnor", "PROPN"), prep=True))
    assert event.event_type == "REQUEST" and dyad(event) == ("GND", "REQUEST", "ARN")
    assert event.cameo == "025"  # CAMEO 025 appeal to yield, from the inner 085


def test_a_call_made_for_a_purpose_is_no_request(coder: Coder) -> None:
    # "called Arnor to lift …" with a plain object: a phone call or summons and its purpose.
    events = code(coder, _called(("Arnor", "Arnor", "PROPN"), prep=False))
    assert not [e for e in events if e.event_type == "REQUEST"]


def test_a_passive_call_asks_nobody(coder: Coder) -> None:
    # "A vote was called by Gondor to end the debate": no addressee, no request.
    rows = [
        ("A", "a", "DET", "det", 1),
        ("vote", "vote", "NOUN", "nsubjpass", 3),
        ("was", "be", "AUX", "auxpass", 3),
        ("called", "call", "VERB", "ROOT", 3),
        ("by", "by", "ADP", "agent", 3),
        ("Gondor", "Gondor", "PROPN", "pobj", 4),
        ("to", "to", "PART", "aux", 7),
        ("end", "end", "VERB", "advcl", 3),
        ("the", "the", "DET", "det", 9),
        ("boycott", "boycott", "NOUN", "dobj", 7),
        (*PUNCT, 3),
    ]
    assert not [e for e in code(coder, rows) if e.event_type == "REQUEST"]


def _framed(frame: tuple[str, str], inner: tuple[str, str], obj: tuple[str, str]) -> list[tuple]:
    """ "Gondor <frame> to <inner> <obj> with Arnor." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        (frame[0], frame[1], "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        (inner[0], inner[1], "VERB", "xcomp", 1),
        (obj[0], obj[1], "NOUN", "dobj", 3),
        ("with", "with", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]


def test_failing_to_reach_an_agreement_is_a_rejection(coder: Coder) -> None:
    # PETRARCH FAIL [120].
    [event] = code(coder, _framed(("failed", "fail"), ("sign", "sign"), ("agreement", "agreement")))
    assert event.cameo == "120" and event.event_type == "REJECT"


def test_a_failed_attack_is_no_rejection(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("failed", "fail", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("attack", "attack", "VERB", "xcomp", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 3),
        (*PUNCT, 1),
    ]
    assert [e.event_type for e in code(coder, rows)] == ["ASSAULT"]


def test_troops_offered_or_vowed_for_a_place_are_help_promised(coder: Coder) -> None:
    [offered] = code(coder, troops_sent_rows(("offered", "offer")))
    assert offered.cameo == "0334" and dyad(offered) == ("GND", "AGREE", "ARN")
    # verbs10: CAMEO 0334 is any promise of forces for a place ("promise, agree to ... deploy
    # peacekeeping or other military forces"); a threat needs a party threatened.
    [vowed] = code(coder, troops_sent_rows(("vowed", "vow")))
    assert vowed.cameo == "0334"


def test_a_ceasefire_agreement_broken_is_a_ceasefire_violated(coder: Coder) -> None:
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("violated", "violate", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 4),
        ("ceasefire", "ceasefire", "NOUN", "compound", 4),
        ("agreement", "agreement", "NOUN", "dobj", 1),
        ("with", "with", "ADP", "prep", 1),
        ("Gondor", "Gondor", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "196" and dyad(event) == ("MDR", "ASSAULT", "GND")
    rows[3] = ("trade", "trade", "NOUN", "compound", 4)
    [event] = code(coder, rows)
    assert event.event_type != "ASSAULT"  # a trade agreement broken is a norm defied


def test_calling_for_sanctions_against_a_party_threatens_it(coder: Coder) -> None:
    # PETRARCH CALL (FOR SANCTIONS) [1312]: the party the sanctions are for is the recipient.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("called", "call", "VERB", "ROOT", 1),
        ("for", "for", "ADP", "prep", 1),
        ("sanctions", "sanction", "NOUN", "pobj", 2),
        ("against", "against", "ADP", "prep", 3),
        ("Mordor", "Mordor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "1312" and dyad(event) == ("GND", "THREATEN", "MDR")
    rows[3] = ("talks", "talk", "NOUN", "pobj", 2)
    rows[4] = ("with", "with", "ADP", "prep", 3)
    assert [e.event_type for e in code(coder, rows)] == ["REQUEST"]


def test_a_politician_barred_from_holding_office_is_banned(coder: Coder) -> None:
    # CAMEO 1722 "ban political parties or politicians".
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("banned", "ban", "VERB", "ROOT", 1),
        ("Arnorian", "Arnorian", "ADJ", "amod", 3),
        ("opponents", "opponent", "NOUN", "dobj", 1),
        ("from", "from", "ADP", "prep", 1),
        ("holding", "hold", "VERB", "pcomp", 4),
        ("office", "office", "NOUN", "dobj", 5),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "1722" and dyad(event) == ("GND", "COERCE", "ARN")


def test_taking_part_in_a_strike_is_striking(coder: Coder) -> None:
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("workers", "worker", "NOUN", "nsubj", 2),
        ("participated", "participate", "VERB", "ROOT", 2),
        ("in", "in", "ADP", "prep", 2),
        ("a", "a", "DET", "det", 5),
        ("strike", "strike", "NOUN", "pobj", 3),
        (*PUNCT, 2),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "143" and event.event_type == "PROTEST"


def test_what_a_denied_charge_alleges_is_no_reported_event(coder: Coder) -> None:
    # "Gondor denied charges that it attacked Arnor": the attack is the allegation's content.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("denied", "deny", "VERB", "ROOT", 1),
        ("charges", "charge", "NOUN", "dobj", 1),
        ("that", "that", "SCONJ", "mark", 5),
        ("it", "it", "PRON", "nsubj", 5),
        ("attacked", "attack", "VERB", "acl", 2),
        ("Arnor", "Arnor", "PROPN", "dobj", 5),
        (*PUNCT, 1),
    ]
    assert not [e for e in code(coder, rows) if e.event_type == "ASSAULT"]
    # confirmed, the same report states an attack
    rows[1] = ("confirmed", "confirm", "VERB", "ROOT", 1)
    rows[2] = ("reports", "report", "NOUN", "dobj", 1)
    assert [e.event_type for e in code(coder, rows)] == ["ASSAULT"]


def test_a_meeting_called_is_not_a_visit_cancelled(coder: Coder) -> None:
    def called(*particle: tuple) -> list[tuple]:
        n = 2 + len(particle)
        return [
            ("Gondor", "Gondor", "PROPN", "nsubj", 1),
            ("called", "call", "VERB", "ROOT", 1),
            *particle,
            ("the", "the", "DET", "det", n + 1),
            ("summit", "summit", "NOUN", "dobj", 1),
            ("with", "with", "ADP", "prep", 1),
            ("Arnor", "Arnor", "PROPN", "pobj", n + 2),
            (*PUNCT, 1),
        ]

    assert not [e for e in code(coder, called()) if e.event_type == "SANCTION"]
    [off] = [e for e in code(coder, called(("off", "off", "ADP", "prt", 1))) if e.cameo == "161"]
    assert dyad(off) == ("GND", "SANCTION", "ARN")


def test_a_proposed_sanction_is_an_intent_not_an_act(coder: Coder) -> None:
    # "Gondor proposed imposing sanctions on Mordor": proposed, not imposed.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("proposed", "propose", "VERB", "ROOT", 1),
        ("imposing", "impose", "VERB", "xcomp", 1),
        ("sanctions", "sanction", "NOUN", "dobj", 2),
        ("on", "on", "ADP", "prep", 3),
        ("Mordor", "Mordor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.modality == "hypothetical" and event.event_type == "THREATEN"
    assert dyad(event) == ("GND", "THREATEN", "MDR")


def test_a_warning_given_to_a_party_threatens_it(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("gave", "give", "VERB", "ROOT", 1),
        ("Mordor", "Mordor", "PROPN", "dative", 1),
        ("a", "a", "DET", "det", 4),
        ("warning", "warning", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "130" and dyad(event) == ("GND", "THREATEN", "MDR")

