"""A local story's own town places the events its sentences leave without a place (lead17).

Made-up world: Bree and Archet are towns of Arnor (ARN), Pelargir one of Gondor (GND)."""

from __future__ import annotations

from detente.geo.article_place import article_place, article_town
from detente.geo.gazetteer import Candidate
from detente.geo.locate import ArticlePlaces, PlaceMention
from detente.records import ActorMention, Place

TOWNS = {"Bree": "ARN", "Archet": "ARN", "Pelargir": "GND"}


def _mention(name: str, start: int) -> PlaceMention:
    town = Candidate(name=name, country=TOWNS[name], admin1="01", lat=1.0, lon=2.0,
                     population=20_000, geonames_id=None, precision="city",
                     primary=True)  # type: ignore[arg-type]  # fmt: skip
    return PlaceMention(text=name, start=start, end=start + len(name), root=0, candidates=(town,))


def _places(*names: str) -> ArticlePlaces:
    mentions = tuple(_mention(n, 10 * i) for i, n in enumerate(names))
    return ArticlePlaces(mentions=mentions, countries=frozenset(TOWNS.values()),
                         divisions=frozenset(), dateline=None)  # fmt: skip


def _party(country: str | None, rule: str = "context") -> ActorMention:
    return ActorMention(text="police", start=0, end=6, country=country, sector="COP", rule=rule)


ARNOR = Place(name="Arnor", country="ARN", lat=0.0, lon=0.0, precision="country", rule="parties")


def test_the_town_named_most_is_the_articles_own() -> None:
    town = article_town(_places("Bree", "Archet", "Bree"), "ARN")
    assert town is not None
    place, mention = town
    assert (place.name, mention.start) == ("Bree", 0)  # the first mention's offsets
    assert article_town(_places("Bree", "Archet"), "ARN") is None  # each named once
    assert article_town(_places("Bree", "Archet", "Bree", "Archet"), "ARN") is None  # a tie
    assert article_town(_places("Pelargir", "Pelargir"), "ARN") is None  # another country's


def test_an_event_of_home_parties_without_a_place_of_its_own_is_in_the_articles_town() -> None:
    places = _places("Bree", "Bree", "Pelargir")
    for location in (None, ARNOR):
        place = article_place(places, location, [_party("ARN")], "ARN")
        assert place is not None
        assert (place.name, place.rule, place.precision, place.text) == (
            "Bree", "article", "city", "Bree")


def test_a_place_of_its_own_or_parties_of_elsewhere_keep_the_event_where_it_was() -> None:
    places = _places("Bree", "Bree")
    clause = Place(name="Archet", country="ARN", lat=0.0, lon=0.0, precision="city",
                   rule="clause")  # fmt: skip
    assert article_place(places, clause, [_party("ARN")], "ARN") == clause
    assert article_place(places, None, [_party("ARN"), _party("GND")], "ARN") is None
    assert article_place(places, None, [_party(None)], "ARN") is None
    assert article_place(places, None, [_party("ARN")], None) is None  # no home told
    # force used with no one named as its target is not placed at home
    assert article_place(places, ARNOR, [_party("ARN")], "ARN", unaimed_force=True) == ARNOR


def test_a_countys_name_or_a_town_of_another_state_is_not_the_articles_town() -> None:
    # "Bree County" names a county, not the town of Bree (mentions at offsets 0 and 10)
    places = _places("Bree", "Bree")
    assert article_town(places, "ARN", "Bree met, Bree met.") is not None
    assert article_town(places, "ARN", "Bree met, Bree County deputies") is None
    assert article_town(places, "ARN", "Bree met, Bree counties") is None  # "X and Y counties"
    # the article names a state of Arnor that Bree (state 01) is not in
    other_state = ArticlePlaces(mentions=places.mentions, countries=frozenset({"ARN"}),
                                divisions=frozenset({("ARN", "02")}), dateline=None)  # fmt: skip
    assert article_town(other_state, "ARN") is None
    same_state = ArticlePlaces(mentions=places.mentions, countries=frozenset({"ARN"}),
                               divisions=frozenset({("ARN", "01")}), dateline=None)  # fmt: skip
    assert article_town(same_state, "ARN") is not None


def test_a_governments_acts_are_not_placed_in_the_articles_town() -> None:
    # a national government's act in a story of its capital need not happen there
    places = _places("Bree", "Bree")
    government = ActorMention(text="the government", start=0, end=14, country="ARN",
                              sector="GOV", rule="agent")  # fmt: skip
    assert article_place(places, ARNOR, [government], "ARN") == ARNOR


def test_a_town_name_of_several_states_needs_the_state_named() -> None:
    def towns(*states: str) -> PlaceMention:
        found = tuple(
            Candidate(name="Archet", country="ARN", admin1=s, lat=0.0, lon=0.0,
                      population=20_000 - i, geonames_id=None, precision="city",
                      primary=True)  # type: ignore[arg-type]
            for i, s in enumerate(states)
        )  # fmt: skip
        return PlaceMention(text="Archet", start=0, end=6, root=0, candidates=found)

    both = towns("01", "02")
    unnamed = ArticlePlaces(mentions=(both, both), countries=frozenset({"ARN"}),
                            divisions=frozenset(), dateline=None)  # fmt: skip
    assert article_town(unnamed, "ARN") is None
    named = ArticlePlaces(mentions=(both, both), countries=frozenset({"ARN"}),
                          divisions=frozenset({("ARN", "02")}), dateline=None)  # fmt: skip
    assert article_town(named, "ARN") is not None
