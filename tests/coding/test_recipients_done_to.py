"""People an act is done to, who are not whom it is addressed to or made against: the victims of
a suicide attack told by a participle, a prisoner whose release is called for by possessive,
and private people a passive duty names (coding/parties.py, coding/patients.py).

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import blew_themselves_up_rows, code

PUNCT = (".", ".", "PUNCT", "punct")


# --- a suicide attack: the participle after "blew himself up" tells whom it hit ---------------


def test_the_people_a_suicide_attack_killed_are_its_recipient_placed_where_it_was(
    coder: Coder,
) -> None:
    rows = blew_themselves_up_rows(
        (",", ",", "PUNCT", "punct", 1),
        ("killing", "kill", "VERB", "advcl", 1),
        ("ten", "ten", "NUM", "nummod", 9),
        ("people", "people", "NOUN", "dobj", 7),
    )
    tags = {0: "NNPS", 2: "PRP", 7: "VBG", 9: "NNS"}
    events = code(coder, rows, tags=tags, ents=((5, 6, "GPE"),))
    attack = next(e for e in events if e.trigger.text == "blew")
    assert attack.event_type == "ASSAULT"
    # the victims have no nationality: they take the place's country, never the bombers'
    assert [(m.text, m.country) for m in attack.recipient] == [("ten people", "GND")]


def test_a_suicide_attack_told_with_no_victims_still_has_no_recipient(coder: Coder) -> None:
    rows = blew_themselves_up_rows()
    events = code(coder, rows, tags={0: "NNPS", 2: "PRP"}, ents=((5, 6, "GPE"),))
    assert [e.recipient for e in events] == [()]


def test_people_a_passive_of_violence_names_are_hit_by_the_attack_its_clause_tells(
    coder: Coder,
) -> None:
    # "Gondorians were killed when Orcs blew themselves up."
    rows = [
        ("Gondorians", "Gondorian", "PROPN", "nsubjpass", 2),
        ("were", "be", "AUX", "auxpass", 2),
        ("killed", "kill", "VERB", "ROOT", 2),
        ("when", "when", "SCONJ", "advmod", 5),
        ("Orcs", "Orc", "PROPN", "nsubj", 5),
        ("blew", "blow", "VERB", "advcl", 2),
        ("themselves", "themselves", "PRON", "dobj", 5),
        ("up", "up", "ADP", "prt", 5),
        (*PUNCT, 2),
    ]
    tags = {0: "NNPS", 2: "VBN", 4: "NNPS", 5: "VBD", 6: "PRP"}
    events = code(coder, rows, tags=tags)
    attack = next(e for e in events if e.trigger.text == "blew")
    assert [m.country for m in attack.recipient] == ["GND"]


# --- "called for X's release": the prisoner is not whom the appeal asks ------------------------


def _called_for_release(owner: str, *tail: tuple) -> list:
    """ "Arnor called for <owner>'s release[ <tail>]." """
    return [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("called", "call", "VERB", "ROOT", 1),
        ("for", "for", "ADP", "prep", 1),
        (owner, owner, "PROPN", "poss", 5),
        ("'s", "'s", "PART", "case", 3),
        ("release", "release", "NOUN", "pobj", 2),
        *tail,
        (*PUNCT, 1),
    ]


def test_the_person_whose_release_is_called_for_is_no_recipient(coder: Coder) -> None:
    # "Arnor called for Aragorn's release.": whoever holds him is not named
    [event] = code(coder, _called_for_release("Aragorn"), ents=((3, 4, "PERSON"),))
    assert event.event_type == "REQUEST"
    assert event.recipient == ()


def test_the_state_owning_a_release_of_people_is_the_one_asked(coder: Coder) -> None:
    # "Arnor called for Mordor's release of Gondorians.": Mordor holds them
    rows = _called_for_release(
        "Mordor",
        ("of", "of", "ADP", "prep", 5),
        ("Gondorians", "Gondorian", "PROPN", "pobj", 6),
    )
    [event] = code(coder, rows, tags={7: "NNPS"}, ents=((3, 4, "GPE"),))
    assert [m.country for m in event.recipient] == ["MDR"]


# --- "said the prisoners must be separated": a passive duty asks whoever does the act ---------


def _must_be(subject: list, verb: tuple[str, str], *tail: tuple) -> list:
    """ "Arnor said <subject> must be <verb>[ <tail>]." """
    at = 2 + len(subject)
    rows = [
        ("Arnor", "Arnor", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        *[(*row[:4], at + 2 if row[4] is None else row[4]) for row in subject],
        ("must", "must", "AUX", "aux", at + 2),
        ("be", "be", "AUX", "auxpass", at + 2),
        (verb[0], verb[1], "VERB", "ccomp", 1),
        *tail,
        (*PUNCT, 1),
    ]
    return rows


PRISONERS = [("the", "the", "DET", "det", 3), ("prisoners", "prisoner", "NOUN", "nsubjpass", None)]


def test_private_people_a_passive_duty_is_done_to_are_not_asked(coder: Coder) -> None:
    rows = _must_be(PRISONERS, ("separated", "separate"))
    [event] = code(coder, rows, tags={3: "NNS", 4: "MD", 6: "VBN"})
    assert event.event_type == "REQUEST"
    assert event.recipient == ()


def test_a_passive_duty_asks_the_doer_its_by_phrase_names(coder: Coder) -> None:
    # "Arnor said the prisoners must be released by Mordor."
    rows = _must_be(
        PRISONERS,
        ("released", "release"),
        ("by", "by", "ADP", "agent", 6),
        ("Mordor", "Mordor", "PROPN", "pobj", 7),
    )
    events = code(coder, rows, tags={3: "NNS", 4: "MD", 6: "VBN"}, ents=((8, 9, "GPE"),))
    request = next(e for e in events if e.event_type == "REQUEST")
    assert [m.country for m in request.recipient] == ["MDR"]


def test_a_state_a_passive_duty_names_stays_the_recipient(coder: Coder) -> None:
    # "Arnor said Mordor must be stopped.": a demand made against Mordor
    rows = _must_be([("Mordor", "Mordor", "PROPN", "nsubjpass", None)], ("stopped", "stop"))
    events = code(coder, rows, tags={3: "MD", 5: "VBN"}, ents=((2, 3, "GPE"),))
    request = next(e for e in events if e.event_type == "REQUEST")
    assert [m.country for m in request.recipient] == ["MDR"]


# --- a protest's target told by the demand it makes (coding/protest_demands.py) ---------------


def _marched(*participle: tuple) -> list:
    """ "Orcs marched, <participle clause>." """
    return [
        ("Orcs", "Orc", "PROPN", "nsubj", 1),
        ("marched", "march", "VERB", "ROOT", 1),
        (",", ",", "PUNCT", "punct", 1),
        *participle,
        (*PUNCT, 1),
    ]


def test_a_protest_demanding_a_release_is_made_against_the_holder(coder: Coder) -> None:
    # "Orcs marched, demanding the release of Gondorians held by Arnor."
    rows = _marched(
        ("demanding", "demand", "VERB", "advcl", 1),
        ("the", "the", "DET", "det", 5),
        ("release", "release", "NOUN", "dobj", 3),
        ("of", "of", "ADP", "prep", 5),
        ("Gondorians", "Gondorian", "PROPN", "pobj", 6),
        ("held", "hold", "VERB", "acl", 7),
        ("by", "by", "ADP", "agent", 8),
        ("Arnor", "Arnor", "PROPN", "pobj", 9),
    )
    tags = {0: "NNPS", 1: "VBD", 3: "VBG", 7: "NNPS", 8: "VBN"}
    events = code(coder, rows, tags=tags, ents=((10, 11, "GPE"),))
    protest = next(e for e in events if e.event_type == "PROTEST")
    assert [m.country for m in protest.recipient] == ["ARN"]


def test_a_protest_urging_a_government_is_made_against_it(coder: Coder) -> None:
    # "Orcs marched, urging Gondor to lower taxes."
    rows = _marched(
        ("urging", "urge", "VERB", "advcl", 1),
        ("Gondor", "Gondor", "PROPN", "dobj", 3),
        ("to", "to", "PART", "aux", 6),
        ("lower", "lower", "VERB", "xcomp", 3),
        ("taxes", "tax", "NOUN", "dobj", 6),
    )
    tags = {0: "NNPS", 1: "VBD", 3: "VBG", 6: "VB", 7: "NNS"}
    events = code(coder, rows, tags=tags, ents=((4, 5, "GPE"),))
    protest = next(e for e in events if e.event_type == "PROTEST")
    assert [m.country for m in protest.recipient] == ["GND"]


def test_private_people_a_protest_urges_to_join_are_not_its_target(coder: Coder) -> None:
    # "Orcs marched, urging the residents to join.": the residents are asked to join it
    rows = _marched(
        ("urging", "urge", "VERB", "advcl", 1),
        ("the", "the", "DET", "det", 5),
        ("residents", "resident", "NOUN", "dobj", 3),
        ("to", "to", "PART", "aux", 7),
        ("join", "join", "VERB", "xcomp", 3),
    )
    tags = {0: "NNPS", 1: "VBD", 3: "VBG", 5: "NNS", 7: "VB"}
    events = code(coder, rows, tags=tags)
    protest = next(e for e in events if e.event_type == "PROTEST")
    assert "the residents" not in [m.text for m in protest.recipient]


# --- a private person's own words say whence he is, over where the event is ------------------


def _refused_bail_to(person: list) -> list:
    """ "The court in Bree refused bail to <person>." (Bree is a town of Arnor) """
    return [
        ("The", "the", "DET", "det", 1),
        ("court", "court", "NOUN", "nsubj", 4),
        ("in", "in", "ADP", "prep", 1),
        ("Bree", "Bree", "PROPN", "pobj", 2),
        ("refused", "refuse", "VERB", "ROOT", 4),
        ("bail", "bail", "NOUN", "dobj", 4),
        ("to", "to", "ADP", "prep", 4),
        *person,
        (*PUNCT, 4),
    ]


def test_a_man_from_another_country_is_of_that_country_not_the_courts(coder: Coder) -> None:
    # "... refused bail to a man from Ithilien." (a province of Gondor)
    rows = _refused_bail_to([
        ("a", "a", "DET", "det", 8),
        ("man", "man", "NOUN", "pobj", 6),
        ("from", "from", "ADP", "prep", 8),
        ("Ithilien", "Ithilien", "PROPN", "pobj", 9),
    ])  # fmt: skip
    events = code(coder, rows, tags={4: "VBD"}, ents=((3, 4, "GPE"), (10, 11, "GPE")))
    refusal = next(e for e in events if e.trigger.text == "refused")
    assert [(m.country, m.sector) for m in refusal.recipient] == [("GND", "CVL")]


def test_a_named_person_whose_apposition_gives_a_nationality_is_of_it(coder: Coder) -> None:
    # "... refused bail to Samwise Gamgee, a Gondorian tourist."
    rows = _refused_bail_to([
        ("Samwise", "Samwise", "PROPN", "compound", 8),
        ("Gamgee", "Gamgee", "PROPN", "pobj", 6),
        (",", ",", "PUNCT", "punct", 8),
        ("a", "a", "DET", "det", 12),
        ("Gondorian", "Gondorian", "ADJ", "amod", 12),
        ("tourist", "tourist", "NOUN", "appos", 8),
    ])  # fmt: skip
    ents = ((3, 4, "GPE"), (7, 9, "PERSON"), (11, 12, "NORP"))
    events = code(coder, rows, tags={4: "VBD"}, ents=ents)
    refusal = next(e for e in events if e.trigger.text == "refused")
    assert [m.country for m in refusal.recipient] == ["GND"]


# --- delegates to a summit come from several states, not from the place it meets in -----------


def test_summit_delegates_take_neither_the_places_nor_the_speakers_country(coder: Coder) -> None:
    # "OSGILIATH -- Aragorn urged summit delegates.": a summit gathers several states
    rows = [
        ("Aragorn", "Aragorn", "PROPN", "nsubj", 1),
        ("urged", "urge", "VERB", "ROOT", 1),
        ("summit", "summit", "NOUN", "compound", 3),
        ("delegates", "delegate", "NOUN", "dobj", 1),
        (*PUNCT, 1),
    ]
    events = code(coder, rows, tags={1: "VBD", 3: "NNS"}, dateline="Osgiliath",
                  ents=((0, 1, "PERSON"),))  # fmt: skip
    request = next(e for e in events if e.event_type == "REQUEST")
    assert [m.country for m in request.recipient] in ([], [None])
