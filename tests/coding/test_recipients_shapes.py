"""Recipients read from the shape of the clause: a participle describing a measure, an agentless
passive of expulsion, a second verb the parser hung on the object's noun, and a diplomatic
mission in a place (coding/beyond_slot.py, coding/patients.py, coding/conjuncts.py,
coding/placement.py), and who is asked when people's release is called for.

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder
from detente.coding.placement import under_jurisdiction
from detente.records import ActorMention

from middle_earth import code, parties

PUNCT = (".", ".", "PUNCT", "punct")


# --- a participle describing the thing lifted or imposed ----------------------------------


def _lifted_sanctions(participle: str, lemma: str, prep: str) -> list:
    """ "Gondor lifted sanctions <participle> <prep> Mordor because of trade by Orcs." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("lifted", "lift", "VERB", "ROOT", 1),
        ("sanctions", "sanction", "NOUN", "dobj", 1),
        (participle, lemma, "VERB", "acl", 2),
        (prep, prep, "ADP", "prep", 3),
        ("Mordor", "Mordor", "PROPN", "pobj", 4),
        ("because", "because", "SCONJ", "prep", 1),
        ("of", "of", "ADP", "pcomp", 6),
        ("trade", "trade", "NOUN", "pobj", 6),
        ("by", "by", "ADP", "prep", 8),
        ("Orcs", "Orc", "PROPN", "pobj", 9),
        (*PUNCT, 1),
    ]


def test_the_party_a_lifted_measure_was_imposed_on_is_the_recipient(coder: Coder) -> None:
    rows = _lifted_sanctions("imposed", "impose", "on")
    [event] = code(coder, rows, tags={2: "NNS", 3: "VBN", 10: "NNPS"})
    assert event.pattern_id == "concede.lift-sanctions"
    assert [(m.text, m.country) for m in event.recipient] == [("Mordor", "MDR")]


def test_a_participle_with_another_preposition_names_no_recipient_of_the_measure(
    coder: Coder,
) -> None:
    # "... sanctions announced in Mordor ...": where, not on whom; the search goes on and
    # finds the Orcs named further down, as before
    rows = _lifted_sanctions("announced", "announce", "in")
    [event] = code(coder, rows, tags={2: "NNS", 3: "VBN", 10: "NNPS"})
    assert [m.text for m in event.recipient] != ["Mordor"]


def test_the_recipient_preposition_hung_on_the_last_thing_sent_is_the_recipient(
    coder: Coder,
) -> None:
    # "Gondor sent trucks and a team of medics to Arnor.": "to Arnor" hangs on "team"
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("sent", "send", "VERB", "ROOT", 1),
        ("trucks", "truck", "NOUN", "dobj", 1),
        ("and", "and", "CCONJ", "cc", 2),
        ("a", "a", "DET", "det", 5),
        ("team", "team", "NOUN", "conj", 2),
        ("of", "of", "ADP", "prep", 5),
        ("medics", "medic", "NOUN", "pobj", 6),
        ("to", "to", "ADP", "prep", 5),
        ("Arnor", "Arnor", "PROPN", "pobj", 8),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, tags={2: "NNS", 7: "NNS"})
    assert event.pattern_id == "aid.give-vehicles"
    assert [(m.text, m.country) for m in event.recipient] == [("Arnor", "ARN")]


# --- the agentless passive of expulsion ------------------------------------------------------


def _expelled_from(place: str, *, agent: bool = False) -> list:
    """ "Sixty Orcish envoys were expelled from <place>[ by Arnor]." """
    rows = [
        ("Sixty", "sixty", "NUM", "nummod", 2),
        ("Orcish", "Orcish", "ADJ", "amod", 2),
        ("envoys", "envoy", "NOUN", "nsubjpass", 4),
        ("were", "be", "AUX", "auxpass", 4),
        ("expelled", "expel", "VERB", "ROOT", 4),
        ("from", "from", "ADP", "prep", 4),
        (place, place, "PROPN", "pobj", 5),
    ]
    if agent:
        rows += [("by", "by", "ADP", "agent", 4), ("Arnor", "Arnor", "PROPN", "pobj", 7)]
    return [*rows, (*PUNCT, 4)]


