"""actors17: a foreign minister, an ambassador or an envoy acts for a state towards other
states. Named by a title and a name we do not know, with no country in its own words, such an
officer is never placed in the state it meets or urges: "Foreign Minister Xavier Blandor met
Gondorian officials in Osgiliath" is a guest of Gondor, not a Gondorian."""

from __future__ import annotations

from spacy.language import Language

from detente.coding.events import Coder
from detente.coding.guest_envoys import envoy_title, without_guest_envoys
from detente.records import ActorMention

from middle_earth import code_text, dyad


def mention(text: str, country: str, rule: str) -> ActorMention:
    return ActorMention(text=text, start=0, end=len(text), country=country, sector="GOV", rule=rule)


def test_an_envoy_placed_in_the_host_state_is_left_unplaced() -> None:
    guest = mention("Foreign Minister Xavier Blandor", "GND", "location")
    host = mention("Gondorian officials", "GND", "agent")
    assert without_guest_envoys((guest,), (host,), "040") == ()


def test_an_envoy_whose_own_words_name_the_state_stays() -> None:
    own = mention("Gondorian Foreign Minister Xavier Blandor", "GND", "stated-role")
    host = mention("Gondorian officials", "GND", "agent")
    assert without_guest_envoys((own,), (host,), "040") == (own,)


def test_a_minister_of_home_affairs_stays_in_the_place() -> None:
    home = mention("Interior Minister Xavier Blandor", "GND", "location")
    host = mention("Gondorian elders", "GND", "agent")
    assert without_guest_envoys((home,), (host,), "040") == (home,)


def test_an_envoy_defending_its_own_state_stays() -> None:
    envoy = mention("Ambassador Xavier Blandor", "GND", "context")
    own = mention("Gondor", "GND", "country-name")
    assert without_guest_envoys((envoy,), (own,), "052") == (envoy,)


def test_titles_of_foreign_affairs_are_read_as_words() -> None:
    assert envoy_title("the Ambassador, Xavier Blandor")
    assert envoy_title("Foreign Minister Xavier Blandor")
    assert not envoy_title("Ambassadorial Holdings")


def test_an_unknown_foreign_minister_is_no_party_of_the_state_he_meets(
    nlp: Language, coder: Coder
) -> None:
    text = "Foreign Minister Xavier Blandor met Gondorian officials in Osgiliath on Monday."
    meetings = [e for e in code_text(nlp, coder, text) if e.event_type == "CONSULT"]
    assert all(dyad(e)[0] != "GND" for e in meetings)
