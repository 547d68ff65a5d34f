"""Countries an article names only through towns of its own country that share their names.

US and Canadian local news is full of towns named after places abroad: "Lebanon Police" in an
Indiana paper, "the Athens Police Department" in a Texas one, "London city council" in Ontario,
"the Georgia Bureau of Investigation". The actor lexicon reads each name as the country (or the
capital standing for it). When the article's other places lie in one home country, the home
country has a place of every such name, at least one of them is used as a local name (a town's
or state's own body, "City of ...", a place the article's qualifiers set at home: "Athens,
Ga."), and the foreign country is named no other way (no demonym, no other place, person or
body of it), its names in the article are the namesakes: their parties are of the home country.
"Deported to Mexico" alone in a Missouri paper stays Mexico: nothing there is a local name.
One decision per article, applied to every party, so the references and bare roles that
inherit the name ("the state", "the city") follow it. The home country is told by places that
lie in one country (a state's name counts for its country over villages abroad named after it),
the site's domain, a dateline, and counties named inside bodies' names ("the Henderson County
Jail"); a foreign country whose every name is also a first-level division at home ("Georgia" in
a story set in the United States) is the division unless the article names it otherwise.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import replace

from detente.geo.gazetteer import Candidate
from detente.geo.locate import COUNTY_COUNTRY, ArticlePlaces, PlaceMention
from detente.geo.seats import SeatOf
from detente.lexicons.actor_index import ActorLexicon, Match, Token
from detente.lexicons.actor_schema import CountryEntry
from detente.lexicons.english import english
from detente.records import ActorMention

# Kinds of actor names that may be a town's name; adjectives and peoples ("Lebanese",
# "Greeks") name the foreign country itself.
NAME_KINDS = frozenset({"country", "seat"})
# The home country needs this many mentions of the article's unambiguous places, and this
# many times as many as any other country, to decide what its namesakes mean: one lone place
# may be a common word the gazetteer knows as a town abroad ("Trail", British Columbia). A
# dateline and the site's own domain are each worth a full home on their own.
HOME_MIN_PLACES = 2
HOME_RATIO = 2
# "the Henderson County Jail", "Clarke County Superior Court": a county named inside a body's
# name (no place mention of its own); up to three capitalised words before "County".
COUNTY_NAME = re.compile(r"\b((?:[A-Z][a-z][\w'-]* ){1,3})County\b")
# A first-level division or a country outranks the villages abroad named after it.
WIDE_PRECISIONS = frozenset({"admin1", "country"})
# A home town this big is what a name means in a story set at home ("San Jose" in a Californian
# story, "Hamilton" in an Ontario one), without a local body to say so.
BIG_HOME_TOWN = 100_000


def namesake_map(
    text: str,
    places: ArticlePlaces | None,
    actors: ActorLexicon,
    lookup: Callable[[str], tuple[Candidate, ...]],
    article_home: str | None = None,
) -> Mapping[str, str]:
    """Foreign country → home country, for countries the article names only by namesakes.
    ``article_home`` (coding.authorities.article_home: the places' resolved readings, the
    site, the institutions the text is told in) stands in when the places that lie in one
    country alone do not tell the home: "Fairfield" and "Albany" are towns in several
    countries, yet a story of a Superior Court judge in Fairfield is set in the United States
    (lead16). Its namesakes still need a local use, as always."""
    home = None if places is None else _home(places, _body_counties(text, places, lookup))
    if home is None and places is not None:
        home = article_home
    if places is None or home is None:
        return {}  # decided before the article's text is scanned: most articles stop here
    tokens, matches = actors.scan(text, keep=False)
    covered = {i for m in matches for i in range(m.start, m.end)}
    names: dict[str, set[str]] = defaultdict(set)  # country → the names that coded it
    local: set[str] = set()  # countries one of whose names is used as a local name
    real: set[str] = set()  # countries named otherwise (demonyms, people, bodies)
    for m in matches:
        for country in _countries(m):
            if m.term.kind not in NAME_KINDS:
                real.add(country)
                continue
            names[country].add(_written(text, tokens, m, lookup))
            if _local_use(tokens, m) or _home_town(tokens, m, covered):
                local.add(country)
    local |= _placed_at_home(places, names, home)
    local |= _home_divisions(names, home, lookup)
    local |= _big_home_towns(names, home, lookup)
    return {
        country: home
        for country, found in names.items()
        if country != home and country in local and country not in real
        and all(any(c.country == home for c in lookup(n)) for n in found)
    }


def seat_finder(actors: ActorLexicon) -> SeatOf:
    """What geo.seats asks of the actor lexicon: whether a place name is, as a whole, a seat of
    a country's government ("White House"), and that country's seats."""

    def seat_of(name: str) -> tuple[str, tuple[str, ...]] | None:
        tokens, matches = actors.scan(name)
        if len(matches) != 1:
            return None
        [match] = matches
        entry = match.term.entry
        whole = match.start == 0 and match.end == len(tokens)
        if match.term.kind != "seat" or not whole or not isinstance(entry, CountryEntry):
            return None
        return entry.output, entry.seats

    return seat_of


def namesakes_read(
    mentions: tuple[ActorMention, ...], namesakes: Mapping[str, str]
) -> tuple[ActorMention, ...]:
    """Parties coded with a country the article names only by its namesakes, moved home."""
    if not namesakes:
        return mentions
    return tuple(
        replace(m, country=namesakes[m.country], rule="namesake")
        if m.country is not None and m.country in namesakes else m
        for m in mentions
    )


def _countries(match: Match) -> set[str]:
    """The countries a name stands for: a country's own, a national body's, a person's."""
    entry = match.term.entry
    if isinstance(entry, CountryEntry):
        return {entry.output}
    if match.term.kind not in ("org", "person"):
        return set()
    found = {getattr(entry, "country", None), *(r.country for r in getattr(entry, "roles", ()))}
    return {c for c in found if isinstance(c, str) and len(c) == 3}


