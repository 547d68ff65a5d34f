"""Acts told by a verb's company: what forces are sent as, what an inquiry looks into, what
"elaborate" takes, what is handed back.

Hand-built parses of the made-up world; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, dyad

PUNCT = (".", ".", "PUNCT", "punct")


def _deployed(*role: tuple) -> list[tuple]:
    """ "Gondor deployed its soldiers <role, from index 4> in Arnor." """
    n = len(role)
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("deployed", "deploy", "VERB", "ROOT", 1),
        ("its", "its", "PRON", "poss", 3),
        ("soldiers", "soldier", "NOUN", "dobj", 1),
        *role,
        ("in", "in", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 4 + n),
        (*PUNCT, 1),
    ]


def test_forces_deployed_as_peacekeepers_are_peacekeeping_given(coder: Coder) -> None:
    # CAMEO 074: forces sent in the role of peacekeepers protect; they mobilise against no one.
    rows = _deployed(
        ("as", "as", "ADP", "prep", 1), ("peacekeepers", "peacekeeper", "NOUN", "pobj", 4)
    )
    [event] = code(coder, rows)
    assert event.cameo == "074" and dyad(event) == ("GND", "AID", "ARN")


def test_forces_deployed_as_a_peacekeeping_force_are_peacekeeping_given(coder: Coder) -> None:
    rows = _deployed(
        ("as", "as", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 7),
        ("peacekeeping", "peacekeeping", "NOUN", "compound", 7),
        ("force", "force", "NOUN", "pobj", 4),
    )
    [event] = code(coder, rows)
    assert event.cameo == "074" and dyad(event) == ("GND", "AID", "ARN")


def test_forces_deployed_as_a_strike_force_stay_a_deployment(coder: Coder) -> None:
    rows = _deployed(
        ("as", "as", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 7),
        ("strike", "strike", "NOUN", "compound", 7),
        ("force", "force", "NOUN", "pobj", 4),
    )
    [event] = code(coder, rows)
    assert event.cameo == "154" and dyad(event) == ("GND", "MOBILIZE", "ARN")


def test_troops_sent_to_serve_as_a_peacekeeping_force_are_peacekeeping_given(coder: Coder) -> None:
    # "sent troops to Arnor to serve as a peacekeeping force": the purpose names the role.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("sent", "send", "VERB", "ROOT", 1),
        ("troops", "troop", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 3),
        ("to", "to", "PART", "aux", 6),
        ("serve", "serve", "VERB", "advcl", 1),
        ("as", "as", "ADP", "prep", 6),
        ("a", "a", "DET", "det", 10),
        ("peacekeeping", "peacekeeping", "NOUN", "compound", 10),
        ("force", "force", "NOUN", "pobj", 7),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "074" and dyad(event) == ("GND", "AID", "ARN")


def _arrived(*purpose: tuple) -> list[tuple]:
    """ "Gondor's troops arrived in Arnor <purpose, from index 6>." """
    return [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("troops", "troop", "NOUN", "nsubj", 3),
        ("arrived", "arrive", "VERB", "ROOT", 3),
        ("in", "in", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        *purpose,
        (*PUNCT, 3),
    ]


def test_troops_arriving_to_join_a_peacekeeping_mission_give_peacekeeping(coder: Coder) -> None:
    # PETRARCH JOIN * {PEACE MISSION} [074]; the arrival is made for it, one event.
    rows = _arrived(
        ("to", "to", "PART", "aux", 7),
        ("join", "join", "VERB", "advcl", 3),
        ("the", "the", "DET", "det", 10),
        ("peacekeeping", "peacekeeping", "NOUN", "compound", 10),
        ("mission", "mission", "NOUN", "dobj", 7),
    )
    [event] = code(coder, rows)
    assert event.cameo == "074" and dyad(event) == ("GND", "AID", "ARN")


def test_troops_arriving_with_no_purpose_give_no_aid(coder: Coder) -> None:
    assert all(e.event_type != "AID" for e in code(coder, _arrived()))


def _launched_inquiry_into(noun: str, lemma: str) -> list[tuple]:
    """ "Gondor launched an investigation into the <noun>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("launched", "launch", "VERB", "ROOT", 1),
        ("an", "an", "DET", "det", 3),
        ("investigation", "investigation", "NOUN", "dobj", 1),
        ("into", "into", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 6),
        (noun, lemma, "NOUN", "pobj", 4),
        (*PUNCT, 1),
    ]


def test_an_investigation_into_an_outbreak_accuses_no_one(coder: Coder) -> None:
    # An outbreak's cause is looked for in nature; CAMEO 09 investigates wrongdoing.
    assert code(coder, _launched_inquiry_into("outbreak", "outbreak")) == ()


def test_an_investigation_into_killings_stays_an_investigation(coder: Coder) -> None:
    [event] = code(coder, _launched_inquiry_into("killings", "killing"))
    assert event.cameo == "090" and event.event_type == "ACCUSE"