def test_the_state_people_are_expelled_from_is_the_actor_and_they_the_recipient(
    coder: Coder,
) -> None:
    [event] = code(coder, _expelled_from("Gondor"), tags={2: "NNS", 4: "VBN"})
    assert event.event_type == "SANCTION"
    assert [(m.text, m.country) for m in event.actor] == [("Gondor", "GND")]
    assert [m.country for m in event.recipient] == ["MDR"]
    assert event.recipient[0].text == "Sixty Orcish envoys"


def test_a_seat_of_power_expelled_from_stands_for_its_state(coder: Coder) -> None:
    rows = _expelled_from("Minas Tirith")
    rows = [*rows[:6], ("Minas", "Minas", "PROPN", "compound", 7),
            ("Tirith", "Tirith", "PROPN", "pobj", 5), rows[-1]]  # fmt: skip
    [event] = code(coder, rows, tags={2: "NNS", 4: "VBN"})
    assert [(m.country, m.sector) for m in event.actor] == [("GND", "GOV")]


def test_a_stated_agent_keeps_acting_in_an_expulsion(coder: Coder) -> None:
    [event] = code(coder, _expelled_from("Gondor", agent=True), tags={2: "NNS", 4: "VBN"})
    assert [m.country for m in event.actor] == ["ARN"]


def test_a_place_expelled_from_that_is_no_state_gives_no_actor(coder: Coder) -> None:
    # "... expelled from Osgiliath": a town is no state acting; the passive keeps no actor
    assert code(coder, _expelled_from("Osgiliath"), tags={2: "NNS", 4: "VBN"}) == ()


def test_people_expelled_from_two_states_name_no_single_actor(coder: Coder) -> None:
    # "Sixty Orcish envoys were expelled from Gondor and Arnor.": each side expels the other's
    rows = _expelled_from("Gondor")
    rows = [*rows[:-1], ("and", "and", "CCONJ", "cc", 6), ("Arnor", "Arnor", "PROPN", "conj", 6),
            rows[-1]]  # fmt: skip
    assert code(coder, rows, tags={2: "NNS", 4: "VBN"}) == ()


# --- a second verb hung on the object's noun ---------------------------------------------


def _closed_consulate_and(verb: str, tag: str) -> list:
    """ "Gondor closed its consulate in Arnor and <verb> Orcish envoys.", parsed as spaCy
    does when it takes the second verb for an adjective of a noun coordinated with Arnor."""
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("closed", "close", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3),
        ("consulate", "consulate", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        ("and", "and", "CCONJ", "cc", 5),
        (verb, verb, "ADJ", "amod", 9),
        ("Orcish", "Orcish", "ADJ", "amod", 9),
        ("envoys", "envoy", "NOUN", "conj", 5),
        (*PUNCT, 1),
    ], {3: "NN", 7: tag, 9: "NNS"}


def test_a_recipient_span_stops_before_a_coordinated_verb(coder: Coder) -> None:
    rows, tags = _closed_consulate_and("expel", "JJ")
    [event] = code(coder, rows, tags=tags)
    assert event.pattern_id == "sanction.close-embassy"
    assert [(m.text, m.country) for m in event.recipient] == [("Arnor", "ARN")]


def test_an_adjective_that_is_also_a_verb_keeps_its_coordination(coder: Coder) -> None:
    # "... in Arnor and free Orcish envoys": "free" is read as an adjective, so the envoys
    # are coordinated with Arnor and are recipients as well
    rows, tags = _closed_consulate_and("free", "JJ")
    [event] = code(coder, rows, tags=tags)
    assert [m.country for m in event.recipient] == ["ARN", "MDR"]


# --- a diplomatic mission in a place --------------------------------------------------------


