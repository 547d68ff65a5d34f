"""A sports club's officers and a team's crowd are no political party (coding/sport_parties.py
`club_party`, relevance.yaml `club_words`, `fan_nouns`, senses15). Made-up world, decided on
hand-built events in a story that is no sports report; minimal pairs keep the political acts."""

from __future__ import annotations

from detente.records import ActorMention

from middle_earth import party_mention as _party
from middle_earth import relevance_in_story

STORY = (
    "The police of Osgiliath are investigating an attack on the bus of Osgiliath Rovers. "
    "Fans of a rival club threw stones at the team bus on Sunday. "
    "The club's president blamed supporters of Minas Wanderers for the attack. "
    "Fans of the king attacked a Gondorian reporter in Osgiliath. "
    "A Gondorian man attacked the club's fans outside the ground. "
    "The king's president of council blamed the Arnorian envoy for the attack. "
    "The club's fans protested against the Gondorian government. "
    "Dozens of fans threw stones at the team bus in Osgiliath. "
    "Osgiliath FC called for a new bus for its players."
)


def _decide(lexicon, sentence_no: int, cameo: str, actor: ActorMention,
            *recipient: ActorMention) -> tuple[bool, str | None]:  # fmt: skip
    sentence = [s.strip() + "." for s in STORY.split(".") if s.strip()][sentence_no]
    kinds = {"18": "ASSAULT", "11": "ACCUSE", "14": "PROTEST", "02": "REQUEST"}
    return relevance_in_story(lexicon, STORY, sentence, kinds[cameo[:2]], cameo, actor, recipient)


def test_fans_attacking_a_team_bus_are_a_sports_crowd(lexicon) -> None:
    fans = _party("Fans of a rival club", "GND", "CVL")
    assert _decide(lexicon, 1, "180", fans) == (False, "sport-party")


def test_fans_named_with_a_team_bus_in_their_sentence_are_a_sports_crowd(lexicon) -> None:
    fans = _party("Dozens of fans", "GND", "CVL")
    relevant, _ = _decide(lexicon, 7, "180", fans)  # a sports sentence or a sports crowd
    assert not relevant


def test_a_club_named_football_club_is_a_sports_body(lexicon) -> None:
    club = _party("Osgiliath FC", "GND", "CVL", "named-person")
    players = _party("its players", "GND", "CVL")
    relevant, reason = _decide(lexicon, 8, "020", club, players)
    assert (relevant, reason) == (False, "sport-party")


def test_a_clubs_president_blaming_fans_is_no_political_accusation(lexicon) -> None:
    president = _party("The club's president", "GND", "GOV")
    fans = _party("supporters of Minas Wanderers", "GND", "CVL")
    assert _decide(lexicon, 2, "112", president, fans) == (False, "sport-party")


def test_an_officer_of_a_council_blaming_an_envoy_stays_political(lexicon) -> None:
    president = _party("The king's president of council", "GND", "GOV")
    envoy = _party("the Arnorian envoy", "ARN", "GOV")
    assert _decide(lexicon, 5, "112", president, envoy) == (True, None)


def test_fans_of_a_king_with_no_sport_told_stay_a_crowd_of_people(lexicon) -> None:
    fans = _party("Fans of the king", "GND", "CVL")
    reporter = _party("a Gondorian reporter", "GND", "JRN")
    assert _decide(lexicon, 3, "180", fans, reporter) == (True, None)


def test_a_man_attacking_a_clubs_fans_is_no_political_event(lexicon) -> None:
    man = _party("A Gondorian man", "GND", "CVL")
    fans = _party("the club's fans", "GND", "CVL")
    assert _decide(lexicon, 4, "180", man, fans) == (False, "sport-party")


def test_the_police_attacking_a_clubs_fans_stay_political(lexicon) -> None:
    police = _party("The police of Osgiliath", "GND", "COP")
    fans = _party("the club's fans", "GND", "CVL")
    assert _decide(lexicon, 4, "180", police, fans) == (True, None)


def test_a_clubs_fans_protesting_against_the_government_stay_political(lexicon) -> None:
    fans = _party("The club's fans", "GND", "CVL")
    government = _party("the Gondorian government", "GND", "GOV")
    assert _decide(lexicon, 6, "140", fans, government) == (True, None)


def test_a_club_named_by_its_name_is_a_name_not_a_club(lexicon) -> None:
    creditors = _party("the Osgiliath Club", "IGO", None, "org")
    envoy = _party("the Arnorian envoy", "ARN", "GOV")
    assert _decide(lexicon, 5, "112", creditors, envoy) == (True, None)
