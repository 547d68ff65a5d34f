"""Capitals that share their name with a town the article is in ("ATHENS, Ga.", "Moscow,
Idaho", "Dublin, Ohio"): the town's police or council are that town's, not the foreign state's.

The actor lexicon reads "Athens" as the seat of Greece's government before places are read; the
article's own geography (its dateline, a town named with its state) decides which Athens it
means, the same way it decides where the article's events happen.
"""

from __future__ import annotations

from dataclasses import replace

from detente.coding.actor_state import ActorCode
from detente.geo.locate import ArticlePlaces, resolve_place
from detente.lexicons.actors import ActorLexicon, CountryEntry, tokenise


def local_namesakes(
    lexicon: ActorLexicon, text: str, codes: tuple[ActorCode, ...], places: ArticlePlaces | None
) -> tuple[ActorCode, ...]:
    """Codes whose country came from a capital's name, placed where the article puts a town
    of that name when that town lies in another country."""
    if places is None or not any(c.country for c in codes):
        return codes
    tokens, matches = lexicon.scan(text)
    seats = {
        " ".join(t.norm for t in tokens[m.start : m.end]): m.term.entry.output
        for m in matches
        if m.term.kind == "seat" and isinstance(m.term.entry, CountryEntry)
    }
    return tuple(_placed(code, seats, places) for code in codes) if seats else codes


def _placed(code: ActorCode, seats: dict[str, str], places: ArticlePlaces) -> ActorCode:
    for name, country in seats.items():
        if code.country != country:
            continue
        town = _town_named(name, places)
        if town is not None and town != country:
            return replace(code, country=town, rule="place", name=None, org=None)
    return code


def _town_named(name: str, places: ArticlePlaces) -> str | None:
    """The country of the town the article means by ``name``: its dateline's town, or a town
    it names with its state or province ("Athens, Ga."). A bare "Athens" in the text is left
    as the capital: a story may be about Greece whatever country it names elsewhere."""
    mentions = [places.dateline] if places.dateline else []
    narrowed = [m for m in places.mentions if len(m.candidates) == 1]
    for mention in [*mentions, *narrowed]:
        if " ".join(t.norm for t in tokenise(mention.text)) != name:
            continue
        place = resolve_place(
            mention.candidates, countries=places.countries, divisions=places.divisions
        )
        if place is not None and place.precision == "city":
            return place.country
    return None