def _closed_consulate_in(place: str) -> list:
    """ "Gondor closed the consulate in <place>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("closed", "close", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("consulate", "consulate", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 3),
        (place, place, "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]


def test_a_mission_in_the_acting_states_own_land_is_another_states(coder: Coder) -> None:
    # Osgiliath is in Gondor: the consulate there is some other state's, not Gondor's
    [event] = code(coder, _closed_consulate_in("Osgiliath"), ents=((5, 6, "GPE"),))
    assert event.event_type == "SANCTION"
    assert parties(event.recipient) == [(None, "GOV", "agent")]


def test_a_mission_abroad_stands_for_the_host_state(coder: Coder) -> None:
    # Bree is in Arnor: closing the consulate there acts on Arnor
    [event] = code(coder, _closed_consulate_in("Bree"), ents=((5, 6, "GPE"),))
    assert [m.country for m in event.recipient] == ["ARN"]


# --- an appeal for people's release is addressed to those who hold them ----------------------


def _called_for_release(*tail: tuple) -> list:
    """ "Arnor called for the release of Gondorians[ <tail>]." """
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("called", "call", "VERB", "ROOT", 1),
        ("for", "for", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 4),
        ("release", "release", "NOUN", "pobj", 2),
        ("of", "of", "ADP", "prep", 4),
        ("Gondorians", "Gondorian", "PROPN", "pobj", 5),
        *tail,
    ]
    return [*rows, (*PUNCT, 1)]


def test_an_appeal_for_release_is_addressed_to_the_holder_named_by_by(coder: Coder) -> None:
    rows = _called_for_release(
        ("held", "hold", "VERB", "acl", 6),
        ("by", "by", "ADP", "agent", 7),
        ("Mordor", "Mordor", "PROPN", "pobj", 8),
    )
    [event] = code(coder, rows, tags={6: "NNPS", 7: "VBN"})
    assert event.event_type == "REQUEST"
    assert [(m.text, m.country) for m in event.recipient] == [("Mordor", "MDR")]


def test_an_appeal_for_release_is_addressed_to_the_state_they_are_jailed_in(
    coder: Coder,
) -> None:
    rows = _called_for_release(
        ("jailed", "jail", "VERB", "acl", 6),
        ("in", "in", "ADP", "prep", 7),
        ("Mordor", "Mordor", "PROPN", "pobj", 8),
    )
    [event] = code(coder, rows, tags={6: "NNPS", 7: "VBN"})
    assert [m.country for m in event.recipient] == ["MDR"]


def test_the_people_whose_release_is_asked_are_no_recipient(coder: Coder) -> None:
    # "Arnor called for the release of Gondorians.": the holders are not named
    [event] = code(coder, _called_for_release(), tags={6: "NNPS"})
    assert event.event_type == "REQUEST"
    assert event.recipient == ()


def test_an_appeal_to_a_named_party_to_release_people_keeps_its_addressee(
    coder: Coder,
) -> None:
    # "Arnor urged Mordor to release Gondorians.": Mordor is asked
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("urged", "urge", "VERB", "ROOT", 1),
        ("Mordor", "Mordor", "PROPN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("release", "release", "VERB", "xcomp", 1),
        ("Gondorians", "Gondorian", "PROPN", "dobj", 4),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, tags={4: "VB", 5: "NNPS"})
    request = next(e for e in events if e.event_type == "REQUEST")
    assert [m.country for m in request.recipient] == ["MDR"]


# --- people a state's police or courts act on are in its jurisdiction ------------------------


def _mention(text: str, country: str | None, sector: str | None, rule: str) -> ActorMention:
    return ActorMention(text=text, start=0, end=len(text), country=country, sector=sector,
                        rule=rule)  # type: ignore[arg-type]  # fmt: skip


def test_people_charged_by_a_court_are_not_of_the_context_country() -> None:
    # "A man from Bree was indicted by a Gondorian court" in an article about Mordor
    court = (_mention("a Gondorian court", "GND", "JUD", "agent"),)
    man = (_mention("A man", "MDR", "CVL", "context"),)
    assert parties(under_jurisdiction(man, court, "115")) == [("GND", "CVL", "domestic")]


def test_a_state_acting_by_its_name_may_act_on_people_of_the_context_country() -> None:
    # "Gondor released important prisoners" in an article about Mordor: Mordorian prisoners
    state = (_mention("Gondor", "GND", None, "country-name"),)
    prisoners = (_mention("important prisoners", "MDR", "CVL", "context"),)
    assert under_jurisdiction(prisoners, state, "0841") == prisoners


def test_people_named_by_their_own_country_keep_it() -> None:
    police = (_mention("Gondorian police", "GND", "COP", "agent"),)
    orcs = (_mention("three Orcs", "MDR", "CVL", "demonym"),)
    assert under_jurisdiction(orcs, police, "173") == orcs


# --- an act done together has no partner outside its actor ------------------------------------


def _agreed_to_work(adverb: tuple | None) -> tuple[list, dict[int, str]]:
    """ "Orcs agreed to work[ together] to please Gondor." """
    rows = [
        ("Orcs", "Orc", "PROPN", "nsubj", 1),
        ("agreed", "agree", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("work", "work", "VERB", "xcomp", 1),
    ]
    if adverb is not None:
        rows.append(adverb)
    n = len(rows)
    rows += [
        ("to", "to", "PART", "aux", n + 1),
        ("please", "please", "VERB", "advcl", 3),
        ("Gondor", "Gondor", "PROPN", "dobj", n + 1),
        (*PUNCT, 1),
    ]
    return rows, {0: "NNPS", 3: "VB", n + 1: "VB"}


def test_a_party_after_an_act_done_together_is_no_partner(coder: Coder) -> None:
    rows, tags = _agreed_to_work(("together", "together", "ADV", "advmod", 3))
    [event] = code(coder, rows, tags=tags)
    assert event.event_type == "AGREE"
    assert event.recipient == ()


def test_without_together_the_purpose_clause_still_names_the_other_party(coder: Coder) -> None:
    rows, tags = _agreed_to_work(None)
    [event] = code(coder, rows, tags=tags)
    assert [m.country for m in event.recipient] == ["GND"]


# --- a visit is made to the host its purpose names ---------------------------------------------


def _travelled_to_bree_for(*purpose: tuple) -> list:
    """ "The Gondorian king travelled to Bree <purpose>." """
    rows = [
        ("The", "the", "DET", "det", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("king", "king", "NOUN", "nsubj", 3),
        ("travelled", "travel", "VERB", "ROOT", 3),
        ("to", "to", "ADP", "prep", 3),
        ("Bree", "Bree", "PROPN", "pobj", 4),
        *purpose,
    ]
    return [*rows, (*PUNCT, 3)]


def test_the_party_a_visit_is_for_talks_with_is_its_host(coder: Coder) -> None:
    rows = _travelled_to_bree_for(
        ("for", "for", "ADP", "prep", 3),
        ("talks", "talk", "NOUN", "pobj", 6),
        ("with", "with", "ADP", "prep", 7),
        ("Mordor", "Mordor", "PROPN", "pobj", 8),
    )
    [event] = code(coder, rows, ents=((5, 6, "GPE"),), tags={7: "NNS"})
    assert event.event_type == "CONSULT"
    assert [(m.text, m.country) for m in event.recipient] == [("Mordor", "MDR")]


def test_the_party_a_visit_goes_to_meet_is_its_host(coder: Coder) -> None:
    rows = _travelled_to_bree_for(
        ("to", "to", "PART", "aux", 7),
        ("meet", "meet", "VERB", "advcl", 3),
        ("Mordor", "Mordor", "PROPN", "dobj", 7),
    )
    events = code(coder, rows, ents=((5, 6, "GPE"),), tags={7: "VB"})
    visit = next(e for e in events if e.pattern_id == "consult.travel-to")
    assert [m.country for m in visit.recipient] == ["MDR"]