def _local_use(tokens: tuple[Token, ...], match: Match) -> bool:
    """ "Lebanon Police", "Georgia Bureau of Investigation", "City of Paris": the name of a
    town's or state's own body, or of the town itself."""
    senses = english().senses
    after = tokens[match.end].norm if match.end < len(tokens) else ""
    before = [t.norm for t in tokens[max(match.start - 2, 0) : match.start]]
    opened = len(before) == 2 and before[1] == "of" and before[0] in senses.local_body_openers
    return after in senses.local_body_words or opened


def _home_town(tokens: tuple[Token, ...], match: Match, covered: set[int]) -> bool:
    """ "Jean Martin of Paris", "John Smith, 45, of Lebanon", "a Paris man": local news names
    people with the town they live in, after their name or age (actors10), right after the age
    in a list ("John Smith, 45, Lebanon"), or before a noun of a private person (actors11);
    "the President of France", a title before "of", names the state."""
    after = tokens[match.end].norm if match.end < len(tokens) else ""
    if after in english().senses.home_town_nouns:  # actors11: "a Paris man", "a Lebanon woman"
        return True
    if _listed_age(tokens, match.start):
        return True  # lead15: court and police lists, "Joyce Glover, 22, Palestine"
    if match.start < 2 or tokens[match.start - 1].norm != "of":
        return False
    before = tokens[match.start - 2]
    if before.norm == "," or before.norm.isdigit():
        return True
    return match.start - 2 not in covered and before.case == "title" and before.norm.isalpha()


def _listed_age(tokens: tuple[Token, ...], start: int) -> bool:
    """ "Joyce Glover, 22, Palestine": a name set off by commas right after an age (a number
    of at most three digits between commas; "In 2009, Paris" is a year)."""
    if start < 3 or tokens[start - 1].norm != "," or tokens[start - 3].norm != ",":
        return False
    age = tokens[start - 2].norm
    return age.isdigit() and len(age) <= 3


def _placed_at_home(
    places: ArticlePlaces, names: Mapping[str, set[str]], home: str
) -> set[str]:
    """Countries one of whose names the article's places read at home only ("Athens, Ga.")."""
    at_home = {
        m.text for m in (*places.mentions, *_dateline(places))
        if m.candidates and all(c.country == home for c in m.candidates)
    }
    return {country for country, found in names.items() if found & at_home}


def _text(text: str, tokens: tuple[Token, ...], match: Match) -> str:
    """The name as written, without the full stop a sentence's last word carries."""
    return text[tokens[match.start].start : tokens[match.end - 1].end].rstrip(".")


def _written(
    text: str, tokens: tuple[Token, ...], match: Match,
    lookup: Callable[[str], tuple[Candidate, ...]],
) -> str:
    """The name as written, with the "'s" after it when the gazetteer knows the name so: the
    lexicon matches "St. John" of "ST. JOHN'S, N.L.", a Canadian city (lead17)."""
    name = _text(text, tokens, match)
    end = tokens[match.end - 1].end
    clitic = text[end : end + 2].replace("\u2019", "'")
    if clitic.lower() == "'s" and not text[end + 2 : end + 3].isalnum() and lookup(name + "'s"):
        return name + "'s"
    return name


