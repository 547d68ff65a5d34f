"""Recipients read through clause structure and ownership: the unsaid subject of a bare passive
clause ("was in jail after being indicted"), an armed group's word set before a site as an
adjective ("the militant positions"), the actor's own people left out of the recipient search
("provided by their lawyer"), and whom a returned thing goes back to (coding/gerund_patients.py,
coding/party_mentions.py, coding/beyond_slot.py, coding/restitution.py).

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.beyond_slot import report_audience
from detente.coding.events import Coder
from detente.coding.gerund_patients import bare_passive_patient
from detente.coding.match import Match
from detente.coding.pressure import pressing_party
from detente.records import ActorMention

from middle_earth import by_pattern, code, parties
from support import build_doc

PUNCT = (".", ".", "PUNCT", "punct")


# --- the unsaid subject of a bare passive clause --------------------------------------------


def _jailed_after(clause: tuple[tuple, ...]) -> list:
    """ "Aragorn was in jail after <clause> by a Gondorian court." (the clause's verb is its
    last row, token 5 + len(clause) - 1)."""
    verb = 4 + len(clause)
    return [
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 1),
        ("was", "be", "AUX", "ROOT", 1),
        ("in", "in", "ADP", "prep", 1),
        ("jail", "jail", "NOUN", "pobj", 2),
        ("after", "after", "ADP", "prep", 1),
        *clause,
        ("by", "by", "ADP", "agent", verb),
        ("a", "a", "DET", "det", verb + 3),
        ("Gondorian", "Gondorian", "ADJ", "amod", verb + 3),
        ("court", "court", "NOUN", "pobj", verb + 1),
        (*PUNCT, 1),
    ]


BEING_INDICTED = (("being", "be", "AUX", "auxpass", 6), ("indicted", "indict", "VERB", "pcomp", 4))


def test_a_bare_passive_after_a_preposition_acts_on_the_subject_of_its_clause(
    coder: Coder,
) -> None:
    rows = _jailed_after(BEING_INDICTED)
    [event] = code(coder, rows, ents=((0, 1, "PERSON"),), tags={5: "VBG", 6: "VBN"})
    assert event.pattern_id == "accuse.sue"
    assert [m.text for m in event.recipient] == ["Aragorn"]
    assert parties(event.actor)[0][:2] == ("GND", "JUD")


def test_a_passive_clause_with_its_own_subject_hands_down_no_patient() -> None:
    # "... after he was indicted by a court": the clause names whom it acts on itself
    rows = _jailed_after((
        ("he", "he", "PRON", "nsubjpass", 7),
        ("was", "be", "AUX", "auxpass", 7),
        ("indicted", "indict", "VERB", "pcomp", 4),
    ))
    doc = build_doc(rows, tags={7: "VBN"})
    assert bare_passive_patient(doc[7]) is None
    assert bare_passive_patient(build_doc(_jailed_after(BEING_INDICTED))[6]).text == "Aragorn"


def test_a_bare_passive_infinitive_on_a_noun_acts_on_that_noun(coder: Coder) -> None:
    # "The Orcs about to be arrested by Gondorian police fled."
    rows = [
        ("The", "the", "DET", "det", 1),
        ("Orcs", "Orcs", "PROPN", "nsubj", 9),
        ("about", "about", "ADP", "prep", 1),
        ("to", "to", "PART", "aux", 5),
        ("be", "be", "AUX", "auxpass", 5),
        ("arrested", "arrest", "VERB", "xcomp", 2),
        ("by", "by", "ADP", "agent", 5),
        ("Gondorian", "Gondorian", "ADJ", "amod", 8),
        ("police", "police", "NOUN", "pobj", 6),
        ("fled", "flee", "VERB", "ROOT", 9),
        (*PUNCT, 9),
    ]
    events = code(coder, rows, ents=((1, 2, "NORP"), (7, 8, "NORP")), tags={5: "VBN"})
    event = by_pattern(events, "coerce.arrest")
    [recipient] = event.recipient
    assert recipient.country == "MDR" and recipient.text.startswith("The Orcs")


# --- an armed group's word before a site ------------------------------------------------------


def _fired_on(modifier: tuple[str, str, str, str]) -> list:
    """ "Gondorian gunships fired on the <modifier> positions." """
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("gunships", "gunship", "NOUN", "nsubj", 2),
        ("fired", "fire", "VERB", "ROOT", 2),
        ("on", "on", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 6),
        (*modifier, 6),
        ("positions", "position", "NOUN", "pobj", 3),
        (*PUNCT, 2),
    ]


def test_an_armed_groups_adjective_before_a_site_fired_on_names_whose_site_it_is(
    coder: Coder,
) -> None:
    [event] = code(coder, _fired_on(("militant", "militant", "ADJ", "amod")))
    assert [(m.text, m.sector) for m in event.recipient] == [("militant", "REB")]


def test_an_adjective_naming_no_group_before_a_site_names_no_owner(coder: Coder) -> None:
    [event] = code(coder, _fired_on(("strategic", "strategic", "ADJ", "amod")))
    assert event.recipient == ()


# --- the actor's own people are not searched out as recipients --------------------------------


def _allegations_provided_by(owner: tuple[str, str, str, str]) -> list:
    """ "The Orcs made allegations in papers provided by <owner> lawyer." """
    return [
        ("The", "the", "DET", "det", 1),
        ("Orcs", "Orcs", "PROPN", "nsubj", 2),
        ("made", "make", "VERB", "ROOT", 2),
        ("allegations", "allegation", "NOUN", "dobj", 2),
        ("in", "in", "ADP", "prep", 2),
        ("papers", "paper", "NOUN", "pobj", 4),
        ("provided", "provide", "VERB", "acl", 5),
        ("by", "by", "ADP", "agent", 6),
        (*owner, 9),
        ("lawyer", "lawyer", "NOUN", "pobj", 7),
        (*PUNCT, 2),
    ]


def test_the_actors_own_lawyer_found_by_searching_is_no_recipient(coder: Coder) -> None:
    rows = _allegations_provided_by(("their", "their", "PRON", "poss"))
    [event] = code(coder, rows, ents=((1, 2, "NORP"),), tags={6: "VBN"})
    assert event.pattern_id == "accuse.level-charges"
    assert all("lawyer" not in m.text for m in event.recipient)


def test_a_lawyer_of_another_side_found_by_searching_is_still_the_recipient(
    coder: Coder,
) -> None:
    rows = _allegations_provided_by(("Gondorian", "Gondorian", "ADJ", "amod"))
    [event] = code(coder, rows, ents=((1, 2, "NORP"), (8, 9, "NORP")), tags={6: "VBN"})
    assert [(m.text, m.country) for m in event.recipient] == [("Gondorian lawyer", "GND")]


# --- whom a returned thing goes back to -------------------------------------------------------


def test_a_thing_returned_goes_back_to_whom_it_was_seized_from(coder: Coder) -> None:
    # "Mordor will return weapons it seized from the Gondorian army."
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 2),
        ("will", "will", "AUX", "aux", 2),
        ("return", "return", "VERB", "ROOT", 2),
        ("weapons", "weapon", "NOUN", "dobj", 2),
        ("it", "it", "PRON", "nsubj", 5),
        ("seized", "seize", "VERB", "relcl", 3),
        ("from", "from", "ADP", "prep", 5),
        ("the", "the", "DET", "det", 9),
        ("Gondorian", "Gondorian", "ADJ", "amod", 9),
        ("army", "army", "NOUN", "pobj", 6),
        (*PUNCT, 2),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (8, 9, "NORP")))
    event = by_pattern(events, "concede.return-property")
    assert [(m.country, m.sector) for m in event.recipient] == [("GND", "MIL")]


def _returned(*tail: tuple) -> list:
    """ "Gondor returned skulls that date back to antiquity <tail>." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("returned", "return", "VERB", "ROOT", 1),
        ("skulls", "skull", "NOUN", "dobj", 1),
        ("that", "that", "PRON", "nsubj", 4),
        ("date", "date", "VERB", "relcl", 2),
        ("back", "back", "ADV", "advmod", 4),
        ("to", "to", "ADP", "prep", 5),
        ("antiquity", "antiquity", "NOUN", "pobj", 6),
        *tail,
        (*PUNCT, 1),
    ]


