"""Recipients read through clause structure and ownership: the unsaid subject of a bare passive
clause ("was in jail after being indicted"), an armed group's word set before a site as an
adjective ("the militant positions"), the actor's own people left out of the recipient search
("provided by their lawyer"), and whom a returned thing goes back to (coding/gerund_patients.py,
coding/party_mentions.py, coding/beyond_slot.py, coding/restitution.py).

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder
from detente.coding.gerund_patients import bare_passive_patient

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
