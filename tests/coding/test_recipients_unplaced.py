"""Recipients read where the parser or the text leaves them loose: parties known by a sector
word in a one-sentence text with no place, and parties coordinated with the recipient that the
parser hung elsewhere (coding/placement.py, coding/recipients.py).

Hand-built parses of a made-up world (Gondor, Arnor, Mordor), written the way spaCy's English
parser attaches them; rows are (word, lemma, POS, dependency, head index).
"""

from __future__ import annotations

from detente.coding.events import Coder

from middle_earth import code, parties

PUNCT = (".", ".", "PUNCT", "punct")


def _released_activists(*more: tuple) -> list:
    """ "Gondor released dozens of activists[ <more>]." """
    rows = [
        ("Gondor", "Gondor", "PROPN", "nsubj", 1),
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
    # "Gondor released dozens of activists in Osgiliath.": they are of the place's country
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
    rows = _police_did_to_sun("praised", "praise")[:4] + [(*PUNCT, 2)]
    [event] = code(coder, rows)
    assert event.event_type == "SUPPORT" and event.recipient == ()
