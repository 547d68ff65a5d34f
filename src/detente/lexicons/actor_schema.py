"""Actor lexicon schema: the pydantic models every actor file is checked against."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

# PLOVER 0.8 sector codes (manual, "Sector Codes").
SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
})
# Country-field codes for actors that belong to no state (PLOVER's non-state table).
KINDS = frozenset({"IGO", "NGO", "MNC", "IMG", "ISM", "UNO", "EUR"})
CODE = r"^[A-Z]{3}$"

Kind = Literal["country", "adjective", "people", "seat", "org", "person", "agent", "none"]


def _date(value: Any, *, last: bool) -> dt.date | None:
    """Read YYYY, YYYY-MM or YYYY-MM-DD; a partial date widens to the period's first/last day."""
    if value is None or isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text)
    if not match:
        raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if month is None:
        return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
    if day is None:
        return dt.date(year, month, calendar.monthrange(year, month)[1] if last else 1)
    return dt.date(year, month, day)


def _check_sector(value: str) -> str:
    if value not in SECTORS:
        raise ValueError(f"unknown sector {value!r} (PLOVER codes: {', '.join(sorted(SECTORS))})")
    return value


Sector = Annotated[str, AfterValidator(_check_sector)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RoleEntry(_Model):
    """One office held for a date range."""

    title: str = ""  # as news writes it ("Foreign Minister"); compared with titles in the text
    country: str | None = Field(default=None, pattern=CODE)  # ISO3 or kind; default: the person's
    sector: Sector | None = "GOV"  # PLOVER sector while in this role; null: none (a citizen)
    org: str | None = None  # specific organisation code, e.g. UNO for the Secretary-General
    start: dt.date | None = None  # first day; "2011-12" means 1 December, "2011" 1 January
    end: dt.date | None = None  # last day; "2019-06" means 30 June; empty means still in office

    @field_validator("start", mode="before")
    @classmethod
    def _start(cls, value: Any) -> dt.date | None:
        return _date(value, last=False)

    @field_validator("end", mode="before")
    @classmethod
    def _end(cls, value: Any) -> dt.date | None:
        return _date(value, last=True)

    @model_validator(mode="after")
    def _ordered(self) -> RoleEntry:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"role ends ({self.end}) before it starts ({self.start})")
        return self

    def holds_on(self, day: dt.date) -> bool:
        """Whether the role is held on ``day``."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class PersonEntry(_Model):
    """A named actor (usually a person) whose code depends on the date."""

    name: str = Field(min_length=2)  # canonical name, also matched in text
    aliases: tuple[str, ...] = ()  # other spellings matched in text ("Kim Jong-un")
    surname: str | None = None  # the word used alone later ("Kim"); default: the name's last word
    country: str | None = Field(default=None, pattern=CODE)  # default country of every role
    roles: tuple[RoleEntry, ...] = Field(min_length=1)
    source: str = ""  # where the entry was read ("file:line"); set on loading (TSV rows: empty)

    @model_validator(mode="before")
    @classmethod
    def _inherit_country(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("country") and isinstance(data.get("roles"), list):
            roles = [{"country": data["country"], **r} if isinstance(r, dict) else r
                     for r in data["roles"]]
            data = {**data, "roles": roles}
        return data

    @model_validator(mode="after")
    def _role_countries(self) -> PersonEntry:
        if any(r.country is None for r in self.roles):
            raise ValueError("a role has no country and the person has none to inherit")
        return self


class OrganisationEntry(_Model):
    """An organisation: an international body, a firm, a party, an armed group, a newspaper."""

    name: str = Field(min_length=2)
    aliases: tuple[str, ...] = ()  # other names; ones written in capitals match only in capitals
    country: str = Field(pattern=CODE)  # ISO3 of a national body, or IGO/NGO/MNC/IMG/ISM
    code: str | None = None  # specific organisation code (UNO, NATO, EUR, IAEA, HAMAS ...)
    sector: Sector | None = None  # default sector when the phrase names none ("NATO" → MIL)
    roles: tuple[RoleEntry, ...] = ()  # dated changes of country or sector (a rebel group in power)
    source: str = ""  # where the entry was read ("file:line"); set on loading (TSV rows: empty)


class CountryEntry(_Model):
    """A country, dependency, partially recognised state or breakaway region."""

    code: str = Field(pattern=CODE)  # the entry's own code (ISO 3166-1 alpha-3, or ours)
    name: str  # canonical short English name
    names: tuple[str, ...] = ()  # other names, official forms, abbreviations (bare → no sector)
    adjectives: tuple[str, ...] = ()  # adjectives and singular demonyms ("North Korean")
    peoples: tuple[str, ...] = ()  # plural demonyms naming the people ("North Koreans" → CVL)
    seats: tuple[str, ...] = ()  # capitals and seats of power used as metonyms (→ GOV)
    parent: str | None = Field(default=None, pattern=CODE)  # code reported instead (dependencies)
    # The state a self-governing territory with a code of its own belongs to (Hong Kong: CHN):
    # in a story set there, "the government" is the territory's, not the sovereign's.
    sovereign: str | None = Field(default=None, pattern=CODE)
    partial: bool = False  # partially recognised entity or breakaway region: adds sector PRE
    # A state that seceded: its land was coded ``seceded_from`` before ``independence`` (South
    # Sudan was Sudan's until 2011-07-09), so events there are coded by their own date.
    seceded_from: str | None = Field(default=None, pattern=CODE)
    independence: dt.date | None = None
    source: str = ""  # where the entry was read ("file:line"); set on loading (TSV rows: empty)

    @field_validator("independence", mode="before")
    @classmethod
    def _independence(cls, value: Any) -> dt.date | None:
        return _date(value, last=False)

    @model_validator(mode="after")
    def _secession(self) -> CountryEntry:
        if (self.seceded_from is None) != (self.independence is None):
            raise ValueError("seceded_from and independence go together")
        return self

    @property
    def output(self) -> str:
        """The code written on events: the parent's for folded entries."""
        return self.parent or self.code


class AgentGroup(_Model):
    """Sector nouns and modifiers ("troops", "foreign ministry", "former") with one sector."""

    terms: tuple[str, ...] = Field(min_length=1)  # lower-case words match in any case
    sector: Sector | None = None
    # How the term competes inside a phrase: status (former, retired) beats affiliation (rebel,
    # opposition) beats head nouns (troops, ministry; the rightmost wins) beats generic nouns
    # (officials, spokesman, people) that only apply when nothing more specific is named.
    rank: Literal["status", "affiliation", "head", "generic"] = "head"
    kind: str | None = Field(default=None, pattern=CODE)  # country if none is named ("aid group")
    # Reference words resolved from the article memory: pair ("both sides"), person ("he"),
    # thing ("its"), any ("they"), country ("the country": the state the article is about).
    refers: Literal["pair", "person", "thing", "any", "country"] | None = None
    source: str = ""  # where the entry was read ("file:line"); set on loading (TSV rows: empty)


class ActorFile(_Model):
    """One actor file; every section is optional so a user file can hold any of them."""

    version: str
    countries: tuple[CountryEntry, ...] = ()
    organisations: tuple[OrganisationEntry, ...] = ()
    people: tuple[PersonEntry, ...] = ()
    agents: tuple[AgentGroup, ...] = ()
    not_actors: tuple[str, ...] = ()  # phrases that contain an actor word but name no actor
