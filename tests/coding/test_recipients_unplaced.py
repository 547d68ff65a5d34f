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
