"""Outsiders to a deal and bodies named by their sport are no political party (coding/
relevance_business.py `outsiders_as_business`, coding/sport_parties.py `sport_body`,
relevance.yaml `outsider_compounds`, `sport_named_bodies`, senses16). Made-up world, hand-built
events; minimal pairs: a third-party candidate, a sports minister and a state stay."""

from __future__ import annotations

from detente.records import ActorMention

from middle_earth import party_mention as _party
from middle_earth import relevance_in_story

STORY = (
    "The Dale app maker Zorbix allowed third-party developers to read the messages of its users. "
    "The third-party candidate accused the Gondorian king of fraud. "
    "The city's sports council met the chairman of the Osgiliath swimming club. "
    "The sports minister of Gondor met the Rohirrim envoy."
)


def _decide(lexicon, sentence_no: int, event_type: str, cameo: str, actor: ActorMention,
            *recipient: ActorMention) -> tuple[bool, str | None]:  # fmt: skip
    sentence = [s.strip() for s in STORY.split(". ") if s.strip()][sentence_no]
    return relevance_in_story(lexicon, STORY, sentence.rstrip(".") + ".", event_type, cameo,
                              actor, recipient)  # fmt: skip


def test_a_company_letting_third_party_developers_in_is_business(lexicon) -> None:
    company = _party("The Dale app maker Zorbix", "MNC", "BUS")
    developers = _party("third-party developers", "DAL", "PTY")
    assert _decide(lexicon, 0, "CONCEDE", "080", company, developers)[0] is False


def test_a_third_party_candidate_keeps_its_party(lexicon) -> None:
    candidate = _party("The third-party candidate", "GND", "PTY")
    king = _party("the Gondorian king", "GND", "GOV")
    assert _decide(lexicon, 1, "ACCUSE", "112", candidate, king) == (True, None)


def test_a_citys_sports_council_is_no_political_party(lexicon) -> None:
    council = _party("The city's sports council", "GND", "GOV")
    chairman = _party("the chairman of the Osgiliath swimming club", "GND", "BUS")
    assert _decide(lexicon, 2, "CONSULT", "040", council, chairman)[0] is False


def test_a_sports_minister_stays_political(lexicon) -> None:
    minister = _party("The sports minister of Gondor", "GND", "GOV")
    envoy = _party("the Rohirrim envoy", "ROH", "GOV")
    assert _decide(lexicon, 3, "CONSULT", "040", minister, envoy) == (True, None)


ELECTION_STORY = (
    "The Dale app maker Zorbix allowed third parties to read the messages of its users. "
    "Third parties accused the Gondorian king of rigging the election."
)


def test_third_parties_given_data_are_outsiders(lexicon) -> None:
    company = _party("The Dale app maker Zorbix", "MNC", "BUS")
    outsiders = _party("third parties", "DAL", "PTY")
    sentence = ELECTION_STORY.split(". ")[0] + "."
    decided = relevance_in_story(lexicon, ELECTION_STORY, sentence, "CONCEDE", "080", company,
                                 (outsiders,))  # fmt: skip
    assert decided[0] is False


def test_third_parties_in_an_election_stay_parties(lexicon) -> None:
    parties = _party("Third parties", "GND", "PTY")
    king = _party("the Gondorian king", "GND", "GOV")
    sentence = ELECTION_STORY.split(". ")[1]
    decided = relevance_in_story(lexicon, ELECTION_STORY, sentence, "ACCUSE", "112", parties,
                                 (king,))  # fmt: skip
    assert decided == (True, None)


DATA_STORY = (
    "The Dale app maker Zorbix gave partner firms access to the data of users in Rohan. "
    "The Dale app maker Zorbix gave Rohan access to its data."
)


def test_data_about_a_realms_users_is_no_state_acting(lexicon) -> None:
    company = _party("The Dale app maker Zorbix", "MNC", "BUS")
    data = _party("the data of users in Rohan", "ROH", None, rule="country-name")
    sentence = DATA_STORY.split(". ")[0] + "."
    decided = relevance_in_story(lexicon, DATA_STORY, sentence, "RETREAT", "0863", company,
                                 (data,))  # fmt: skip
    assert decided[0] is False


def test_a_realm_given_access_is_a_state_acting(lexicon) -> None:
    company = _party("The Dale app maker Zorbix", "MNC", "BUS")
    rohan = _party("Rohan", "ROH", None, rule="country-name")
    sentence = DATA_STORY.split(". ")[1]
    decided = relevance_in_story(lexicon, DATA_STORY, sentence, "RETREAT", "0863", company,
                                 (rohan,))  # fmt: skip
    assert decided == (True, None)
