"""The last-resort place of an event: the one country all its named parties belong to."""

from __future__ import annotations

from detente.geo.party_place import party_place
from detente.records import ActorMention, Place


def _party(country: str | None, rule: str = "agent") -> ActorMention:
    return ActorMention(text="x", start=0, end=1, country=country, sector=None, rule=rule)


def _place(country: str, rule: str) -> Place:
    return Place(name="Somewhere", country=country, lat=0.0, lon=0.0, precision="city", rule=rule)


def test_parties_of_one_state_place_an_unplaced_event_in_that_state(gazetteer) -> None:
    place = party_place(gazetteer, None, [_party("FRA")], [_party("FRA", "reference")])
    assert place is not None
    assert (place.country, place.precision, place.rule) == ("FRA", "country", "parties")
    assert place.text is None and place.start is None  # nothing in the text names it
    assert place.geonames_id is not None


def test_parties_of_two_states_or_an_international_body_leave_it_unplaced(gazetteer) -> None:
    assert party_place(gazetteer, None, [_party("FRA")], [_party("DEU")]) is None
    assert party_place(gazetteer, None, [_party("IGO")], []) is None
    assert party_place(gazetteer, None, [_party("FRA")], [_party("IGO")]) is None
    assert party_place(gazetteer, None, [_party(None)], []) is None


def test_a_country_only_guessed_from_the_article_places_nothing(gazetteer) -> None:
    assert party_place(gazetteer, None, [_party("FRA", "context")], [_party(None)]) is None


def test_a_place_named_in_the_clause_always_wins(gazetteer) -> None:
    named = _place("DEU", "clause")
    assert party_place(gazetteer, named, [_party("FRA")], []) is named


def test_the_dateline_stays_when_it_lies_in_the_parties_country(gazetteer) -> None:
    dateline = _place("FRA", "dateline")
    assert party_place(gazetteer, dateline, [_party("FRA")], []) is dateline


def test_a_foreign_dateline_gives_way_to_the_parties_country(gazetteer) -> None:
    # "WASHINGTON (Reuters) - Gondorian police arrested ...": the reporter's city is not the
    # place of an arrest among parties of one other state.
    place = party_place(gazetteer, _place("USA", "dateline"), [_party("FRA")], [])
    assert place is not None
    assert (place.country, place.rule) == ("FRA", "parties")
    # With parties of several states, the dateline is all there is.
    dateline = _place("USA", "dateline")
    assert party_place(gazetteer, dateline, [_party("FRA")], [_party("DEU")]) is dateline


def test_force_with_no_target_named_is_not_placed_at_home(gazetteer) -> None:
    # "Gondorian air strikes killed twelve": armies mostly strike abroad.
    assert party_place(gazetteer, None, [_party("FRA")], [], force=True) is None
    # With its target named in the same state, force is placed there ("police beat protesters").
    place = party_place(gazetteer, None, [_party("FRA")], [_party("FRA")], force=True)
    assert place is not None and place.country == "FRA"
    # A statement with no recipient is placed where its speaker's state is.
    assert party_place(gazetteer, None, [_party("FRA")], [], force=False) is not None
