"""Find an actor by name, alias or code: the lexicons' names and the codes they resolve to."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from detente.lexicons.actors import (
    ActorLexicon,
    CountryEntry,
    OrganisationEntry,
    PersonEntry,
    tokenise,
)
from detente.store import Store

MAX_RESULTS = 20
# Lower ranks list first: an exact name, then a name's start, a word's start, then any part.
EXACT, PREFIX, WORD, INSIDE = 0, 1, 2, 3
_KIND_ORDER = {"country": 0, "organisation": 1, "person": 2}


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorName:
    """A named actor from the lexicons, the code it is stored under, and its other names."""

    name: str
    kind: str  # country | organisation | person
    code: str  # what events carry: "PRK", "IGOUNO", "PRKGOV"
    country: str | None  # the code's country (or IGO/NGO kind) part
    aliases: tuple[str, ...]
    detail: str  # role and dates of a person, the parent of a dependency, or ""
    folded: tuple[str, ...]  # the name and each alias, folded as the lexicon folds text
    current: bool = True  # a person's role is in force today
    since: dt.date | None = None  # ... and began then


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorHit:
    """A search result: the actor, why it matched, and its events in the store."""

    actor: ActorName
    matched: str  # the name or code that matched
    rank: int
    events: int  # stored events with the code's country on either side


def _fold(text: str) -> str:
    return " ".join(t.norm for t in tokenise(text))


def _person(entry: PersonEntry) -> ActorName:
    # The role in force today, else the latest one: the code a current news story resolves to.
    today = dt.date.today()
    roles = sorted(entry.roles, key=lambda r: (r.end or dt.date.max, r.start or dt.date.min))
    current = [r for r in roles if (r.start or dt.date.min) <= today <= (r.end or dt.date.max)]
    role = (current or roles)[-1]
    country = role.country or entry.country
    code = f"{country or ''}{role.org or ''}{role.sector}"
    since = f" from {role.start.isoformat()}" if role.start else ""
    until = f" to {role.end.isoformat()}" if role.end else ""
    detail = f"{role.title or role.sector}{since}{until}".strip()
    named = _make(entry.name, "person", code, country, entry.aliases, detail)
    return dataclasses.replace(named, current=bool(current), since=role.start)


def _name(entry: object) -> ActorName | None:
    if isinstance(entry, CountryEntry):
        code = entry.parent or entry.code
        detail = f"reported as {entry.parent}" if entry.parent else ""
        others = (*entry.names, *entry.adjectives, *entry.seats)
        return _make(entry.name, "country", code, code, others, detail)
    if isinstance(entry, OrganisationEntry):
        code = f"{entry.country}{entry.code or ''}{entry.sector or ''}"
        return _make(entry.name, "organisation", code, entry.country, entry.aliases, "")
    if isinstance(entry, PersonEntry):
        return _person(entry)
    return None  # sector nouns and discarded phrases name no one actor


def _make(
    name: str, kind: str, code: str, country: str | None, others: tuple[str, ...], detail: str
) -> ActorName:
    aliases = tuple(dict.fromkeys(a for a in others if a != name))
    folded = tuple(_fold(n) for n in (name, *aliases))
    return ActorName(
        name=name, kind=kind, code=code, country=country, aliases=aliases, detail=detail,
        folded=folded,
    )


def actor_names(lexicon: ActorLexicon) -> tuple[ActorName, ...]:
    """Every country, organisation and person the lexicon knows, once each (entries of several
    files under one name and code are one actor with all their aliases)."""
    seen: dict[int, ActorName] = {}
    for terms in lexicon.index.values():
        for term in terms:
            if id(term.entry) not in seen and (named := _name(term.entry)) is not None:
                seen[id(term.entry)] = named
    merged: dict[tuple[str, str, str], ActorName] = {}
    for actor in seen.values():
        key = (actor.kind, actor.name, actor.code)
        if key in merged:
            first = merged[key]
            aliases = tuple(dict.fromkeys((*first.aliases, *actor.aliases)))
            actor = _make(first.name, first.kind, first.code, first.country, aliases, first.detail)
            actor = dataclasses.replace(actor, current=first.current, since=first.since)
        merged[key] = actor
    return tuple(sorted(merged.values(), key=lambda a: (_KIND_ORDER[a.kind], a.name)))


def _rank(actor: ActorName, words: str, code: str) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    if code and actor.code.startswith(code):
        best = (EXACT if actor.code == code else PREFIX, actor.code)
    for folded, shown in zip(actor.folded, (actor.name, *actor.aliases), strict=True):
        if not words:
            break
        if folded == words:
            rank = EXACT
        elif folded.startswith(words):
            rank = PREFIX
        elif f" {words}" in f" {folded}":
            rank = WORD
        elif words in folded:
            rank = INSIDE
        else:
            continue
        if best is None or rank < best[0]:
            best = (rank, shown)
    return best


def search_actors(
    names: tuple[ActorName, ...], text: str, counts: dict[str, int] | None = None,
    *, limit: int = MAX_RESULTS,
) -> tuple[ActorHit, ...]:
    """The actors whose name, alias or code matches ``text``, best first."""
    words = _fold(text)
    stripped = text.strip().upper()
    code = stripped if stripped.isalnum() else ""
    counts = counts or {}
    hits = []
    for actor in names:
        found = _rank(actor, words, code)
        if found is not None:
            events = counts.get(actor.country or "", 0)
            hits.append(ActorHit(actor=actor, matched=found[1], rank=found[0], events=events))
    hits.sort(key=lambda h: (h.rank, -h.events, _KIND_ORDER[h.actor.kind], h.actor.name))
    return tuple(hits[:limit])


def country_counts(store: Store) -> dict[str, int]:
    """Events per country code on either side (an event between two countries counts for both)."""
    rows = store.rows(
        "SELECT c, count(*) FROM (SELECT actor_country AS c FROM events UNION ALL"
        " SELECT recipient_country FROM events WHERE recipient_country IS DISTINCT FROM"
        " actor_country) WHERE c IS NOT NULL GROUP BY c"
    )
    return {c: int(n) for c, n in rows}


def related_actors(
    names: tuple[ActorName, ...], country: str, *, limit: int = MAX_RESULTS
) -> tuple[ActorName, ...]:
    """Organisations and people whose events carry a country's code (its bodies and leaders)."""
    found = [a for a in names if a.kind != "country" and a.country == country]
    # Bodies first, then the people in office now, the most recently appointed first.
    found.sort(key=lambda a: (
        _KIND_ORDER[a.kind], not a.current, a.since is None, -(a.since or dt.date.min).toordinal(),
        a.name,
    ))
    return tuple(found[:limit])
