"""Names the gazetteer matches wrongly: split at hyphens, or a village's alternate spelling."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:  # the import would be circular at run time (locate imports this module)
    from detente.geo.locate import PlaceMention

# A town abroad this small, known to the gazetteer only by an alternate spelling, is more often
# a transliteration clash than the place meant ("Bagram" is also an Iranian village's variant).
ALIAS_VILLAGE = 50_000


def hyphen_joined(name: Span) -> Span | None:
    """The name with the parts a hyphen joins to it without spaces ("Mazar" → "Mazar-i-Sharif"),
    or None when nothing is joined."""
    doc = name.doc
    start, end = name.start, name.end
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_alpha):
        end += 2
    while (start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_
           and not doc[start - 1].whitespace_ and doc[start - 2].is_alpha):
        start -= 2
    if (start, end) == (name.start, name.end):
        return None
    return doc[start:end]


# The clitic the parser splits off "St. John's" and "Martha's Vineyard", in either apostrophe.
POSSESSIVE_ENDINGS = frozenset({"'s", "’s"})


def possessive_joined(name: Span) -> Span | None:
    """The name with the "'s" the parser split off it ("St. John" + "'s" → "St. John's"), or
    None when none follows; the caller keeps it only if the gazetteer knows the longer name."""
    doc = name.doc
    end = name.end
    if end < len(doc) and doc[end].lower_ in POSSESSIVE_ENDINGS and not doc[end - 1].whitespace_:
        return doc[name.start : end + 1]
    return None


def _alias_village(mention: PlaceMention, named: set[str]) -> bool:
    return all(
        c.precision == "city" and not c.primary and c.population < ALIAS_VILLAGE
        and c.country not in named
        for c in mention.candidates
    )


def without_alias_villages(
    found: list[tuple[PlaceMention, bool]], dateline: Iterable[PlaceMention]
) -> list[tuple[PlaceMention, bool]]:
    """Drop names the gazetteer knows only as an alternate spelling of a small town in a country
    the article does not name, when it names others (a Kabul story's "Bagram" is not the Iranian
    village Bahrām); in an article that names no country the town stays."""
    named = {
        m.candidates[0].country
        for m in (*(m for m, _ in found if not _alias_village(m, set())), *dateline)
        if m.candidates and (
            m.candidates[0].precision != "city" or len({c.country for c in m.candidates}) == 1
        )
    }
    if not named:
        return found
    return [(m, county) for m, county in found if county or not _alias_village(m, named)]


# lead17: how many names that lie in one country alone make it the story's home when the site
# tells none (and more often than any other country).
STORY_HOME_MENTIONS = 3
# A city this big is what its name means unless the article says otherwise (London, Moscow).
WORLD_CITY = 1_000_000


def story_home(found: Iterable[PlaceMention], small_town: int) -> str | None:
    """The country the article's clear names lie in (a country, a region, a world city, or a
    town bigger than ``small_town`` found in one country only), named at least three times
    and more often than any other: a London story naming Britain, the UK and London. Stands
    in for the site's country when the paper's address tells none, so that "Piccadilly" (also
    an Australian village) is taken for the London street it is, not for somewhere in
    Australia."""
    counts: Counter[str] = Counter()
    for mention in found:
        if not mention.candidates:
            continue
        first = mention.candidates[0]  # the gazetteer's first reading: widest, then biggest
        if first.precision != "city" or first.population >= WORLD_CITY:
            counts[first.country] += 1  # "Britain", "Chechnya", "London", "Moscow"
        elif len({c.country for c in mention.candidates}) == 1 and first.population >= small_town:
            counts[first.country] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < STORY_HOME_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]
