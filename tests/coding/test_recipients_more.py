"""Recipients beyond the first words of the slot: conjuncts the phrase does not reach, people
counted after "of", results of an attack, and what is only the actor's own.

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Token

from detente.coding.events import Coder
from detente.coding.recipients import not_the_actor, stands_for_a_thing
from detente.records import ActorMention

from middle_earth import by_pattern, code, parties
from support import build_doc

PUNCT = (".", ".", "PUNCT", "punct")


# --- conjuncts ------------------------------------------------------------------------------


def test_a_conjunct_after_a_relative_clause_is_a_recipient_of_its_own(coder: Coder) -> None:
    # "Gondorian police arrested Arnorian envoys who crossed the border and Orcish fighters."
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("arrested", "arrest", "VERB", "ROOT", 2),
        ("Arnorian", "Arnorian", "ADJ", "amod", 4),
        ("envoys", "envoy", "NOUN", "dobj", 2),
        ("who", "who", "PRON", "nsubj", 6),
        ("crossed", "cross", "VERB", "relcl", 4),
        ("the", "the", "DET", "det", 8),
        ("border", "border", "NOUN", "dobj", 6),
        ("and", "and", "CCONJ", "cc", 4),
        ("Orcish", "Orcish", "ADJ", "amod", 11),
        ("fighters", "fighter", "NOUN", "conj", 4),
        (*PUNCT, 2),
    ]
    arrest = by_pattern(code(coder, rows, tags={5: "WP"}), "coerce.arrest")
    assert [(m.text, m.country) for m in arrest.recipient] == [
        ("Arnorian envoys", "ARN"),
        ("Orcish fighters", "MDR"),
    ]


def test_conjuncts_inside_the_coded_words_are_not_coded_twice(coder: Coder) -> None:
    # "Gondorian police arrested Arnorian envoys and Orcish fighters."
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("arrested", "arrest", "VERB", "ROOT", 2),
        ("Arnorian", "Arnorian", "ADJ", "amod", 4),
        ("envoys", "envoy", "NOUN", "dobj", 2),
        ("and", "and", "CCONJ", "cc", 4),
        ("Orcish", "Orcish", "ADJ", "amod", 7),
        ("fighters", "fighter", "NOUN", "conj", 4),
        (*PUNCT, 2),
    ]
    arrest = by_pattern(code(coder, rows), "coerce.arrest")
    spans = sorted((m.start, m.end) for m in arrest.recipient)
    assert {m.country for m in arrest.recipient} == {"ARN", "MDR"}
    assert all(a[1] <= b[0] for a, b in pairwise(spans))  # no two mentions overlap


# --- people counted -------------------------------------------------------------------------


def test_people_counted_after_of_are_the_recipient(coder: Coder) -> None:
    # "Orcish fighters released three of the Gondorian hostages."
    rows = [
        ("Orcish", "Orcish", "ADJ", "amod", 1),
        ("fighters", "fighter", "NOUN", "nsubj", 2),
        ("released", "release", "VERB", "ROOT", 2),
        ("three", "three", "NUM", "dobj", 2),
        ("of", "of", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 7),
        ("Gondorian", "Gondorian", "ADJ", "amod", 7),
        ("hostages", "hostage", "NOUN", "pobj", 4),
        (*PUNCT, 2),
    ]
    release = by_pattern(code(coder, rows, tags={3: "CD"}), "concede.release")
    assert {m.country for m in release.recipient} == {"GND"}
    assert "Gondorian hostages" in release.recipient[0].text


def test_a_bare_count_is_still_people_acted_on(coder: Coder) -> None:
    # "Gondorian police arrested 12 in Osgiliath."
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("arrested", "arrest", "VERB", "ROOT", 2),
        ("12", "12", "NUM", "dobj", 2),
        ("in", "in", "ADP", "prep", 2),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 4),
        (*PUNCT, 2),
    ]
    arrest = by_pattern(code(coder, rows, tags={3: "CD"}), "coerce.arrest")
    assert [(m.text, m.sector) for m in arrest.recipient] == [("12", "CVL")]


# --- attacks and their results --------------------------------------------------------------


def _strikes(according: bool) -> list[tuple[str, str, str, str, int]]:
    # "Gondorian jets carried out strikes, killing dozens of Orcs[, according to Arnorian
    # officials]."
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("jets", "jet", "NOUN", "nsubj", 2),
        ("carried", "carry", "VERB", "ROOT", 2),
        ("out", "out", "ADP", "prt", 2),
        ("strikes", "strike", "NOUN", "dobj", 2),
        (",", ",", "PUNCT", "punct", 2),
        ("killing", "kill", "VERB", "advcl", 2),
        ("dozens", "dozen", "NOUN", "dobj", 6),
        ("of", "of", "ADP", "prep", 7),
        ("Orcs", "Orc", "PROPN", "pobj", 8),
    ]
    if according:
        rows += [
            (",", ",", "PUNCT", "punct", 2),
            ("according", "accord", "VERB", "prep", 2),
            ("to", "to", "ADP", "prep", 11),
            ("Arnorian", "Arnorian", "ADJ", "amod", 14),
            ("officials", "official", "NOUN", "pobj", 12),
        ]
    return [*rows, (*PUNCT, 2)]


def test_whom_an_attack_killed_is_its_recipient(coder: Coder) -> None:
    events = code(coder, _strikes(according=False), tags={6: "VBG"})
    strikes = by_pattern(events, "assault.launch-strike")
    assert {m.country for m in strikes.recipient} == {"MDR"}
    assert strikes.recipient[0].text == "dozens of Orcs"


def test_the_source_of_a_report_is_no_recipient(coder: Coder) -> None:
    events = code(coder, _strikes(according=True), tags={6: "VBG", 11: "VBG"})
    strikes = by_pattern(events, "assault.launch-strike")
    assert {m.country for m in strikes.recipient} == {"MDR"}


def test_a_saying_clause_after_an_attack_gives_no_recipient(coder: Coder) -> None:
    # "Gondorian jets carried out strikes, accusing Arnor of treachery."
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("jets", "jet", "NOUN", "nsubj", 2),
        ("carried", "carry", "VERB", "ROOT", 2),
        ("out", "out", "ADP", "prt", 2),
        ("strikes", "strike", "NOUN", "dobj", 2),
        (",", ",", "PUNCT", "punct", 2),
        ("accusing", "accuse", "VERB", "advcl", 2),
        ("Arnor", "Arnor", "PROPN", "dobj", 6),
        ("of", "of", "ADP", "prep", 6),
        ("treachery", "treachery", "NOUN", "pobj", 8),
        (*PUNCT, 2),
    ]
    events = code(coder, rows, tags={6: "VBG"})
    strikes = by_pattern(events, "assault.launch-strike")
    assert strikes.recipient == ()


# --- the pattern's slot inside the object ----------------------------------------------------


def test_the_patterns_preposition_hung_inside_the_object_names_the_recipient(
    coder: Coder,
) -> None:
    # the parser hangs "to Arnor" on the assistance, not on the verb; the actor's own
    # assistance, nearer in the phrase, is no party
    # "Gondor approved the release of 5 million in Gondorian economic assistance to Arnor."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("approved", "approve", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("release", "release", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3),
        ("5", "5", "NUM", "compound", 6),
        ("million", "million", "NUM", "pobj", 4),
        ("in", "in", "ADP", "prep", 3),
        ("Gondorian", "Gondorian", "ADJ", "amod", 10),
        ("economic", "economic", "ADJ", "amod", 10),
        ("assistance", "assistance", "NOUN", "pobj", 7),
        ("to", "to", "ADP", "prep", 10),
        ("Arnor", "Arnor", "PROPN", "pobj", 11),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, tags={5: "CD", 6: "CD"})
    [aid] = [e for e in events if e.event_type == "AID"]
    assert [(m.text, m.country) for m in aid.recipient] == [("Arnor", "ARN")]


# --- a relation named beside the party ------------------------------------------------------


def test_an_ally_named_in_apposition_is_the_party_not_the_country_before_it(
    coder: Coder,
) -> None:
    # "Mordor attacked a fellow Gondorian ally, Arnor."
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 5),
        ("fellow", "fellow", "ADJ", "amod", 5),
        ("Gondorian", "Gondorian", "ADJ", "amod", 5),
        ("ally", "ally", "NOUN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 5),
        ("Arnor", "Arnor", "PROPN", "appos", 5),
        (*PUNCT, 1),
    ]
    [attack] = code(coder, rows)
    assert [(m.text, m.country) for m in attack.recipient] == [("Arnor", "ARN")]


def test_a_possessors_ally_is_the_ally(coder: Coder) -> None:
    # "Mordor accused Gondor's ally Arnor of treachery."
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("accused", "accuse", "VERB", "ROOT", 1),
        ("Gondor", "Gondor", "PROPN", "poss", 4),
        ("'s", "'s", "PART", "case", 2),
        ("ally", "ally", "NOUN", "dobj", 1),
        ("Arnor", "Arnor", "PROPN", "appos", 4),
        ("of", "of", "ADP", "prep", 1),
        ("treachery", "treachery", "NOUN", "pobj", 6),
        (*PUNCT, 1),
    ]
    [accusation] = code(coder, rows)
    assert {m.country for m in accusation.recipient} == {"ARN"}


def test_a_role_beside_a_name_keeps_its_own_reading(coder: Coder) -> None:
    # "Mordor attacked a Gondorian envoy, Hurin." : no relation, the role is the party
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 4),
        ("Gondorian", "Gondorian", "ADJ", "amod", 4),
        ("envoy", "envoy", "NOUN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 4),
        ("Hurin", "Hurin", "PROPN", "appos", 4),
        (*PUNCT, 1),
    ]
    [attack] = code(coder, rows, ents=((6, 7, "PERSON"),))
    assert {m.country for m in attack.recipient} == {"GND"}


# --- parties in general ---------------------------------------------------------------------


def _urged(noun: str, lemma: str, tag: str) -> tuple[list, dict[int, str]]:
    # "Gondor urged all <noun> to show restraint."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("urged", "urge", "VERB", "ROOT", 1),
        ("all", "all", "DET", "det", 3),
        (noun, lemma, "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 5),
        ("show", "show", "VERB", "xcomp", 1),
        ("restraint", "restraint", "NOUN", "dobj", 5),
        (*PUNCT, 1),
    ]
    return rows, {3: tag}


def test_all_parties_in_general_are_no_recipient(coder: Coder) -> None:
    rows, tags = _urged("parties", "party", "NNS")
    [appeal] = code(coder, rows, tags=tags)
    assert appeal.recipient == ()


def test_one_named_party_is_still_a_recipient(coder: Coder) -> None:
    # "Gondor urged all Orcs to show restraint": a people, named
    rows, tags = _urged("Orcs", "Orc", "NNPS")
    rows[3] = ("Orcs", "Orc", "PROPN", "dobj", 1)
    [appeal] = code(coder, rows, tags=tags)
    assert {m.country for m in appeal.recipient} == {"MDR"}


# --- passives conjoined ---------------------------------------------------------------------


def test_a_passive_conjoined_to_another_has_its_own_agent_as_actor(coder: Coder) -> None:
    # "The Arnorian plan was backed by Gondor but rejected by Mordor."
    rows = [
        ("The", "the", "DET", "det", 2),
        ("Arnorian", "Arnorian", "ADJ", "amod", 2),
        ("plan", "plan", "NOUN", "nsubjpass", 4),
        ("was", "be", "AUX", "auxpass", 4),
        ("backed", "back", "VERB", "ROOT", 4),
        ("by", "by", "ADP", "agent", 4),
        ("Gondor", "Gondor", "PROPN", "pobj", 5),
        ("but", "but", "CCONJ", "cc", 4),
        ("rejected", "reject", "VERB", "conj", 4),
        ("by", "by", "ADP", "agent", 8),
        ("Mordor", "Mordor", "PROPN", "pobj", 9),
        (*PUNCT, 4),
    ]
    events = code(coder, rows, tags={4: "VBN", 8: "VBN"})
    rejection = by_pattern(events, "reject.reject")
    assert [m.country for m in rejection.actor] == ["MDR"]
    assert [m.country for m in rejection.recipient] == ["ARN"]


def test_an_active_perfect_conjoined_verb_keeps_its_subject(coder: Coder) -> None:
    # "Gondor has attacked and rejected Arnor": no agent, nothing passive
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("has", "have", "AUX", "aux", 2),
        ("attacked", "attack", "VERB", "ROOT", 2),
        ("and", "and", "CCONJ", "cc", 2),
        ("rejected", "reject", "VERB", "conj", 2),
        ("Arnor", "Arnor", "PROPN", "dobj", 4),
        (*PUNCT, 2),
    ]
    events = code(coder, rows, tags={2: "VBN", 4: "VBN"})
    rejection = by_pattern(events, "reject.reject")
    assert [m.country for m in rejection.actor] == ["GND"]
    assert [m.country for m in rejection.recipient] == ["ARN"]


def test_parties_in_the_political_sense_are_still_recipients(coder: Coder) -> None:
    # "Gondor urged political parties to show restraint": the parties of the realm in context
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("urged", "urge", "VERB", "ROOT", 1),
        ("political", "political", "ADJ", "amod", 3),
        ("parties", "party", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 5),
        ("show", "show", "VERB", "xcomp", 1),
        ("restraint", "restraint", "NOUN", "dobj", 5),
        (*PUNCT, 1),
    ]
    [appeal] = code(coder, rows, tags={3: "NNS"})
    assert parties(appeal.recipient) == [("GND", "PTY", "context")]


def test_parties_in_general_fill_the_slot_and_nothing_else_is_searched(coder: Coder) -> None:
    # "Gondor urged all sides to show restraint after talks with Arnor."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("urged", "urge", "VERB", "ROOT", 1),
        ("all", "all", "DET", "det", 3),
        ("sides", "side", "NOUN", "dobj", 1),
        ("to", "to", "PART", "aux", 5),
        ("show", "show", "VERB", "xcomp", 1),
        ("restraint", "restraint", "NOUN", "dobj", 5),
        ("after", "after", "ADP", "prep", 5),
        ("talks", "talk", "NOUN", "pobj", 7),
        ("with", "with", "ADP", "prep", 8),
        ("Arnor", "Arnor", "PROPN", "pobj", 9),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, tags={3: "NNS", 8: "NNS"})
    [appeal] = [e for e in events if e.event_type == "REQUEST"]
    assert appeal.recipient == ()


# --- things that stand for their author -----------------------------------------------------


def test_a_plan_put_forward_by_someone_stands_for_its_author(coder: Coder) -> None:
    # "Mordor rejected the plan proposed by Gondor."
    rows = [
        ("Mordor", "Mordor", "PROPN", "nsubj", 1),
        ("rejected", "reject", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("plan", "plan", "NOUN", "dobj", 1),
        ("proposed", "propose", "VERB", "acl", 3),
        ("by", "by", "ADP", "agent", 4),
        ("Gondor", "Gondor", "PROPN", "pobj", 5),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, tags={4: "VBN"})
    [rejection] = [e for e in events if e.event_type == "REJECT"]
    assert [(m.text, m.country) for m in rejection.recipient] == [("Gondor", "GND")]


def test_a_coordinated_passive_rejects_what_the_other_conjunct_put_forward(
    coder: Coder,
) -> None:
    # "a tax, an amount backed by Gondor but rejected by Mordor."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("proposed", "propose", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("tax", "tax", "NOUN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 3),
        ("an", "an", "DET", "det", 6),
        ("amount", "amount", "NOUN", "appos", 3),
        ("backed", "back", "VERB", "acl", 6),
        ("by", "by", "ADP", "agent", 7),
        ("Gondor", "Gondor", "PROPN", "pobj", 8),
        ("but", "but", "CCONJ", "cc", 7),
        ("rejected", "reject", "VERB", "conj", 7),
        ("by", "by", "ADP", "agent", 11),
        ("Mordor", "Mordor", "PROPN", "pobj", 12),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, tags={7: "VBN", 11: "VBN"})
    rejection = by_pattern(events, "reject.reject")
    assert [m.country for m in rejection.actor] == ["MDR"]
    assert [m.country for m in rejection.recipient] == ["GND"]
    backing = by_pattern(events, "support.support")
    assert [m.country for m in backing.actor] == ["GND"]
    assert all(m.country != "GND" for m in backing.recipient)  # never its own recipient


# --- conditions -----------------------------------------------------------------------------


def test_the_party_a_conditional_attack_hangs_on_is_its_target(coder: Coder) -> None:
    # "Gondor will attack if Mordor persists."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("will", "will", "AUX", "aux", 2),
        ("attack", "attack", "VERB", "ROOT", 2),
        ("if", "if", "SCONJ", "mark", 5),
        ("Mordor", "Mordor", "PROPN", "nsubj", 5),
        ("persists", "persist", "VERB", "advcl", 2),
        (*PUNCT, 2),
    ]
    [threat] = code(coder, rows)
    assert threat.event_type == "THREATEN"
    assert [m.country for m in threat.recipient] == ["MDR"]


def test_a_condition_on_a_meeting_names_no_target(coder: Coder) -> None:
    # "Gondor will meet if Mordor agrees": cooperation on a condition, no threat
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 2),
        ("will", "will", "AUX", "aux", 2),
        ("meet", "meet", "VERB", "ROOT", 2),
        ("if", "if", "SCONJ", "mark", 5),
        ("Mordor", "Mordor", "PROPN", "nsubj", 5),
        ("agrees", "agree", "VERB", "advcl", 2),
        (*PUNCT, 2),
    ]
    meeting = by_pattern(code(coder, rows), "consult.meet")
    assert meeting.recipient == ()


# --- measures laid on an area ---------------------------------------------------------------


def test_a_curfew_acts_on_the_place_where_it_holds(coder: Coder) -> None:
    [curfew] = code(coder, _curfew_as_shops_reopen("Ithilien"), ents=((8, 9, "GPE"),))
    assert parties(curfew.recipient) == [("GND", None, "place")]
    assert curfew.recipient[0].text == "Ithilien"


def test_a_small_town_named_like_others_is_not_taken_for_the_area(coder: Coder) -> None:
    # Osgiliath is a town of 10,000 in this world's gazetteer: too small to be sure of
    [curfew] = code(coder, _curfew_as_shops_reopen("Osgiliath"), ents=((8, 9, "GPE"),))
    assert curfew.recipient == ()


def _curfew_as_shops_reopen(place: str) -> list[tuple[str, str, str, str, int]]:
    # "Gondorian authorities ease curfew as shops reopen in <place>."
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("authorities", "authority", "NOUN", "nsubj", 2),
        ("ease", "ease", "VERB", "ROOT", 2),
        ("curfew", "curfew", "NOUN", "dobj", 2),
        ("as", "as", "SCONJ", "mark", 6),
        ("shops", "shop", "NOUN", "nsubj", 6),
        ("reopen", "reopen", "VERB", "advcl", 2),
        ("in", "in", "ADP", "prep", 6),
        (place, place, "PROPN", "pobj", 7),
        (*PUNCT, 2),
    ]


def test_a_curfew_at_a_dateline_names_no_place_acted_on(coder: Coder) -> None:
    # "OSGILIATH, June 1 -- Gondorian authorities ease curfew."
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("authorities", "authority", "NOUN", "nsubj", 2),
        ("ease", "ease", "VERB", "ROOT", 2),
        ("curfew", "curfew", "NOUN", "dobj", 2),
        (*PUNCT, 2),
    ]
    [curfew] = code(coder, rows, dateline="Osgiliath")
    assert curfew.recipient == ()


def test_a_state_of_siege_is_no_state_acted_on(coder: Coder) -> None:
    # "The Gondorian government declared a state of siege in the north."
    rows = [
        ("The", "the", "DET", "det", 2),
        ("Gondorian", "Gondorian", "ADJ", "amod", 2),
        ("government", "government", "NOUN", "nsubj", 3),
        ("declared", "declare", "VERB", "ROOT", 3),
        ("a", "a", "DET", "det", 5),
        ("state", "state", "NOUN", "dobj", 3),
        ("of", "of", "ADP", "prep", 5),
        ("siege", "siege", "NOUN", "pobj", 6),
        ("in", "in", "ADP", "prep", 3),
        ("the", "the", "DET", "det", 10),
        ("north", "north", "NOUN", "pobj", 8),
        (*PUNCT, 3),
    ]
    events = code(coder, rows)
    [siege] = [e for e in events if e.cameo.startswith("172")]
    assert siege.recipient == ()


def test_a_curfew_by_officials_of_a_place_does_not_make_their_place_the_recipient(
    coder: Coder,
) -> None:
    # "Officials in Osgiliath imposed a curfew."
    rows = [
        ("Officials", "official", "NOUN", "nsubj", 3),
        ("in", "in", "ADP", "prep", 0),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 1),
        ("imposed", "impose", "VERB", "ROOT", 3),
        ("a", "a", "DET", "det", 5),
        ("curfew", "curfew", "NOUN", "dobj", 3),
        (*PUNCT, 3),
    ]
    [curfew] = code(coder, rows, ents=((2, 3, "GPE"),))
    assert [m.country for m in curfew.actor] == ["GND"]
    assert curfew.recipient == ()


def test_efforts_made_by_parties_in_general_stand_for_nobody(coder: Coder) -> None:
    # "Gondor welcomed the efforts made by all parties."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("welcomed", "welcome", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("efforts", "effort", "NOUN", "dobj", 1),
        ("made", "make", "VERB", "acl", 3),
        ("by", "by", "ADP", "agent", 4),
        ("all", "all", "DET", "det", 7),
        ("parties", "party", "NOUN", "pobj", 5),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, tags={4: "VBN", 7: "NNS"})
    assert events
    assert all(e.recipient == () for e in events)


def test_a_phrase_naming_both_sides_stays_a_recipient_with_the_other_country() -> None:
    # "Officials on both sides agreed to work together": one phrase, read as Gondor acting and
    # Mordor receiving, is kept on both sides; the actor's own words with its own country are not.
    from detente.coding.recipients import not_the_actor
    from detente.records import ActorMention

    both = "officials on both sides"
    actor = (ActorMention(text=both, start=0, end=23, country="GND", sector="GOV"),)
    other = ActorMention(text=both, start=0, end=23, country="MOR", sector="GOV")
    same = ActorMention(text=both, start=0, end=23, country="GND", sector="GOV")
    assert not_the_actor((other,), actor) == (other,)
    assert not_the_actor((same,), actor) == ()
# --- pronouns that stand for things ---------------------------------------------------------


def _surrender_them(noun: str, lemma: str, pronoun: str = "them") -> Doc:
    # "Gondor offered an amnesty to people with <noun> to surrender <pronoun>."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("offered", "offer", "VERB", "ROOT", 1),
        ("an", "an", "DET", "det", 3),
        ("amnesty", "amnesty", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "dative", 1),
        ("people", "people", "NOUN", "pobj", 4),
        ("with", "with", "ADP", "prep", 5),
        (noun, lemma, "NOUN", "pobj", 6),
        ("to", "to", "PART", "aux", 9),
        ("surrender", "surrender", "VERB", "advcl", 1),
        (pronoun, pronoun, "PRON", "dobj", 9),
        (*PUNCT, 1),
    ]
    return build_doc(rows, tags={5: "NNS", 7: "NNS"})


def _resolve_people(token: Token) -> tuple[ActorMention, ...]:
    """A stand-in resolver: only people and rebels are parties."""
    if token.lemma_ not in {"people", "rebel"}:
        return ()
    return (ActorMention(text=token.text, start=token.idx, end=token.idx + len(token.text),
                         country="GND", sector="CVL", rule="context"),)  # fmt: skip


def test_them_after_a_thing_stands_for_the_thing() -> None:
    doc = _surrender_them("firearms", "firearm")
    assert stands_for_a_thing(_resolve_people, doc[10])


def test_them_after_a_party_stands_for_the_party() -> None:
    doc = _surrender_them("rebels", "rebel")
    assert not stands_for_a_thing(_resolve_people, doc[10])


def test_it_needs_a_singular_antecedent() -> None:
    # "people" and "firearms" are plural: "it" points at the nearest singular noun, the
    # amnesty, a thing
    doc = _surrender_them("firearms", "firearm", pronoun="it")
    assert stands_for_a_thing(_resolve_people, doc[10])
    assert not stands_for_a_thing(_resolve_people, doc[1])  # a verb is no pronoun


def test_a_conjunct_with_no_and_is_no_second_recipient(coder: Coder) -> None:
    # "Gondorian police arrested Arnorian envoys who crossed the border, Orcish fighters said."
    # (the parser made the speaker a conjunct of the envoys)
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("arrested", "arrest", "VERB", "ROOT", 2),
        ("Arnorian", "Arnorian", "ADJ", "amod", 4),
        ("envoys", "envoy", "NOUN", "dobj", 2),
        ("who", "who", "PRON", "nsubj", 6),
        ("crossed", "cross", "VERB", "relcl", 4),
        ("the", "the", "DET", "det", 8),
        ("border", "border", "NOUN", "dobj", 6),
        (",", ",", "PUNCT", "punct", 4),
        ("Orcish", "Orcish", "ADJ", "amod", 11),
        ("fighters", "fighter", "NOUN", "conj", 4),
        ("said", "say", "VERB", "conj", 2),
        (*PUNCT, 2),
    ]
    arrest = by_pattern(code(coder, rows, tags={5: "WP"}), "coerce.arrest")
    assert [m.country for m in arrest.recipient] == ["ARN"]


def test_words_for_both_sides_keep_the_other_side_as_recipient() -> None:
    both = dict(text="officials on both sides", start=0, end=23, sector="GOV", rule="reference")
    actor = (ActorMention(country="GND", **both),)
    recipient = (ActorMention(country="ARN", **both), ActorMention(country="GND", **both))
    assert [m.country for m in not_the_actor(recipient, actor)] == ["ARN"]
