"""The article's own town for events its sentences leave without a place of their own.

Local news names its town once or twice and then tells what happened there without naming it
again: "Grand Prairie police are investigating ...", "the council voted ...". An event whose
parties are all of the article's home country, with no place in its clause, no dateline in that
country and only the country itself from its parties, happened in the town the article names
most: the one town of the home country named at least twice and more often than any other
(rule ``article``, with the offsets of its first mention). A story naming two towns as often
names no town of its own; force used with no recipient named is not placed so (armies act
abroad), nor are parties of several countries. Only acts among local parties (police, courts,
private people, firms, schools: `article_town_sectors`) are placed so: a national government's
acts in a story of its capital need not happen there. A county's name ("Anderson County") is
no town; where the article names a state of the home country the town lies in one, and
where it names none the town's name is one state's only ("Albany" is no town of its own).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from detente.geo.gazetteer import Candidate
from detente.geo.locate import ArticlePlaces, PlaceMention, resolve_place
from detente.lexicons.english import english
from detente.records import ActorMention, Place

# A town named this often is the article's own town; fewer may be a passing mention.
ARTICLE_TOWN_MENTIONS = 2
# Where the event's place came from that the article's town may make more precise: nowhere, or
# the parties' one country.
UPGRADED_RULES = frozenset({"parties"})


def article_town(
    places: ArticlePlaces | None, country: str, text: str = ""
) -> tuple[Candidate, PlaceMention] | None:
    """The town of ``country`` the article (``text``) names most (at least twice, alone at the
    top), with its first mention."""
    if places is None:
        return None
    states = {admin1 for c, admin1 in places.divisions if c == country}
    counts: Counter[tuple[str, str | None, str]] = Counter()
    first: dict[tuple[str, str | None, str], tuple[Candidate, PlaceMention]] = {}
    for mention in places.mentions:
        if _county(mention, text):
            continue
        found = resolve_place(
            mention.candidates, countries=places.countries, divisions=places.divisions
        )
        if found is None or found.country != country or found.precision != "city":
            continue
        if states and found.admin1 not in states:
            continue  # "Anderson" of Indiana in a story that names Texas
        if not states and len({c.admin1 for c in mention.candidates if c.country == country}) > 1:
            continue  # "Albany", "Richmond": towns of several states, none named
        key = (found.name, found.admin1, found.country)
        counts[key] += 1
        first.setdefault(key, (found, mention))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < ARTICLE_TOWN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return first[ranked[0][0]]


def article_place(
    places: ArticlePlaces | None,
    location: Place | None,
    parties: Iterable[ActorMention],
    home: str | None,
    *,
    text: str = "",
    unaimed_force: bool = False,
) -> Place | None:
    """The event's place, made the article's own town when the event has none of its own
    (``location`` None or its parties' country) and all its parties are of the article's
    ``home``; ``unaimed_force``: force used with no recipient named stays as it was."""
    if home is None or unaimed_force:
        return location
    if location is not None and (location.rule not in UPGRADED_RULES or location.country != home):
        return location
    parties = tuple(parties)
    if {m.country for m in parties} != {home}:
        return location  # a party of no country or of another one: no sign it happened here
    local = english().codes.article_town_sectors
    if any(m.sector not in local for m in parties):
        return location  # "Pakistan agreed": a state named by its name acts as a state
    town = article_town(places, home, text)
    if town is None:
        return location
    place, mention = town
    return Place(
        name=place.name, country=place.country, admin1=place.admin1, lat=place.lat,
        lon=place.lon, geonames_id=place.geonames_id, precision=place.precision,
        rule="article", text=mention.text, start=mention.start, end=mention.end,
    )


def _county(mention: PlaceMention, text: str) -> bool:
    """Whether the name is a county's ("Boone County", "Prince William County"): a county
    shares its name with towns far away."""
    if mention.end is None:
        return False
    after = text[mention.end : mention.end + 12].lstrip().split(" ", 1)[0].lower()
    nouns = english().words.settlement_nouns
    return after in nouns or after.removesuffix("ies") + "y" in nouns  # "Barrow counties"
