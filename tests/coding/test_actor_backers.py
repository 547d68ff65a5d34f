"""actors18: a place in a party's own phrase says where the party is from ("police in Bree"),
but not when it is written into a word naming another party: a backer, trainer or supplier
("Ithilien-backed rebels", "Bree-trained militias"). The actor stage reads past those words
(lexicons.actors.NOT_SELF); placement must not read the place back in from them."""

from __future__ import annotations

from detente.coding.placement import from_places
from detente.geo.gazetteer import Candidate
from detente.geo.locate import ArticlePlaces, PlaceMention
from detente.records import ActorMention


def _places(name: str, start: int, country: str) -> ArticlePlaces:
    candidate = Candidate(
        name=name, country=country, admin1=None, lat=0.0, lon=0.0, population=10_000,
        geonames_id=None, precision="city", primary=True,
    )  # fmt: skip
    end = start + len(name)
    mention = PlaceMention(text=name, start=start, end=end, root=0, candidates=(candidate,))
    return ArticlePlaces(
        mentions=(mention,), countries=frozenset({country}), divisions=frozenset(), dateline=None
    )


def _party(text: str) -> ActorMention:
    return ActorMention(text=text, start=0, end=len(text), country=None, sector="REB", rule="agent")


def test_a_backers_place_is_not_where_the_party_is_from() -> None:
    [party] = from_places((_party("Ithilien-backed rebels"),), _places("Ithilien", 0, "GND"))
    assert party.country is None


def test_a_trainers_place_is_not_where_the_party_is_from() -> None:
    [party] = from_places((_party("Bree-trained militias"),), _places("Bree", 0, "ARN"))
    assert party.country is None


def test_a_place_in_the_phrase_itself_still_places_the_party() -> None:
    [party] = from_places((_party("rebels in Bree"),), _places("Bree", 10, "ARN"))
    assert (party.country, party.rule) == ("ARN", "place")
