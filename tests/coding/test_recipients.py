"""Recipients named by reference: relative and personal pronouns, the actor's own possessives,
and a person named in full earlier.

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from detente.coding.events import Coder
from detente.coding.recipients import (
    agrees_with_actor,
    antecedent,
    referred_recipient,
    without_own,
)
from detente.records import ActorMention

from middle_earth import code
from support import build_doc

PUNCT = (".", ".", "PUNCT", "punct")


def _event(events, trigger: str):
    [event] = [e for e in events if e.trigger.text == trigger]
    return event


# --- personal pronouns ----------------------------------------------------------------------


def test_him_is_the_person_named_before_who_is_not_the_actor(coder: Coder) -> None:
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("arrested", "arrest", "VERB", "ROOT", 2),
        ("Faramir", "Faramir", "PROPN", "dobj", 2),
        ("and", "and", "CCONJ", "cc", 2),
        ("later", "later", "ADV", "advmod", 6),
        ("released", "release", "VERB", "conj", 2),
        ("him", "he", "PRON", "dobj", 6),
        (*PUNCT, 2),
    ]
    released = _event(code(coder, rows, ents=((3, 4, "PERSON"),)), "released")
    [party] = released.recipient
    # named in the same sentence: the mention points at the name
    assert (party.country, party.sector, party.text) == ("GND", "CVL", "Faramir")


def test_him_with_no_person_named_before_stays_unknown(coder: Coder) -> None:
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("released", "release", "VERB", "ROOT", 2),
        ("him", "he", "PRON", "dobj", 2),
        (*PUNCT, 2),
    ]
    [released] = code(coder, rows)
    assert released.recipient == ()


# --- a person named in full before ----------------------------------------------------------


def test_a_bare_surname_takes_the_codes_of_the_full_mention_before(coder: Coder) -> None:
    # "Gondorian envoy Hurin Hador met Arnor, and Arnor later expelled Hador."
    rows = [
        ("Gondorian", "Gondorian", "ADJ", "amod", 3),
        ("envoy", "envoy", "NOUN", "compound", 3),
        ("Hurin", "Hurin", "PROPN", "compound", 3),
        ("Hador", "Hador", "PROPN", "nsubj", 4),
        ("met", "meet", "VERB", "ROOT", 4),
        ("Arnor", "Arnor", "PROPN", "dobj", 4),
        (",", ",", "PUNCT", "punct", 4),
        ("and", "and", "CCONJ", "cc", 4),
        ("Arnor", "Arnor", "PROPN", "nsubj", 10),
        ("later", "later", "ADV", "advmod", 10),
        ("expelled", "expel", "VERB", "conj", 4),
        ("Hador", "Hador", "PROPN", "dobj", 10),
        (*PUNCT, 4),
    ]
    events = code(coder, rows, ents=((2, 4, "PERSON"), (11, 12, "PERSON")))
    expelled = _event(events, "expelled")
    assert {m.country for m in expelled.recipient} == {"GND"}
    assert expelled.recipient[0].text == "Hador"  # the mention points at this sentence's words


# --- relative pronouns ----------------------------------------------------------------------


def _soldiers_who_were_killed() -> Doc:
    """ "Arnor mourned the Gondorian soldiers who were killed by Orcs." """
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("mourned", "mourn", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 4),
        ("Gondorian", "Gondorian", "ADJ", "amod", 4),
        ("soldiers", "soldier", "NOUN", "dobj", 1),
        ("who", "who", "PRON", "nsubjpass", 7),
        ("were", "be", "AUX", "auxpass", 7),
        ("killed", "kill", "VERB", "relcl", 4),
        ("by", "by", "ADP", "agent", 7),
        ("Orcs", "Orc", "PROPN", "pobj", 8),
        (*PUNCT, 1),
    ]
    return rows, {5: "WP", 4: "NNS"}


def test_a_relative_pronoun_stands_for_the_noun_it_relates_to() -> None:
    rows, tags = _soldiers_who_were_killed()
    doc = build_doc(rows, tags=tags)
    assert antecedent(doc[5]).text == "soldiers"
    assert antecedent(doc[9]).text == "Orcs"  # no relative pronoun: the token itself


def test_the_victims_of_a_relative_clause_are_its_recipient(coder: Coder) -> None:
    rows, tags = _soldiers_who_were_killed()
    killed = _event(code(coder, rows, tags=tags), "killed")
    assert {m.country for m in killed.actor} == {"MDR"}
    assert {m.country for m in killed.recipient} == {"GND"}


# --- the actor's own possessive -------------------------------------------------------------


def _said(subject: tuple, subject_tag: str, possessive: str, noun: str, lemma: str = "") -> Doc:
    """ "<subject> criticised <possessive> <noun>." """
    rows = [
        (*subject, "nsubj", 1),
        ("criticised", "criticise", "VERB", "ROOT", 1),
        (possessive, possessive, "PRON", "poss", 3),
        (noun, lemma or noun, "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    return build_doc(rows, tags={0: subject_tag})


@pytest.mark.parametrize(
    ("subject", "tag", "possessive", "own"),
    [
        (("Gondor", "Gondor", "PROPN"), "NNP", "its", True),
        (("Gondor", "Gondor", "PROPN"), "NNP", "their", True),  # an organisation's "their"
        (("Orcs", "Orc", "PROPN"), "NNPS", "their", True),
        (("Orcs", "Orc", "PROPN"), "NNPS", "its", False),
        (("Gondor", "Gondor", "PROPN"), "NNP", "his", False),  # a realm is no "he"
        (("we", "we", "PRON"), "PRP", "our", True),
        (("Gondor", "Gondor", "PROPN"), "NNP", "our", False),  # quoted speech: not the realm
    ],
)
def test_a_possessive_refers_to_the_actor_only_when_it_agrees(
    subject: tuple, tag: str, possessive: str, own: bool
) -> None:
    doc = _said(subject, tag, possessive, "policy")
    assert agrees_with_actor(doc[2], doc[0], ()) is own


def test_his_agrees_with_a_person_actor() -> None:
    doc = _said(("Aragorn", "Aragorn", "PROPN"), "NNP", "his", "policy")
    doc.ents = [doc.char_span(0, len("Aragorn"), label="PERSON")]
    assert agrees_with_actor(doc[2], doc[0], ())


def _mention(
    doc: Doc, start: int, end: int, country: str, sector: str | None, rule: str = "reference"
) -> ActorMention:
    span = doc[start:end]
    return ActorMention(text=span.text, start=span.start_char, end=span.end_char,
                        country=country, sector=sector, rule=rule)  # fmt: skip


def test_a_thing_of_the_actors_own_names_no_recipient() -> None:
    # "Gondor criticised its policy": the owner "its" is Gondor itself, not whoever came before.
    doc = _said(("Gondor", "Gondor", "PROPN"), "NNP", "its", "policy")
    actor = (_mention(doc, 0, 1, "GND", None, "country-name"),)
    owner = (_mention(doc, 2, 3, "MDR", None),)
    assert without_own(owner, doc[3], doc[0], actor) == ()


def test_a_thing_of_someone_elses_keeps_its_owner() -> None:
    # "Gondor criticised his policy": "his" cannot be the realm, so it is the other party.
    doc = _said(("Gondor", "Gondor", "PROPN"), "NNP", "his", "policy")
    actor = (_mention(doc, 0, 1, "GND", None, "country-name"),)
    owner = (_mention(doc, 2, 3, "MDR", "GOV"),)
    assert without_own(owner, doc[3], doc[0], actor) == owner


@pytest.mark.parametrize(
    ("noun", "lemma", "kept"), [("captains", "captain", "GND"), ("allies", "ally", None)]
)
def test_people_of_the_actors_own_are_of_its_country_but_its_allies_are_others(
    noun: str, lemma: str, kept: str | None
) -> None:
    doc = _said(("Gondor", "Gondor", "PROPN"), "NNP", "its", noun, lemma)
    actor = (_mention(doc, 0, 1, "GND", None, "country-name"),)
    found = (_mention(doc, 2, 4, "MDR", "MIL"),)
    result = without_own(found, doc[3], doc[0], actor)
    assert [m.country for m in result] == ([kept] if kept else [])


# --- places acted on ------------------------------------------------------------------------


def test_a_stretch_of_land_attacked_stands_for_its_country(coder: Coder) -> None:
    # "Orcs shelled parts of Ithilien."
    rows = [
        ("Orcs", "Orc", "PROPN", "nsubj", 1),
        ("shelled", "shell", "VERB", "ROOT", 1),
        ("parts", "part", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 2),
        ("Ithilien", "Ithilien", "PROPN", "pobj", 3),
        (*PUNCT, 1),
    ]
    [shelled] = code(coder, rows, ents=((4, 5, "GPE"),))
    [party] = shelled.recipient
    assert (party.country, party.sector, party.rule, party.text) == (
        "GND",
        None,
        "place",
        "parts of Ithilien",
    )


def _curfew(prep: str) -> list:
    """ "Gondor imposed a curfew <prep> Ithilien." """
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("imposed", "impose", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("curfew", "curfew", "NOUN", "dobj", 1),
        (prep, prep, "ADP", "prep", 3),
        ("Ithilien", "Ithilien", "PROPN", "pobj", 4),
        (*PUNCT, 1),
    ]


def test_a_curfew_is_aimed_at_the_area_it_is_laid_on(coder: Coder) -> None:
    [curfew] = code(coder, _curfew("in"), ents=((5, 6, "GPE"),))
    assert [(m.country, m.rule) for m in curfew.recipient] == [("GND", "place")]


def test_a_small_town_is_not_taken_for_a_recipient_place(coder: Coder) -> None:
    # Osgiliath is a town of 10,000 in this world: too small to be sure a story means it.
    rows = [*_curfew("in")[:5], ("Osgiliath", "Osgiliath", "PROPN", "pobj", 4), (*PUNCT, 1)]
    [curfew] = code(coder, rows, ents=((5, 6, "GPE"),))
    assert curfew.recipient == ()


# --- reactions and messages -----------------------------------------------------------------


def test_a_denial_of_a_claim_is_aimed_at_who_made_it(coder: Coder) -> None:
    # "Gondor accuses Mordor of the raid, which Mordor denies."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("accuses", "accuse", "VERB", "ROOT", 1),
        ("Mordor", "Mordor", "PROPN", "dobj", 1),
        ("of", "of", "ADP", "prep", 1),
        ("the", "the", "DET", "det", 5),
        ("raid", "raid", "NOUN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 5),
        ("which", "which", "PRON", "dobj", 9),
        ("Mordor", "Mordor", "PROPN", "nsubj", 9),
        ("denies", "deny", "VERB", "relcl", 5),
        (*PUNCT, 1),
    ]
    denies = _event(code(coder, rows, tags={7: "WDT"}), "denies")
    assert {m.country for m in denies.actor} == {"MDR"}
    assert {m.country for m in denies.recipient} == {"GND"}


def test_an_appeal_in_a_letter_is_addressed_to_whom_the_letter_went(coder: Coder) -> None:
    # "Arnor wrote a letter to Gondor calling for talks."
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("wrote", "write", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3),
        ("letter", "letter", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 3),
        ("Gondor", "Gondor", "PROPN", "pobj", 4),
        ("calling", "call", "VERB", "acl", 3),
        ("for", "for", "ADP", "prep", 6),
        ("talks", "talk", "NOUN", "pobj", 7),
        (*PUNCT, 1),
    ]
    calling = _event(code(coder, rows, tags={6: "VBG"}), "calling")
    assert {m.country for m in calling.actor} == {"ARN"}
    assert {m.country for m in calling.recipient} == {"GND"}


def test_a_subject_pronoun_below_the_trigger_that_agrees_is_the_actor_again() -> None:
    # "Gondor complained that they were refused.": "they" is Gondor, not a party acted on,
    # whatever an earlier sentence left in the article's memory.
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("complained", "complain", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 5),
        ("they", "they", "PRON", "nsubjpass", 5),
        ("were", "be", "AUX", "auxpass", 5),
        ("refused", "refuse", "VERB", "ccomp", 1),
        (*PUNCT, 1),
    ]
    doc = build_doc(rows, tags={0: "NNP"})
    actor = (_mention(doc, 0, 1, "GND", None, "country-name"),)
    remembered = (_mention(doc, 3, 4, "MDR", None),)

    def resolve(_token):
        return remembered

    below = referred_recipient(resolve, doc[3], None, doc[0], actor, slot=False)  # type: ignore[arg-type]
    at_slot = referred_recipient(resolve, doc[3], None, doc[0], actor)  # type: ignore[arg-type]
    assert below == ()
    assert at_slot == remembered  # a pattern's own slot is trusted as it is


def test_the_acting_states_own_forces_are_its_means_not_its_target(coder: Coder) -> None:
    # "Gondor mobilized troops for a war against Mordor."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("mobilized", "mobilize", "VERB", "ROOT", 1),
        ("troops", "troop", "NOUN", "dobj", 1),
        ("for", "for", "ADP", "prep", 1),
        ("a", "a", "DET", "det", 5),
        ("war", "war", "NOUN", "pobj", 3),
        ("against", "against", "ADP", "prep", 5),
        ("Mordor", "Mordor", "PROPN", "pobj", 6),
        (*PUNCT, 1),
    ]
    mobilized = _event(code(coder, rows), "mobilized")
    assert {m.country for m in mobilized.recipient} == {"MDR"}


@pytest.mark.parametrize(("rule", "own"), [("reference", True), ("country-name", False)])
def test_his_agrees_with_a_name_read_through_an_earlier_person(rule: str, own: bool) -> None:
    # "Elessar praised his captains." where the tagger missed the person but "Elessar" was read
    # through an earlier "King Aragorn Elessar"; a realm's name is no "he".
    doc = _said(("Elessar", "Elessar", "PROPN"), "NNP", "his", "captains", "captain")
    actor = (ActorMention(text="Elessar", start=0, end=7, country="GND", sector="GOV", rule=rule),)
    assert agrees_with_actor(doc[2], doc[0], actor) is own


def test_a_person_is_coded_from_the_role_beside_the_name_when_the_whole_is_too_long(
    coder: Coder,
) -> None:
    # "Hurin Hador, an envoy of the Realm of Gondor at the council of the north in Fornost,
    # met Arnor, and Arnor expelled Hador.": the name and role together are too long to be
    # read as one phrase, the role alone names Gondor.
    role = [  # tokens 3-17
        ("an", "an", "DET", "det", 4),
        ("envoy", "envoy", "NOUN", "appos", 1),
        ("of", "of", "ADP", "prep", 4),
        ("the", "the", "DET", "det", 7),
        ("Realm", "Realm", "PROPN", "pobj", 5),
        ("of", "of", "ADP", "prep", 7),
        ("Gondor", "Gondor", "PROPN", "pobj", 8),
        ("at", "at", "ADP", "prep", 4),
        ("the", "the", "DET", "det", 12),
        ("council", "council", "NOUN", "pobj", 10),
        ("of", "of", "ADP", "prep", 12),
        ("the", "the", "DET", "det", 15),
        ("north", "north", "NOUN", "pobj", 13),
        ("in", "in", "ADP", "prep", 12),
        ("Fornost", "Fornost", "PROPN", "pobj", 16),
    ]
    rows = [
        ("Hurin", "Hurin", "PROPN", "compound", 1),
        ("Hador", "Hador", "PROPN", "nsubj", 19),
        (",", ",", "PUNCT", "punct", 1),
        *role,
        (",", ",", "PUNCT", "punct", 1),
        ("met", "meet", "VERB", "ROOT", 19),
        ("Arnor", "Arnor", "PROPN", "dobj", 19),
        (",", ",", "PUNCT", "punct", 19),
        ("and", "and", "CCONJ", "cc", 19),
        ("Arnor", "Arnor", "PROPN", "nsubj", 24),
        ("expelled", "expel", "VERB", "conj", 19),
        ("Hador", "Hador", "PROPN", "dobj", 24),
        (*PUNCT, 19),
    ]
    events = code(coder, rows, ents=((0, 2, "PERSON"), (25, 26, "PERSON")))
    expelled = _event(events, "expelled")
    assert {m.country for m in expelled.recipient} == {"GND"}
