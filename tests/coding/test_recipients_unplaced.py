"""Recipients read where the parser or the text leaves them loose: parties known by a sector
word in a one-sentence text with no place, and parties coordinated with the recipient that the
parser hung elsewhere, people acted on whom no lexicon knows (coding/placement.py,
coding/conjuncts.py, coding/patients.py).

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, parties

PUNCT = (".", ".", "PUNCT", "punct")


def _released_activists(*more: tuple) -> list:
    """ "Rebels released dozens of activists[ <more>]." """
    rows = [
        ("Rebels", "rebel", "NOUN", "nsubj", 1),
        ("released", "release", "VERB", "ROOT", 1),
        ("dozens", "dozen", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 2),
        ("activists", "activist", "NOUN", "pobj", 3),
        *more,
    ]
    return [*rows, (*PUNCT, 1)]


def test_in_one_sentence_naming_no_place_a_sector_noun_is_acted_on_with_no_country(
    coder: Coder,
) -> None:
    [event] = code(coder, _released_activists(), tags={2: "NNS", 4: "NNS"})
    assert event.pattern_id == "concede.release"
    assert event.recipient[0].text == "dozens of activists"
    assert parties(event.recipient) == [(None, "CVL", "agent")]


def test_a_place_in_the_sentence_still_places_the_people_acted_on(coder: Coder) -> None:
    # "Rebels released dozens of activists in Osgiliath.": they are of the place's country
    rows = _released_activists(
        ("in", "in", "ADP", "prep", 1), ("Osgiliath", "Osgiliath", "PROPN", "pobj", 5)
    )
    [event] = code(coder, rows, tags={2: "NNS", 4: "NNS"})
    assert parties(event.recipient) == [("GND", "CVL", "location")]


# --- names coordinated with the recipient but hung elsewhere --------------------------------


def _sanctions_on_arnor_and(last: str, lemma: str, pos: str) -> list:
    """ "Gondor imposed sanctions on Arnor (AR) and <last>.", parsed as spaCy does: the
    bracketed acronym ends the phrase and the conjunct hangs on "sanctions"."""
    return [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("imposed", "impose", "VERB", "ROOT", 1),
        ("sanctions", "sanction", "NOUN", "dobj", 1),
        ("on", "on", "ADP", "prep", 2),
        ("Arnor", "Arnor", "PROPN", "pobj", 3),
        ("(", "(", "PUNCT", "punct", 4),
        ("AR", "AR", "PROPN", "appos", 4),
        (")", ")", "PUNCT", "punct", 2),
        ("and", "and", "CCONJ", "cc", 2),
        (last, lemma, pos, "conj", 2),
        (*PUNCT, 1),
    ]


def test_a_name_coordinated_with_the_thing_before_the_recipient_is_a_recipient(
    coder: Coder,
) -> None:
    [event] = code(coder, _sanctions_on_arnor_and("Mordor", "Mordor", "PROPN"))
    assert event.event_type == "SANCTION"
    assert [m.country for m in event.recipient] == ["ARN", "MDR"]


def test_a_thing_coordinated_with_the_thing_is_no_recipient(coder: Coder) -> None:
    # "... sanctions on Arnor (AR) and curbs.": more measures, not another party
    [event] = code(coder, _sanctions_on_arnor_and("curbs", "curb", "NOUN"))
    assert [m.country for m in event.recipient] == ["ARN"]


def test_a_name_the_parser_coordinated_with_the_verb_is_a_recipient(coder: Coder) -> None:
    # "Gondor condemned Arnor (AR) and Mordor.": a name is never coordinated with a verb
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("condemned", "condemn", "VERB", "ROOT", 1),
        ("Arnor", "Arnor", "PROPN", "dobj", 1),
        ("(", "(", "PUNCT", "punct", 2),
        ("AR", "AR", "PROPN", "appos", 2),
        (")", ")", "PUNCT", "punct", 2),
        ("and", "and", "CCONJ", "cc", 1),
        ("Mordor", "Mordor", "PROPN", "conj", 1),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows)
    assert event.event_type == "ACCUSE"
    assert [m.country for m in event.recipient] == ["ARN", "MDR"]


# --- names no lexicon knows, acted on as people ---------------------------------------------


def _police_did_to_sun(verb: str, lemma: str) -> list:
    """ "Gondorian police <verb> Sun with assault." """
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        (verb, lemma, "VERB", "ROOT", 2),
        ("Sun", "Sun", "PROPN", "dobj", 2),
        ("with", "with", "ADP", "prep", 2),
        ("assault", "assault", "NOUN", "pobj", 4),
        (*PUNCT, 2),
    ]


def test_an_unknown_name_charged_by_police_is_a_person_of_their_country(coder: Coder) -> None:
    # the small parser tags such a surname ORG, or nothing
    [event] = code(coder, _police_did_to_sun("charged", "charge"), ents=((3, 4, "ORG"),))
    assert event.event_type == "ACCUSE"
    assert [(m.text, m.country, m.sector, m.rule) for m in event.recipient] == [
        ("Sun", "GND", "CVL", "domestic")
    ]


def test_a_name_tagged_as_a_place_is_no_person_acted_on(coder: Coder) -> None:
    [event] = code(coder, _police_did_to_sun("charged", "charge"), ents=((3, 4, "GPE"),))
    assert event.recipient == ()


def test_an_unknown_name_is_a_person_only_as_the_object_of_an_act_on_people(
    coder: Coder,
) -> None:
    # "Gondorian police praised Sun": praise is no act done to a person's body or liberty
    rows = [*_police_did_to_sun("praised", "praise")[:4], (*PUNCT, 2)]
    [event] = code(coder, rows)
    assert event.event_type == "SUPPORT" and event.recipient == ()


def test_a_named_person_acted_on_is_remembered_for_later_sentences(coder: Coder) -> None:
    [event] = code(coder, _police_did_to_sun("charged", "charge"), ents=((3, 4, "ORG"),))
    assert event.recipient[0].name == "Sun"


# --- people described, not named; a state acting on its own people --------------------------


def _gondor_released_those(clause: list) -> list:
    """ "Gondor released all those <clause>." """
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("released", "release", "VERB", "ROOT", 1),
        ("all", "all", "DET", "predet", 3),
        ("those", "those", "PRON", "dobj", 1),
        *clause,
    ]
    return [*rows, (*PUNCT, 1)]


def test_those_described_by_a_participle_are_people_of_the_releasing_state(coder: Coder) -> None:
    # "Gondor released all those wrongfully imprisoned."
    clause = [
        ("wrongfully", "wrongfully", "ADV", "advmod", 5),
        ("imprisoned", "imprison", "VERB", "acl", 3),
    ]
    events = code(coder, _gondor_released_those(clause), tags={3: "DT", 5: "VBN"})
    release = next(e for e in events if e.pattern_id == "concede.release")
    assert release.recipient[0].text == "all those wrongfully imprisoned"
    assert parties(release.recipient) == [("GND", "CVL", "domestic")]


def test_those_who_did_something_are_people(coder: Coder) -> None:
    # "Gondor released all those who resisted."
    clause = [("who", "who", "PRON", "nsubj", 5), ("resisted", "resist", "VERB", "relcl", 3)]
    [event] = code(coder, _gondor_released_those(clause), tags={3: "DT", 4: "WP"})
    assert parties(event.recipient) == [("GND", "CVL", "domestic")]


def test_those_that_were_made_are_things_not_people(coder: Coder) -> None:
    # "Gondor released all those that were seized.": "that" relates things as well as people
    clause = [
        ("that", "that", "PRON", "nsubjpass", 6),
        ("were", "be", "AUX", "auxpass", 6),
        ("seized", "seize", "VERB", "relcl", 3),
    ]
    events = code(coder, _gondor_released_those(clause), tags={3: "DT", 4: "WDT", 6: "VBN"})
    release = next(e for e in events if e.pattern_id == "concede.release")
    assert release.recipient == ()


def _state_did_to_activists(lemma: str, verb: str) -> list:
    """ "Gondor <verb> dozens of activists." """
    rows = _released_activists()
    rows[0] = ("Gondor", "Gondor", "PROPN", "nsubj", 1)
    rows[1] = (verb, lemma, "VERB", "ROOT", 1)
    return rows


def test_people_a_state_releases_are_its_own(coder: Coder) -> None:
    [event] = code(coder, _state_did_to_activists("release", "released"), tags={2: "NNS", 4: "NNS"})
    assert parties(event.recipient) == [("GND", "CVL", "domestic")]


def test_a_state_acting_abroad_does_not_give_its_country_to_those_it_hits(coder: Coder) -> None:
    # "Gondor killed dozens of activists.": killing is no act a state does only at home
    [event] = code(coder, _state_did_to_activists("kill", "killed"), tags={2: "NNS", 4: "NNS"})
    assert event.event_type == "ASSAULT"
    assert parties(event.recipient) == [(None, "CVL", "agent")]  # unplaced, one sentence


def _police_arrested(noun: str, lemma: str, tag: str) -> list:
    """ "Gondorian police arrested the <noun> in Osgiliath." """
    return [
        ("Gondorian", "Gondorian", "ADJ", "amod", 1),
        ("police", "police", "NOUN", "nsubj", 2),
        ("arrested", "arrest", "VERB", "ROOT", 2),
        ("the", "the", "DET", "det", 4),
        (noun, lemma, "NOUN", "dobj", 2),
        ("in", "in", "ADP", "prep", 2),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 5),
        (*PUNCT, 2),
    ]


def test_whom_police_arrest_are_people_whatever_noun_names_them(coder: Coder) -> None:
    # no lexicon knows "brothers" as a party; an arrest's object is a person all the same
    [event] = code(coder, _police_arrested("brothers", "brother", "NNS"), tags={4: "NNS"})
    assert event.recipient[0].text == "the brothers"
    assert parties(event.recipient) == [("GND", "CVL", "location")]


def test_a_document_is_no_person_even_as_the_object_of_a_charge(coder: Coder) -> None:
    # "Gondorian police charged the petition ...": a text, not someone charged
    rows = _police_arrested("petition", "petition", "NN")
    rows[2] = ("charged", "charge", "VERB", "ROOT", 2)
    events = code(coder, rows)
    assert all(e.recipient == () for e in events)


def test_a_building_locked_is_no_person_arrested(coder: Coder) -> None:
    # "Gondorian police locked the house in Osgiliath.": the other sense of "lock"
    rows = _police_arrested("house", "house", "NN")
    rows[2] = ("locked", "lock", "VERB", "ROOT", 2)
    events = code(coder, rows)
    assert all(e.recipient == () for e in events)


def test_the_pattern_preposition_on_the_objects_apposition_names_the_recipient(
    coder: Coder,
) -> None:
    # "Gondor launched an operation, Operation Thunder, against rebels in Osgiliath."
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
        ("launched", "launch", "VERB", "ROOT", 1),
        ("an", "an", "DET", "det", 3),
        ("operation", "operation", "NOUN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 3),
        ("Operation", "Operation", "PROPN", "compound", 6),
        ("Thunder", "Thunder", "PROPN", "appos", 3),
        (",", ",", "PUNCT", "punct", 6),
        ("against", "against", "ADP", "prep", 6),
        ("rebels", "rebel", "NOUN", "pobj", 8),
        ("in", "in", "ADP", "prep", 9),
        ("Osgiliath", "Osgiliath", "PROPN", "pobj", 10),
        (*PUNCT, 1),
    ]
    [event] = code(coder, rows, tags={9: "NNS"})
    assert event.event_type == "ASSAULT"
    assert [(m.text, m.country, m.sector) for m in event.recipient] == [
        ("rebels in Osgiliath", "GND", "REB")
    ]

