"""PETRARCH records as our actor entries: codes translated, open roles ended at the horizon."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pydantic import ValidationError

from detente.lexicons.actor_index import tokenise
from detente.lexicons.actor_schema import (
    ActorFile,
    AgentGroup,
    CountryEntry,
    OrganisationEntry,
    PersonEntry,
    RoleEntry,
)
from detente.lexicons.petrarch.actors import NULL_CODE, CodeSpan, PetrarchActor, PetrarchActors
from detente.lexicons.petrarch.agents import PetrarchAgents
from detente.lexicons.petrarch.codes import NON_STATE, RELIGIONS, OurCode, translate
from detente.lexicons.petrarch.lines import phrase

# The Phoenix files were last revised in 2013-2014 and their office holders stop around 2011: a
# role they leave open ends here, so a 2020 story does not make a 2009 minister a minister.
HORIZON = dt.date(2011, 12, 31)
# Sectors that stay true after office: "former official" and "no sector" need no end date.
TIMELESS = frozenset({"ELI", None})


# A sector noun ending in a preposition ("ambassador to", "observers in") was written for the
# constituency parse; to us the preposition starts the next phrase, whom the noun serves.
OPEN_ENDS = frozenset({"to", "of", "in", "for", "at", "from", "with", "on", "by", "against"})


# Plain civilians are the sector a noun gives least and misleads most: the Phoenix list holds
# words like "settlement", "mother" and "customer" that are rarely an actor in political news.
# Our agents.yaml lists the civilian nouns that are.
LEFT_TO_OURS = frozenset({"CVL"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Converted:
    """Our entries made from one PETRARCH file, and why the rest were left out."""

    model: ActorFile
    skipped: Mapping[str, int]  # reason → records
    problems: tuple[str, ...] = ()  # unreadable lines, "file:line: reason"


def _names(record: PetrarchActor) -> tuple[str, tuple[str, ...]]:
    names = [phrase(n) for n in (record.name, *record.aliases)]
    names = [n for n in dict.fromkeys(names) if len(n) >= 2]
    return (names[0], tuple(names[1:])) if names else ("", ())


def _role(span: CodeSpan, code: OurCode, *, horizon: dt.date | None,
          seen: dict[RoleEntry, RoleEntry]) -> RoleEntry:
    end = span.end
    if end is None and horizon is not None and code.sector not in TIMELESS and (
            span.start is None or span.start <= horizon):
        end = horizon
    role = RoleEntry(country=code.country, sector=code.sector, org=code.org, start=span.start,
                     end=end)
    # Equal roles are one object ("[AFGELI]" recurs): the compiled cache loads fewer objects.
    return seen.setdefault(role, role)


# Words that make a dated record a body, not a person ("National Liberation Front"): a person's
# last word is their surname, a body's is not.
BODY_WORDS = frozenset({
    "party", "front", "movement", "army", "council", "congress", "ministry", "committee",
    "union", "league", "assembly", "government", "republic", "parliament", "senate", "court",
    "forces", "force", "brigade", "brigades", "organization", "organisation", "alliance",
    "coalition", "junta", "authority", "agency", "bank", "company", "corporation", "group",
    "commission", "federation", "association", "guard", "police", "service", "office",
})


Entry = CountryEntry | OrganisationEntry | PersonEntry


def _entry(record: PetrarchActor, countries: Mapping[str, CountryEntry],
           outputs: Mapping[str, str], horizon: dt.date | None,
           seen: dict[RoleEntry, RoleEntry]) -> Entry | str:
    """Our entry for one record, or the reason there is none."""
    name, aliases = _names(record)
    if not name:
        return "no name"
    spans = [(s, translate(s.code, outputs)) for s in record.codes if s.code != NULL_CODE]
    usable = [(s, c) for s, c in spans if c.country is not None]
    if not spans:
        return "no code"
    if not usable:
        return "no country (region or unknown code)"
    source = f"{record.origin}:{record.line}"
    if all(c.sector is None and c.org is None and c.country not in NON_STATE for _, c in usable):
        # A place: its dated codes mark occupation or transition, the country stays ("Iraq").
        latest = max(usable, key=lambda sc: sc[0].end or dt.date.max)[1]
        assert latest.country is not None
        known = countries[_own_code(latest.country, countries)]
        names = _country_names((name, *aliases), known)
        if not names:
            return "place names only (left to the gazetteer)"
        return CountryEntry(code=known.code, name=known.name, names=names,
                            parent=known.parent, partial=known.partial, source=source)
    if any(s.dated for s, _ in spans):
        # Dated codes first: PETRARCH applies an undated code only when no date fits.
        ordered = sorted(usable, key=lambda sc: not sc[0].dated)
        roles = tuple(_role(s, c, horizon=horizon, seen=seen) for s, c in ordered)
        if BODY_WORDS.isdisjoint(name.lower().split()):
            return PersonEntry(name=name, aliases=aliases, roles=roles, source=source)
        country = ordered[-1][1].country
        assert country is not None
        return OrganisationEntry(name=name, aliases=aliases, country=country, roles=roles,
                                 source=source)
    code = usable[0][1]
    assert code.country is not None
    return OrganisationEntry(name=name, aliases=aliases, country=code.country, code=code.org,
                             sector=code.sector, source=source)


def _stems(text: str) -> set[str]:
    return {t.norm[:4] for t in tokenise(text) if t.norm.isalpha()}


def _country_names(names: Sequence[str], country: CountryEntry) -> tuple[str, ...]:
    """The names that name the country itself (spellings, official forms, "Iraqi Kurdistan").

    Phoenix also lists cities and provinces under a country ("Kabul", "Helmand", "Samarra");
    those are places for the gazetteer: as actors they would make "a bomb near Samarra" Iraq's.
    """
    ours = set().union(*map(_stems, (country.name, *country.names, *country.adjectives,
                                     *country.peoples)))
    return tuple(n for n in names if _stems(n) & ours)


def _own_code(output: str, countries: Mapping[str, CountryEntry]) -> str:
    return output if output in countries else next(
        c for c, e in countries.items() if e.output == output)


def convert_actors(records: PetrarchActors, countries: Sequence[CountryEntry], *,
                   horizon: dt.date | None = HORIZON) -> Converted:
    """Our actor entries for every record that names a country or body we know."""
    by_code = {c.code: c for c in countries}
    outputs = {code: entry.output for code, entry in by_code.items()}
    seen: dict[RoleEntry, RoleEntry] = {}
    skipped: Counter[str] = Counter()
    made: dict[type, list[object]] = {CountryEntry: [], OrganisationEntry: [], PersonEntry: []}
    for record in records.actors:
        try:
            entry = _entry(record, by_code, outputs, horizon, seen)
        except ValidationError as exc:
            entry = f"invalid: {exc.errors()[0]['msg']}"
        if isinstance(entry, str):
            skipped[entry] += 1
        else:
            made[type(entry)].append(entry)
    digest = hashlib.sha1(repr(records.actors).encode()).hexdigest()[:8]
    model = ActorFile.model_construct(
        version=digest, countries=tuple(made[CountryEntry]),
        organisations=tuple(made[OrganisationEntry]), people=tuple(made[PersonEntry]),
        agents=(), not_actors=())
    if records.problems:
        skipped["unreadable line"] += len(records.problems)
    return Converted(model=model, skipped=dict(skipped),
                     problems=tuple(map(str, records.problems)))


def convert_agents(records: PetrarchAgents) -> Converted:
    """Our sector-noun groups: one per agent line, its CAMEO code as a PLOVER sector or kind."""
    groups: list[AgentGroup] = []
    skipped: Counter[str] = Counter()
    for agent in records.agents:
        code = translate(agent.code, {})
        kind = code.country if agent.before or code.country in NON_STATE else None
        if code.sector is None and kind is None:
            skipped[f"code {agent.code} has no PLOVER sector"] += 1
            continue
        if agent.forms[0].rsplit(" ", 1)[-1] in OPEN_ENDS:
            skipped["ends in a preposition"] += 1
            continue
        if code.sector in LEFT_TO_OURS:
            skipped[f"{code.sector} noun (ours list them)"] += 1
            continue
        if " " not in agent.forms[0] and agent.code[:3] in RELIGIONS:
            # "Muslim", "Christian": adjectives that name a faith, also inside names
            # ("Salih Muslim"); our sector nouns list the peoples ("Muslims" → CVL).
            skipped["one-word faith adjective"] += 1
            continue
        groups.append(AgentGroup(terms=agent.forms, sector=code.sector, kind=kind,
                                 source=f"{agent.origin}:{agent.line}"))
    if records.problems:
        skipped["unreadable line"] += len(records.problems)
    digest = hashlib.sha1(repr(records.agents).encode()).hexdigest()[:8]
    return Converted(model=ActorFile(version=digest, agents=tuple(groups)), skipped=dict(skipped),
                     problems=tuple(map(str, records.problems)))