def _home(places: ArticlePlaces, counties: Counter[str] | None = None) -> str | None:
    """The country the article's unambiguous places (and its site's domain) lie in: a name
    that may be a namesake counts only once the article has told which place it is ("Athens,
    Ga."); ``counties`` adds the counties named inside bodies' names."""
    strict = _ranked_home(places, counties, _sole_country)
    return strict if strict is not None else _ranked_home(places, counties, _one_country)


def _ranked_home(
    places: ArticlePlaces,
    counties: Counter[str] | None,
    country_of: Callable[[PlaceMention], str | None],
) -> str | None:
    """The home by ``country_of``: first with names that lie in one country only, so that a
    country named often through a town at home ("Joyce Glover, 22, Palestine" five times in
    a Texas paper) does not outweigh that home (lead15); then with a country's or a state's
    name counted for it over the towns named after it."""
    counts: Counter[str] = Counter(counties or {})
    weighted = [(m, 1) for m in places.mentions] + [(m, HOME_MIN_PLACES) for m in _dateline(places)]
    for mention, weight in weighted:
        country = country_of(mention)
        if country is not None:
            counts[country] += weight
    if places.site is not None:
        counts[places.site] += HOME_MIN_PLACES
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < HOME_MIN_PLACES:
        return None
    if len(ranked) > 1 and ranked[0][1] < HOME_RATIO * ranked[1][1]:
        return None
    return ranked[0][0]


def _sole_country(mention: PlaceMention) -> str | None:
    """The country of a mention every reading of which lies in it."""
    countries = {c.country for c in mention.candidates}
    return countries.pop() if len(countries) == 1 else None


def _one_country(mention: PlaceMention) -> str | None:
    """The one country a mention lies in; "California" is the state, not the villages named
    after it abroad, while "Georgia" (a country and a state) lies in none."""
    countries = {c.country for c in mention.candidates}
    if len(countries) > 1:
        countries = {c.country for c in mention.candidates if c.precision in WIDE_PRECISIONS}
    return countries.pop() if len(countries) == 1 else None


def _body_counties(
    text: str, places: ArticlePlaces, lookup: Callable[[str], tuple[Candidate, ...]]
) -> Counter[str]:
    """Counties named inside bodies' names ("the Henderson County Jail"), outside the place
    mentions: English news names its counties so in the United States (geo.locate reads a
    county the same way)."""
    taken = [(m.start, m.end) for m in places.mentions if m.start is not None and m.end]
    found: Counter[str] = Counter()
    for match in COUNTY_NAME.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        words = match.group(1).split()
        # the longest name the gazetteer knows: "Santa Clara", then "Clara"
        names = (" ".join(words[-size:]) for size in range(len(words), 0, -1))
        candidates = next((hit for hit in map(lookup, names) if hit), ())
        # a county sharing a US town's name is a full home on its own; one the gazetteer
        # does not know ("Clarke County") half of one
        if not candidates:
            found[COUNTY_COUNTRY] += 1
        elif any(c.country == COUNTY_COUNTRY for c in candidates):
            found[COUNTY_COUNTRY] += HOME_MIN_PLACES
    return found


def _home_divisions(
    names: Mapping[str, set[str]], home: str, lookup: Callable[[str], tuple[Candidate, ...]]
) -> set[str]:
    """Countries every name of which is also a first-level division of the home country
    ("Georgia" in a story set in the United States): the state, unless the article names the
    country some other way (a demonym, a person, a body: checked by the caller)."""
    return {
        country for country, found in names.items()
        if found and all(
            any(c.country == home and c.precision == "admin1" for c in lookup(n)) for n in found
        )
    }


def _dateline(places: ArticlePlaces) -> tuple[PlaceMention, ...]:
    return (places.dateline,) if places.dateline is not None else ()


def _big_home_towns(
    names: Mapping[str, set[str]], home: str, lookup: Callable[[str], tuple[Candidate, ...]]
) -> set[str]:
    """Countries every name of which is also a big town at home ("San Jose", a city of a
    million in California, for Costa Rica's capital): in a story set at home, the town."""
    return {
        country for country, found in names.items()
        if found and all(
            any(c.country == home and c.precision == "city" and c.population >= BIG_HOME_TOWN
                for c in lookup(n))
            for n in found
        )
    }
