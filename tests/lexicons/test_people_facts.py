"""Every shipped people file (people.yaml and the people_*.yaml facts) is consistent."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from importlib import resources

import pytest

from detente.lexicons.actors import _NOT_SELF as NOT_SELF
from detente.lexicons.actors import (
    KINDS,
    ActorFile,
    PersonEntry,
    RoleEntry,
    load_actor_lexicon,
    read_actor_yaml,
    shipped_actor_files,
    surname_keys,
    tokenise,
)

# Offices held by one person at a time in a country: a new holder's start may overlap the
# predecessor's last day (hand-over day) but not by weeks, which would be a typing error.
SINGLE_HOLDER = frozenset({
    "president", "prime minister", "foreign minister", "defence minister", "chancellor",
    "king", "queen", "emir", "sultan", "secretary of state", "secretary of defense",
    "foreign secretary", "defence secretary", "external affairs minister", "premier",
})
SLACK = dt.timedelta(days=3)
# Rival holders the record really has: two governments (Gaza and Ramallah after 2007) or a
# disputed election (Côte d'Ivoire 2010–11).
RIVALS = frozenset({
    frozenset({"Ismail Haniyeh", "Salam Fayyad"}), frozenset({"Ismail Haniyeh", "Rami Hamdallah"}),
    frozenset({"Laurent Gbagbo", "Alassane Ouattara"}),
})


@pytest.fixture(scope="module")
def files() -> dict[str, ActorFile]:
    data = resources.files("detente.lexicons").joinpath("data")
    return {name: read_actor_yaml(data.joinpath(name).read_text("utf-8"), name)
            for name in shipped_actor_files()}


@pytest.fixture(scope="module")
def people(files: dict[str, ActorFile]) -> list[tuple[str, PersonEntry]]:
    return [(name, p) for name, f in files.items() for p in f.people]


def test_fact_files_are_loaded_with_the_base_files(files: dict[str, ActorFile]) -> None:
    names = shipped_actor_files()
    assert names[:4] == ("countries.yaml", "organisations.yaml", "people.yaml", "agents.yaml")
    facts = [f for n, f in files.items() if n.startswith("people_")]
    assert facts
    lexicon = load_actor_lexicon()
    missing = [p.name for f in facts for p in f.people
               if not any(t.entry is not None and t.entry.name == p.name
                          for t in lexicon.index.get(tokens_of(p.name), ()))]
    assert missing == []


def tokens_of(name: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenise(name))


def test_every_fact_file_has_a_version(files: dict[str, ActorFile]) -> None:
    assert all(f.version for f in files.values())


def test_no_person_is_listed_twice(people: list[tuple[str, PersonEntry]]) -> None:
    seen: dict[str, str] = {}
    twice = []
    for origin, person in people:
        for name in (person.name, *person.aliases):
            key = name.casefold()
            if key in seen and seen[key] != f"{origin}:{person.name}":
                twice.append((name, seen[key], origin))
            seen[key] = f"{origin}:{person.name}"
    assert twice == []


def _overlap(a: RoleEntry, b: RoleEntry) -> dt.timedelta:
    start = max(a.start or dt.date.min, b.start or dt.date.min)
    end = min(a.end or dt.date.max, b.end or dt.date.max)
    return end - start if end >= start else dt.timedelta(-1)


def test_one_name_never_holds_office_in_two_states_at_once(
    people: list[tuple[str, PersonEntry]],
) -> None:
    """Nobody holds office in two states at once (a wrong country code on a role shows so);
    posts in international bodies (IGO, NGO ...) may overlap a national one."""
    by_name: dict[str, list[RoleEntry]] = defaultdict(list)
    for _, person in people:
        by_name[person.name.casefold()].extend(r for r in person.roles if r.country not in KINDS)
    clashes = [(name, a.country, b.country) for name, roles in by_name.items()
               for i, a in enumerate(roles) for b in roles[i + 1:]
               if a.country != b.country and _overlap(a, b) > SLACK]
    assert clashes == []


def test_roles_start_before_they_end_and_have_a_title(
    people: list[tuple[str, PersonEntry]],
) -> None:
    bad = [(o, p.name, r.title) for o, p in people for r in p.roles
           if not r.title or not r.start or (r.end is not None and r.end < r.start)]
    assert bad == []


def test_every_country_code_is_known(
    files: dict[str, ActorFile], people: list[tuple[str, PersonEntry]]
) -> None:
    known = {c.code for f in files.values() for c in f.countries} | KINDS
    unknown = {(o, p.name, r.country) for o, p in people for r in p.roles if r.country not in known}
    unknown |= {(n, o.name, o.country) for n, f in files.items() for o in f.organisations
                if o.country not in known}
    assert unknown == set()


def _month_handover(a: RoleEntry, b: RoleEntry) -> bool:
    """Both dates known only to the month ("2024-12"): the widened month is their only overlap."""
    return (a.end is not None and b.start is not None and b.start.day == 1
            and (a.end + dt.timedelta(days=1)).day == 1
            and (a.end.year, a.end.month) == (b.start.year, b.start.month))


def _office(title: str) -> str | None:
    key = title.casefold().replace("defense minister", "defence minister")
    return key if key in SINGLE_HOLDER else None


def test_single_holder_offices_do_not_overlap(people: list[tuple[str, PersonEntry]]) -> None:
    terms: dict[tuple[str, str], list[tuple[str, RoleEntry]]] = defaultdict(list)
    for _, person in people:
        for role in person.roles:
            office = _office(role.title)
            if office and role.country:
                terms[role.country, office].append((person.name, role))
    overlaps = []
    for (country, office), held in terms.items():
        held.sort(key=lambda t: t[1].start or dt.date.min)
        for i, (name, role) in enumerate(held):
            for other, later in held[i + 1:]:
                if (other != name and _overlap(role, later) > SLACK
                        and not _month_handover(role, later)
                        and frozenset({name, other}) not in RIVALS):
                    overlaps.append((country, office, name, other))
    assert overlaps == []


def test_no_name_loses_words_to_the_not_self_blanking(files: dict[str, ActorFile]) -> None:
    """ "Anti-Corruption Bureau" is read as "Bureau": such a name would claim unrelated phrases."""
    blanked = [name for f in files.values() for e in (*f.organisations, *f.people)
               for name in (e.name, *e.aliases) if NOT_SELF.search(name)]
    assert blanked == []


def test_a_name_read_alone_is_never_a_numeral_or_a_short_word(
    people: list[tuple[str, PersonEntry]],
) -> None:
    """The last word stands for the person after a title ("King VI" would be Mohammed VI):
    a regnal numeral, "Jr." or a two-letter fragment ("Sa'ar" → "ar") needs an explicit surname."""
    bad = [(origin, p.name) for origin, p in people if p.surname is None
           for key in surname_keys(p)
           if len(key) == 1 and (len(key[0]) <= 2 or re.fullmatch(r"[ivxlc]+|jr|sr", key[0]))]
    assert bad == []