def test_to_whom_a_thing_is_returned_is_read_where_the_parser_hung_it(coder: Coder) -> None:
    # "... to Arnor", hung on the relative clause rather than on "returned"
    rows = _returned(("to", "to", "ADP", "prep", 4), ("Arnor", "Arnor", "PROPN", "pobj", 8))
    [event] = code(coder, rows, ents=((0, 1, "GPE"), (9, 10, "GPE")))
    assert [(m.text, m.country) for m in event.recipient] == [("Arnor", "ARN")]


def test_a_returned_thing_of_no_named_origin_goes_back_to_nobody_named(coder: Coder) -> None:
    [event] = code(coder, _returned(), ents=((0, 1, "GPE"),))
    assert event.recipient == ()


# --- kin acted on -----------------------------------------------------------------------------


def _stabbed(*obj: tuple) -> list:
    """ "A Gondorian man stabbed <obj> in Osgiliath." (the object's last row heads it)."""
    head = 3 + len(obj) - 1
    return [
        ("A", "a", "DET", "det", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("man", "man", "NOUN", "nsubj", 3),
        ("stabbed", "stab", "VERB", "ROOT", 3),
        *obj,
        ("in", "in", "ADP", "prep", 3),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", head + 2),
        (*PUNCT, 3),
    ]


def test_a_family_member_stabbed_is_a_private_person_of_where_it_happened(coder: Coder) -> None:
    rows = _stabbed(("his", "his", "PRON", "poss", 5), ("mother", "mother", "NOUN", "dobj", 3))
    [event] = code(coder, rows, ents=((1, 2, "NORP"), (7, 8, "GPE")))
    assert [(m.text, m.country, m.sector) for m in event.recipient] == [
        ("his mother", "GND", "CVL")
    ]


def test_a_thing_no_word_makes_a_person_stabbed_gives_no_event(coder: Coder) -> None:
    rows = _stabbed(("the", "the", "DET", "det", 5), ("mattress", "mattress", "NOUN", "dobj", 3))
    assert code(coder, rows, ents=((1, 2, "NORP"), (7, 8, "GPE"))) == ()


# --- an investigation of a death looks into who caused it -------------------------------------


def _investigated_death_of(*victim: tuple) -> list:
    """ "Arnorian police investigated the death of <victim>." (the victim heads at token 7)."""
    return [
        ("Arnorian", "Arnorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("investigated", "investigate", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4),
        ("death", "death", "NOUN", "dobj", 2),
        ("of", "of", "ADP", "prep", 4),
        *victim,
        (*PUNCT, 2),
    ]


def test_a_death_investigated_names_who_caused_it_as_the_recipient(coder: Coder) -> None:
    # "... the death of a man killed by Gondorian soldiers."
    rows = _investigated_death_of(
        ("a", "a", "DET", "det", 7),
        ("man", "man", "NOUN", "pobj", 5),
        ("killed", "kill", "VERB", "acl", 7),
        ("by", "by", "ADP", "agent", 8),
        ("Gondorian", "Gondorian", "ADJ", "amod", 11),
        ("soldiers", "soldier", "NOUN", "pobj", 9),
    )
    events = code(coder, rows, ents=((0, 1, "NORP"), (10, 11, "NORP")), tags={8: "VBN"})
    event = by_pattern(events, "accuse.investigate-crime")
    assert [(m.country, m.sector) for m in event.recipient] == [("GND", "MIL")]


def test_the_victim_of_a_death_investigated_is_no_party_investigated(coder: Coder) -> None:
    # "... the death of a Gondorian soldier." (a soldier: the police's inquiry into a private
    # man's death is routine work, no event; coding/death_inquiries.py)
    rows = _investigated_death_of(
        ("a", "a", "DET", "det", 8),
        ("Gondorian", "Gondorian", "ADJ", "amod", 8),
        ("soldier", "soldier", "NOUN", "pobj", 5),
    )
    [event] = code(coder, rows, ents=((0, 1, "NORP"), (7, 8, "NORP")))
    assert event.pattern_id == "accuse.investigate-crime"
    assert event.recipient == ()


# --- whom a report is told to is its audience ---------------------------------------------


def test_whom_a_report_is_told_to_is_its_audience_not_a_party_acted_on() -> None:
    # "Gondor urged talks and told reporters." / "... and said so to reporters."
    told = build_doc([
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("urged", "urge", "VERB", "ROOT", 1),
        ("talks", "talk", "NOUN", "dobj", 1),
        ("and", "and", "CCONJ", "cc", 1),
        ("told", "tell", "VERB", "conj", 1),
        ("reporters", "reporter", "NOUN", "dobj", 4),
        (*PUNCT, 1),
    ])
    said_to = build_doc([
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("urged", "urge", "VERB", "ROOT", 1),
        ("talks", "talk", "NOUN", "dobj", 1),
        ("and", "and", "CCONJ", "cc", 1),
        ("said", "say", "VERB", "conj", 1),
        ("so", "so", "ADV", "advmod", 4),
        ("to", "to", "ADP", "prep", 4),
        ("reporters", "reporter", "NOUN", "pobj", 6),
        (*PUNCT, 1),
    ])
    assert report_audience(told[5], {1})
    assert report_audience(said_to[7], {1})
    # the object of the act itself is no audience, nor that of a reporting verb that is the
    # trigger
    assert not report_audience(told[2], {1})
    assert not report_audience(told[5], {4})


def test_a_victim_named_by_a_possessive_of_the_death_investigated_is_no_party(
    coder: Coder,
) -> None:
    # "Arnorian police investigated the Gondorian soldier's death." (a soldier: see above)
    rows = [
        ("Arnorian", "Arnorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("investigated", "investigate", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 5),
        ("Gondorian", "Gondorian", "ADJ", "amod", 5),
        ("soldier", "soldier", "NOUN", "poss", 7),
        ("'s", "'s", "PART", "case", 5),
        ("death", "death", "NOUN", "dobj", 2),
        (*PUNCT, 2),
    ]
    [event] = code(coder, rows, ents=((0, 1, "NORP"), (4, 5, "NORP")))
    assert event.cameo[:2] == "09"
    assert event.recipient == ()



# --- whose pressure a refusal or a concession answers -------------------------------------------


def _refused_to_resign_despite(owner: tuple[str, str, str, str], noun: str) -> list:
    """ "Denethor refused to resign despite <owner>'s <noun>." """
    return [
        ("Denethor", "Denethor", "PROPN", "nsubj", 1),
        ("refused", "refuse", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("resign", "resign", "VERB", "xcomp", 1),
        ("despite", "despite", "ADP", "prep", 1),
        (*owner, 7),
        ("'s", "'s", "PART", "case", 5),
        (noun, noun, "NOUN", "pobj", 4),
        (*PUNCT, 1),
    ]


def test_a_refusal_despite_a_partys_request_rejects_that_party(coder: Coder) -> None:
    rows = _refused_to_resign_despite(("Arnor", "Arnor", "PROPN", "poss"), "request")
    [event] = code(coder, rows, ents=((0, 1, "PERSON"), (5, 6, "GPE")))
    assert event.event_type == "REJECT"
    assert [(m.text, m.country) for m in event.recipient] == [("Arnor", "ARN")]


def test_a_refusal_despite_no_pressure_names_no_party_behind_it(coder: Coder) -> None:
    # "... despite Arnor's storm": weather presses nobody's demand
    rows = _refused_to_resign_despite(("Arnor", "Arnor", "PROPN", "poss"), "storm")
    [event] = code(coder, rows, ents=((0, 1, "PERSON"), (5, 6, "GPE")))
    assert all(m.country != "ARN" for m in event.recipient)


def test_a_resignation_under_pressure_from_a_party_yields_to_it(coder: Coder) -> None:
    # "Denethor resigned under pressure from Arnor."
    rows = [
        ("Denethor", "Denethor", "PROPN", "nsubj", 1),
        ("resigned", "resign", "VERB", "ROOT", 1),
        ("under", "under", "ADP", "prep", 1),
        ("pressure", "pressure", "NOUN", "pobj", 2),
        ("from", "from", "ADP", "prep", 3),
        ("Arnor", "Arnor", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, ents=((0, 1, "PERSON"), (5, 6, "GPE")))
    assert event.cameo.startswith("08")
    assert [(m.text, m.country) for m in event.recipient] == [("Arnor", "ARN")]


# --- what a protest acted on is against is no recipient of the act ------------------------------


def _protest_against(subject: tuple, verb: tuple[str, str], noun: tuple[str, str]) -> list:
    """ "<subject> <verb> a <noun> against the Arnorian government." """
    return [
        (*subject, "nsubj", 1),
        (verb[0], verb[1], "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        (noun[0], noun[1], "NOUN", "dobj", 1),
        ("against", "against", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 7),
        ("Arnorian", "Arnorian", "ADJ", "amod", 7),
        ("government", "government", "NOUN", "pobj", 4),
        (*PUNCT, 1),
    ]


def test_a_protest_dispersed_is_done_to_the_protesters_not_to_whom_it_was_against(
    coder: Coder,
) -> None:
    rows = _protest_against(("Police", "police", "NOUN"), ("dispersed", "disperse"),
                            ("protest", "protest"))  # fmt: skip
    [event] = code(coder, rows, ents=((6, 7, "NORP"),))
    assert event.pattern_id == "coerce.disperse"
    assert all(m.country != "ARN" for m in event.recipient)


def test_a_protest_staged_against_a_government_is_against_that_government(
    coder: Coder,
) -> None:
    rows = _protest_against(("Orcs", "Orcs", "PROPN"), ("staged", "stage"), ("protest", "protest"))
    [event] = code(coder, rows, ents=((0, 1, "NORP"), (6, 7, "NORP")))
    assert event.event_type == "PROTEST"
    assert [(m.country, m.sector) for m in event.recipient] == [("ARN", "GOV")]



def _pressed(prep: str, cameo: str) -> tuple[ActorMention, ...]:
    """Whom pressing_party finds in "Denethor refused to resign <prep> pressure from Arnor",
    coded ``cameo`` (every name resolves to a party of its own)."""
    doc = build_doc([
        ("Denethor", "Denethor", "PROPN", "nsubj", 1),
        ("refused", "refuse", "VERB", "ROOT", 1),
        ("to", "to", "PART", "aux", 3),
        ("resign", "resign", "VERB", "xcomp", 1),
        (prep, prep, "ADP", "prep", 1),
        ("pressure", "pressure", "NOUN", "pobj", 4),
        ("from", "from", "ADP", "prep", 5),
        ("Arnor", "Arnor", "PROPN", "pobj", 6),
        (*PUNCT, 1),
    ])
    match = Match(
        head=doc[3], trigger=(1, 4), pattern_id="frame.refuse+concede.resign", cameo=cameo,
        actor=doc[0], recipient=None, symmetric=False, frame=doc[1],
    )

    def resolve(head):
        return (ActorMention(text=head.text, start=head.idx, end=head.idx + len(head.text),
                             country="ARN", sector=None, rule="country-name"),)  # fmt: skip

    return pressing_party(resolve, match)


def test_only_a_refusal_despite_pressure_and_a_concession_under_it_answer_the_presser() -> None:
    assert [m.text for m in _pressed("despite", "124")] == ["Arnor"]
    assert [m.text for m in _pressed("under", "0831")] == ["Arnor"]
    # a refusal under pressure was pressed for; a concession despite it was opposed
    assert _pressed("under", "124") == ()
    assert _pressed("despite", "0831") == ()
