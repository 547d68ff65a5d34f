"""Parties said to be from elsewhere never take the country of the place they are in."""

from __future__ import annotations

from detente.coding.placement import placed
from detente.records import ActorMention, Place

GONDOR_CITY = Place(
    name="Minas Tirith", country="GND", lat=0.0, lon=0.0, precision="city", rule="dateline"
)


def _mention(text: str, sector: str | None = "GOV", country: str | None = None) -> ActorMention:
    return ActorMention(
        text=text, start=0, end=len(text), country=country, sector=sector, rule="agent"
    )


def test_foreign_people_do_not_take_the_events_country() -> None:
    for text in ("Western diplomats", "foreign organisations", "international monitors"):
        (only,) = placed((_mention(text),), GONDOR_CITY)
        assert (only.country, only.sector) == (None, "GOV")


def test_offices_named_foreign_are_of_the_place() -> None:
    for text in ("the foreign ministry", "the Ministry of Foreign Affairs", "diplomats"):
        (only,) = placed((_mention(text),), GONDOR_CITY)
        assert only.country == "GND" and only.rule == "location"


def test_foreign_people_of_a_named_country_keep_it() -> None:
    rohan = _mention("Rohirric foreign volunteers", sector="CVL", country="RHN")
    assert placed((rohan,), GONDOR_CITY) == (rohan,)


def test_outsiders_take_no_country_from_the_acting_government() -> None:
    arnor = ActorMention(
        text="Arnor", start=0, end=5, country="ARN", sector="GOV", rule="country-name"
    )
    (foreign,) = placed((_mention("foreign journalists", sector="JRN"),), None, (arnor,))
    assert foreign.country is None
    (journalists,) = placed((_mention("journalists", sector="JRN"),), None, (arnor,))
    assert journalists.country == "ARN"
