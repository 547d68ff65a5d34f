"""Owners and people a recipient phrase names only by reference: a thing acted on whose owner
only "his"/"her" names (when the pronoun cannot be the actor's own, the person it stands for is
the recipient; coding/possessors.py), a private person after a courtesy title, and kin words
(coding/party_mentions.py), and the author a relative clause on the thing names.

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, parties

PUNCT = (".", ".", "PUNCT", "punct")


def _then(subject: tuple, verb: tuple[str, str], owner: str, thing: tuple[str, str]) -> list:
    """ "King Elessar asked for troops, but <subject> <verb> <owner> <thing>." """
    return [
        ("King", "King", "PROPN", "compound", 1),
        ("Elessar", "Elessar", "PROPN", "nsubj", 2),
        ("asked", "ask", "VERB", "ROOT", 2),
        ("for", "for", "ADP", "prep", 2),
        ("troops", "troop", "NOUN", "pobj", 3),
        (",", ",", "PUNCT", "punct", 2),
        ("but", "but", "CCONJ", "cc", 2),
        (*subject, "nsubj", 8),
        (*verb, "VERB", "conj", 2),
        (owner, owner, "PRON", "poss", 10),
        (*thing, "NOUN", "dobj", 8),
        (*PUNCT, 2),
    ]


def _coded(coder: Coder, rows: list, verb: str, ents: tuple = ((0, 2, "PERSON"),)) -> list:
    events = code(coder, rows, ents=ents, tags={9: "PRP$"})
    return [e for e in events if e.trigger.text.startswith(verb)]


def test_his_on_a_thing_seized_by_a_state_stands_for_the_man_named_before(coder: Coder) -> None:
    rows = _then(("Arnor", "Arnor", "PROPN"), ("seized", "seize"), "his", ("ships", "ship"))
    [seized] = _coded(coder, rows, "seized")
    assert [m.text for m in seized.recipient] == ["King Elessar"]
    assert parties(seized.recipient)[0][:2] == ("GND", "GOV")


def test_his_on_a_request_a_state_rejects_stands_for_the_man_who_asked(coder: Coder) -> None:
    # the request is the trigger's own noun ("rejected ... request"): read beyond the slot
    rows = _then(("Arnor", "Arnor", "PROPN"), ("rejected", "reject"), "his", ("request", "request"))
    [rejected] = _coded(coder, rows, "rejected")
    assert [(m.country, m.sector) for m in rejected.recipient] == [("GND", "GOV")]


def test_his_after_a_man_as_actor_may_be_his_own_and_names_nobody(coder: Coder) -> None:
    # "Denethor asked for troops, but King Elessar seized his ships": whose ships is unclear
    rows = [
        ("Denethor", "Denethor", "PROPN", "nsubj", 1),
        ("asked", "ask", "VERB", "ROOT", 1),
        ("for", "for", "ADP", "prep", 1),
        ("troops", "troop", "NOUN", "pobj", 2),
        (",", ",", "PUNCT", "punct", 1),
        ("but", "but", "CCONJ", "cc", 1),
        ("King", "King", "PROPN", "compound", 7),
        ("Elessar", "Elessar", "PROPN", "nsubj", 8),
        ("seized", "seize", "VERB", "conj", 1),
        ("his", "his", "PRON", "poss", 10),
        ("ships", "ship", "NOUN", "dobj", 8),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((0, 1, "PERSON"), (6, 8, "PERSON")), tags={9: "PRP$"})
    [seized] = [e for e in events if e.trigger.text.startswith("seized")]
    assert parties(seized.actor)[0][:2] == ("GND", "GOV")
    assert all(m.text != "his" and m.text != "Denethor" for m in seized.recipient)


def test_its_on_a_thing_is_no_person_and_is_not_read_as_one(coder: Coder) -> None:
    rows = _then(("Arnor", "Arnor", "PROPN"), ("seized", "seize"), "its", ("ships", "ship"))
    seized = _coded(coder, rows, "seized")
    assert all("Elessar" not in m.text for e in seized for m in e.recipient)


# --- a private person named after a courtesy title -------------------------------------------


def _arrested(title: str) -> list:
    """ "Police in Bree arrested <title> Smith." """
    return [
        ("Police", "police", "NOUN", "nsubj", 3),
        ("in", "in", "ADP", "prep", 0),
        ("Bree", "Bree", "PROPN", "pobj", 1),
        ("arrested", "arrest", "VERB", "ROOT", 3),
        (title, title, "PROPN", "compound", 5),
        ("Smith", "Smith", "PROPN", "dobj", 3),
        (*PUNCT, 3),
    ]


def test_a_name_after_mr_is_a_private_person_acted_on(coder: Coder) -> None:
    [arrested] = code(coder, _arrested("Mr."), ents=((2, 3, "GPE"), (5, 6, "PERSON")))
    assert [(m.text, m.country, m.sector) for m in arrested.recipient] == [("Smith", "ARN", "CVL")]


def test_a_word_before_a_name_that_is_no_courtesy_title_is_not_passed_over(coder: Coder) -> None:
    # "Police in Bree arrested Constable Smith": a title of office is left to the lexicons
    [arrested] = code(coder, _arrested("Constable"), ents=((2, 3, "GPE"), (5, 6, "PERSON")))
    assert all(m.text != "Smith" for m in arrested.recipient)


def test_the_mom_whose_car_was_attacked_is_the_private_person_attacked(coder: Coder) -> None:
    # "A man in Bree attacked his mom's car.": informal kin words name family members too
    rows = [
        ("A", "a", "DET", "det", 1),
        ("man", "man", "NOUN", "nsubj", 4),
        ("in", "in", "ADP", "prep", 1),
        ("Bree", "Bree", "PROPN", "pobj", 2),
        ("attacked", "attack", "VERB", "ROOT", 4),
        ("his", "his", "PRON", "poss", 6),
        ("mom", "mom", "NOUN", "poss", 8),
        ("'s", "'s", "PART", "case", 6),
        ("car", "car", "NOUN", "dobj", 4),
        (*PUNCT, 4),
    ]
    events = code(coder, rows, ents=((3, 4, "GPE"),), tags={5: "PRP$"}, joined=(6,))
    [attacked] = [e for e in events if e.trigger.text.startswith("attacked")]
    assert [(m.text, m.country, m.sector) for m in attacked.recipient] == [
        ("his mom", "ARN", "CVL")
    ]


# --- a relative clause names the author of the thing reacted to --------------------------------


def test_the_subject_of_a_relative_clause_on_a_plan_rejected_is_its_author(coder: Coder) -> None:
    # "Gondor rejected the plan that Arnor proposed." ("that" tagged as a conjunction)
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("rejected", "reject", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("plan", "plan", "NOUN", "dobj", 1),
        ("that", "that", "SCONJ", "dobj", 6),
        ("Arnor", "Arnor", "PROPN", "nsubj", 6),
        ("proposed", "propose", "VERB", "relcl", 3),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (5, 6, "GPE")), tags={4: "IN"})
    [rejected] = [e for e in events if e.trigger.text.startswith("rejected")]
    assert [m.country for m in rejected.recipient] == ["ARN"]


def test_the_by_phrase_of_a_relative_clause_on_a_demand_rejected_is_its_author(
    coder: Coder,
) -> None:
    # "Gondor rejected the demand, which was made by Arnor."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("rejected", "reject", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("demand", "demand", "NOUN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 3),
        ("which", "which", "PRON", "nsubjpass", 7),
        ("was", "be", "AUX", "auxpass", 7),
        ("made", "make", "VERB", "relcl", 3),
        ("by", "by", "ADP", "agent", 7),
        ("Arnor", "Arnor", "PROPN", "pobj", 8),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (9, 10, "GPE")), tags={5: "WDT"})
    [rejected] = [e for e in events if e.trigger.text.startswith("rejected")]
    assert [m.country for m in rejected.recipient] == ["ARN"]


def test_the_subject_of_a_relative_clause_that_does_not_put_the_plan_forward_is_no_author(
    coder: Coder,
) -> None:
    # "Arnor rejected the plan that Gondor praised.": praising a plan does not make it Gondor's
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("rejected", "reject", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 3),
        ("plan", "plan", "NOUN", "dobj", 1),
        ("that", "that", "SCONJ", "dobj", 6),
        ("Gondor", "Gondor", "PROPN", "nsubj", 6),
        ("praised", "praise", "VERB", "relcl", 3),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, ents=((0, 1, "GPE"), (5, 6, "GPE")), tags={4: "IN"})
    [rejected] = [e for e in events if e.trigger.text.startswith("rejected")]
    assert all(m.country != "GND" for m in rejected.recipient)