def test_urged_to_elaborate_a_policy_is_a_request(coder: Coder) -> None:
    # "elaborate" with an object works a thing out: nothing is withheld, the urging asks it.
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("urged", "urge", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "dobj", 1),
        ("to", "to", "PART", "aux", 4),
        ("elaborate", "elaborate", "VERB", "xcomp", 1),
        ("a", "a", "DET", "det", 6),
        ("policy", "policy", "NOUN", "dobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert dyad(event) == ("ARN", "REQUEST", "GND")


def test_declining_to_elaborate_is_no_event(coder: Coder) -> None:
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("declined", "decline", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("elaborate", "elaborate", "VERB", "xcomp", 1),
        (*PUNCT, 1),
    ]
    assert code(coder, rows) == ()


def _returned(*rest: tuple) -> list[tuple]:
    """ "Gondor returned the monkeys <rest, from index 4>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("returned", "return", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("monkeys", "monkey", "NOUN", "dobj", 1),
        *rest,
        (*PUNCT, 1),
    ]


def test_seized_wildlife_returned_to_a_state_is_property_returned(coder: Coder) -> None:
    # CAMEO 0842: confiscated property handed back to its state.
    rows = _returned(("to", "to", "ADP", "prep", 1), ("Arnor", "Arnor", "PROPN", "pobj", 4))
    [event] = code(coder, rows)
    assert event.cameo == "0842" and dyad(event) == ("GND", "RETREAT", "ARN")


def test_wildlife_returned_to_no_party_is_no_event(coder: Coder) -> None:
    assert code(coder, _returned()) == ()


def _meeting(*partner: tuple) -> list[tuple]:
    """ "Gondor's meeting <partner, from index 3> ended." """
    n = len(partner)
    return [
        ("Gondor", "Gondor", "PROPN", "poss", 2),
        ("'s", "'s", "PART", "case", 0),
        ("meeting", "meeting", "NOUN", "nsubj", 3 + n),
        *partner,
        ("ended", "end", "VERB", "ROOT", 3 + n),
        (*PUNCT, 3 + n),
    ]


def test_a_meeting_with_a_partner_is_a_consultation(coder: Coder) -> None:
    rows = _meeting(("with", "with", "ADP", "prep", 2), ("Arnor", "Arnor", "PROPN", "pobj", 3))
    [event] = code(coder, rows)
    assert event.cameo == "040" and dyad(event) == ("GND", "CONSULT", "ARN")


def test_a_bodys_own_meeting_consults_no_one(coder: Coder) -> None:
    # "the council's April 6 meeting": a sitting of one body names no partner (CAMEO 04).
    assert code(coder, _meeting()) == ()


def test_a_meetings_partner_hung_on_the_verb_is_its_partner(coder: Coder) -> None:
    # "Gondor scheduled a meeting with Arnor": the parser attaches "with" to the verb.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("scheduled", "schedule", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("meeting", "meeting", "NOUN", "dobj", 1),
        ("with", "with", "ADP", "prep", 1),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.cameo == "040" and dyad(event) == ("GND", "CONSULT", "ARN")


def _investigating(*subject: tuple) -> list[tuple]:
    """ "<subject> are investigating the Arnorian residents." (the subject's head last)"""
    n = len(subject)
    return [
        *subject,
        ("are", "be", "AUX", "aux", n + 1),
        ("investigating", "investigate", "VERB", "ROOT", n + 1),
        ("the", "the", "DET", "det", n + 4),
        ("Arnorian", "Arnorian", "ADJ", "amod", n + 4),
        ("residents", "resident", "NOUN", "dobj", n + 1),
        (*PUNCT, n + 1),
    ]


def test_doctors_investigating_people_accuse_no_one(coder: Coder) -> None:
    # Doctors look for an infection's cause (CAMEO 09 investigates wrongdoing).
    rows = _investigating(
        ("Gondorian", "Gondorian", "ADJ", "amod", 1), ("doctors", "doctor", "NOUN", "nsubj", 3)
    )
    assert code(coder, rows) == ()


def test_police_investigating_people_is_an_investigation(coder: Coder) -> None:
    rows = _investigating(
        ("Gondorian", "Gondorian", "ADJ", "amod", 1), ("police", "police", "NOUN", "nsubj", 3)
    )
    [event] = code(coder, rows)
    assert event.cameo == "090" and dyad(event)[:2] == ("GND", "ACCUSE")


def _hosted_dinner(*guest: tuple) -> list[tuple]:
    """ "Gondor hosted a dinner <guest, from index 4>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("hosted", "host", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("dinner", "dinner", "NOUN", "dobj", 1),
        *guest,
        (*PUNCT, 1),
    ]


def test_a_dinner_hosted_for_a_party_hosts_it(coder: Coder) -> None:
    # PETRARCH HOST * DINNER [043]: the guest of honour is hosted.
    rows = _hosted_dinner(("for", "for", "ADP", "prep", 3), ("Arnor", "Arnor", "PROPN", "pobj", 4))
    [event] = code(coder, rows)
    assert event.cameo == "043" and dyad(event) == ("GND", "CONSULT", "ARN")


def test_a_dinner_with_no_guest_is_an_occasion(coder: Coder) -> None:
    assert code(coder, _hosted_dinner()) == ()


def _it_allowed(allowed: tuple) -> list[tuple]:
    """ "Gondor said it allowed <allowed> to stay." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("it", "it", "PRON", "nsubj", 3),
        ("allowed", "allow", "VERB", "ccomp", 1),
        allowed,
        ("to", "to", "PART", "aux", 6),
        ("stay", "stay", "VERB", "xcomp", 3),
        (*PUNCT, 1),
    ]


def test_it_allowing_a_party_concedes_to_it(coder: Coder) -> None:
    events = code(coder, _it_allowed(("Arnorians", "Arnorian", "PROPN", "dobj", 3)))
    assert [e.event_type for e in events if e.cameo.startswith("08")] == ["CONCEDE"]


def test_it_allowing_a_thing_concedes_nothing(coder: Coder) -> None:
    # "It allows fines of up to $1,000": what a law or plan told of before provides.
    events = code(coder, _it_allowed(("fines", "fine", "NOUN", "dobj", 3)))
    assert [e for e in events if e.cameo.startswith("08")] == []
