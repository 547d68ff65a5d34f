"""Actor lexicon files (countries, organisations, people, sector nouns): schema, loader, index."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from detente.errors import LexiconError

# PLOVER 0.8 sector codes (manual, "Sector Codes").
SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
})
# Country-field codes for actors that belong to no state (PLOVER's non-state table).
KINDS = frozenset({"IGO", "NGO", "MNC", "IMG", "ISM", "UNO", "EUR"})
SHIPPED_FILES = ("countries.yaml", "organisations.yaml", "people.yaml", "agents.yaml")
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
    sector: Sector = "GOV"  # PLOVER sector while in this role
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


class CountryEntry(_Model):
    """A country, dependency, partially recognised state or breakaway region."""

    code: str = Field(pattern=CODE)  # the entry's own code (ISO 3166-1 alpha-3, or ours)
    name: str  # canonical short English name
    names: tuple[str, ...] = ()  # other names, official forms, abbreviations (bare → no sector)
    adjectives: tuple[str, ...] = ()  # adjectives and singular demonyms ("North Korean")
    peoples: tuple[str, ...] = ()  # plural demonyms naming the people ("North Koreans" → CVL)
    seats: tuple[str, ...] = ()  # capitals and seats of power used as metonyms (→ GOV)
    parent: str | None = Field(default=None, pattern=CODE)  # code reported instead (dependencies)
    partial: bool = False  # partially recognised entity or breakaway region: adds sector PRE

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
    # thing ("its"), any ("they").
    refers: Literal["pair", "person", "thing", "any"] | None = None


class ActorFile(_Model):
    """One actor file; every section is optional so a user file can hold any of them."""

    version: str
    countries: tuple[CountryEntry, ...] = ()
    organisations: tuple[OrganisationEntry, ...] = ()
    people: tuple[PersonEntry, ...] = ()
    agents: tuple[AgentGroup, ...] = ()
    not_actors: tuple[str, ...] = ()  # phrases that contain an actor word but name no actor


# ---------------------------------------------------------------- tokens and the compiled index

_TOKEN = re.compile(r"['’]s\b|[^\W_]+(?:\.[^\W_]+)*\.?|[,;&]")
# "anti-government", "pro-Iranian", "U.S.-backed", "Israeli-occupied": the word names whom the
# actor opposes, follows or is ruled by, not the actor, so it is blanked before matching.
# "pro-government" is kept: it marks militias that side with the state (PRM); so is "-led":
# a "Saudi-led coalition" acts for Saudi Arabia.
_NOT_SELF = re.compile(
    r"\b(?:anti|non|pro(?!-government))-[\w.'’-]+|[\w.'’]+-(?:backed|occupied|sponsored|"
    r"allied|funded|supported|aligned|controlled|held|installed|annexed|ruled)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Token:
    """One word of a phrase: folded form, case class and character offsets."""

    norm: str  # lower case, no accents, no dots ("U.S." → "us")
    case: Literal["upper", "title", "lower"]
    start: int
    end: int


def _fold(word: str) -> str:
    if not word.isascii():
        decomposed = unicodedata.normalize("NFKD", word)
        word = "".join(c for c in decomposed if not unicodedata.combining(c))
    return word.lower().replace(".", "")


def _case(word: str) -> Literal["upper", "title", "lower"]:
    if word.isupper() and sum(c.isalpha() for c in word) >= 2:
        return "upper"
    return "title" if word[0].isupper() else "lower"


def tokenise(text: str) -> tuple[Token, ...]:
    """Split a phrase into tokens; possessive 's is dropped, hyphens separate words."""
    text = _NOT_SELF.sub(lambda m: " " * len(m.group()), text)
    return tuple(
        Token(norm=_fold(m.group()), case=_case(m.group()), start=m.start(), end=m.end())
        for m in _TOKEN.finditer(text)
        if m.group().lower() not in {"'s", "’s"}
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Term:
    """What a run of tokens stands for, with the case the lexicon wrote it in."""

    kind: Kind
    entry: Any  # CountryEntry | OrganisationEntry | PersonEntry | AgentGroup | None
    case: tuple[str, ...]  # per token: "upper" must be capitals, "title" capitalised, "lower" any
    user: bool  # came from a user file

    def fits(self, tokens: Sequence[Token]) -> bool:
        """Whether the input tokens are written in a case this term allows."""
        for want, token in zip(self.case, tokens, strict=True):
            if want == "upper" and token.case != "upper":
                return False
            if want == "title" and token.case == "lower":
                return False
        return True


@dataclass(frozen=True, slots=True, kw_only=True)
class Match:
    """A run of tokens [start, end) that a term names."""

    start: int
    end: int
    term: Term


@dataclass(frozen=True, slots=True, kw_only=True)
class ActorLexicon:
    """Every actor name compiled into one index keyed by folded token tuples; immutable."""

    version: str
    index: Mapping[tuple[str, ...], tuple[Term, ...]]
    surnames: Mapping[tuple[str, ...], tuple[PersonEntry, ...]]
    longest: int  # tokens in the longest key: bounds the longest-match window
    # Every key and every start of one: a window grows only while it can still become a key.
    prefixes: frozenset[tuple[str, ...]] = frozenset()
    user_entries: frozenset[int] = frozenset()  # id() of entries that came from user files
    # One-letter-deleted forms of one-word country names and demonyms → the name as written
    # ("ethopia" → "Ethiopia"); see ``respell``.
    spellings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    cache: dict[str, tuple[tuple[Token, ...], tuple[Match, ...]]] = field(
        default_factory=dict, compare=False, repr=False
    )  # scan results per phrase; bounded by ``scan``

    def scan(self, text: str, *, keep: bool = True) -> tuple[tuple[Token, ...], tuple[Match, ...]]:
        """Tokenise ``text`` and find the longest known names, left to right."""
        hit = self.cache.get(text)
        if hit is not None:
            return hit
        tokens = tokenise(text)
        norms = [t.norm for t in tokens]
        matches: list[Match] = []
        i = 0
        while i < len(tokens):
            found = None
            size = 1
            while i + size <= len(tokens) and (key := tuple(norms[i : i + size])) in self.prefixes:
                fitting = [t for t in self.index.get(key, ()) if t.fits(tokens[i : i + size])]
                if fitting:  # the longest key whose case fits wins
                    found = Match(start=i, end=i + size, term=fitting[0])
                size += 1
            if found is not None:
                if found.term.kind != "none" and not _address(found, tokens):
                    matches.append(found)
                i = found.end
            else:
                i += 1
        result = (tokens, tuple(matches))
        if keep:  # long texts (article contexts) are not kept: they rarely repeat
            if len(self.cache) > 50_000:  # bounds memory on long runs; short phrases repeat a lot
                self.cache.clear()
            self.cache[text] = result
        return result


    def respell(self, word: str) -> str | None:
        """The one country name or demonym ``word`` misspells by a single letter, if any.

        "Ethopia" → "Ethiopia", "Quatar" → "Qatar". Words shorter than SPELLING_MIN_LENGTH,
        known words and words close to more than one name give None; callers decide when a
        word is a name at all (spaCy's entity label, not a place in the gazetteer).
        """
        norm = _fold(word)
        if len(norm) < SPELLING_MIN_LENGTH or (norm,) in self.index:
            return None
        found: set[str] = set()
        for variant in {norm, *_deletions(norm), *_swaps(norm)}:
            for name in self.spellings.get(variant, ()):
                if _fold(name)[0] == norm[0] and _one_edit(norm, _fold(name)):
                    found.add(name)
        return found.pop() if len(found) == 1 else None


def _address(found: Match, tokens: Sequence[Token]) -> bool:
    """ "6016 Dublin Road", "Mount Washington", "the Washington Post": a country or capital
    inside another place's or a newspaper's name names no actor."""
    if found.term.kind not in PLACE_KINDS:
        return False
    after = tokens[found.end].norm if found.end < len(tokens) else ""
    before = tokens[found.start - 1] if found.start > 0 else None
    return after in STREET_WORDS or (
        before is not None and before.case != "lower" and before.norm in PLACE_PREFIXES
    )


# ---------------------------------------------------------------- compiling

PLACE_KINDS = frozenset({"country", "seat", "adjective", "people"})
STREET_WORDS = frozenset({
    "road", "rd", "street", "st", "avenue", "ave", "drive", "dr", "boulevard", "blvd", "lane",
    "ln", "parkway", "pkwy", "highway", "hwy", "circle", "terrace", "pike", "trail",
    "post", "times", "herald", "tribune", "gazette", "journal",
})
# Capitalised words that make a capital's name part of another place ("Mount Washington",
# "New Mexico", "Fort Jackson"); full names such as "New Zealand" are matched before this.
PLACE_PREFIXES = frozenset({"mount", "mt", "lake", "fort", "port", "cape", "new"})

SPELLING_MIN_LENGTH = 6  # "Omar" is no misspelt "Oman"
SPELLING_KINDS = frozenset({"country", "adjective", "people"})


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _swaps(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion, substitution or swap apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1 or b in _swaps(a)
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))

_PRIORITY = {"person": 0, "org": 1, "seat": 2, "country": 3, "adjective": 4, "people": 5,
             "agent": 6, "none": 7}  # on an identical key, proper names beat sector nouns


def _key(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    tokens = tokenise(name)
    if len(tokens) > 1 and tokens[0].norm == "the":
        tokens = tokens[1:]
    return tuple(t.norm for t in tokens), tuple(t.case for t in tokens)


_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "da", "van", "von", "abu", "ben", "le"})


def surname_keys(person: PersonEntry) -> Iterable[tuple[str, ...]]:
    """The folded words a person is called by alone: the given surname, else each name's last."""
    if person.surname:
        yield _key(person.surname)[0]
        return
    for name in (person.name, *person.aliases):
        words = _key(name)[0]
        if len(words) >= 2:
            yield words[-1:]
            if words[-2] in _PARTICLES:
                yield words[-2:]


def compile_actors(files: Sequence[tuple[ActorFile, bool]], version: str) -> ActorLexicon:
    """Index validated files; a later file's entry replaces an earlier one with the same name."""
    index: dict[tuple[str, ...], dict[Any, Term]] = {}
    surnames: dict[tuple[str, ...], list[PersonEntry]] = {}
    user_ids: set[int] = set()

    def add(name: str, kind: Kind, entry: Any, user: bool) -> None:
        key, case = _key(name)
        if not key:
            return
        terms = index.setdefault(key, {})
        if user:  # a user entry replaces whatever the shipped files said for this name
            terms.clear()
        terms[id(entry), case] = Term(kind=kind, entry=entry, case=case, user=user)

    for model, user in files:
        for country in model.countries:
            for kind, names in (("country", (country.name, *country.names)),
                                ("adjective", country.adjectives), ("people", country.peoples),
                                ("seat", country.seats)):
                for name in names:
                    add(name, kind, country, user)
        for org in model.organisations:
            for name in (org.name, *org.aliases):
                add(name, "org", org, user)
        for person in model.people:
            for name in (person.name, *person.aliases):
                add(name, "person", person, user)
            for key in surname_keys(person):
                surnames.setdefault(key, []).append(person)
        for group in model.agents:
            for term in group.terms:
                add(term, "agent", group, user)
        for phrase in model.not_actors:
            add(phrase, "none", None, user)
        if user:
            user_ids.update(id(e) for e in (*model.countries, *model.organisations,
                                            *model.people, *model.agents))
    ordered = {
        key: tuple(sorted(terms.values(), key=lambda t: (not t.user, _PRIORITY[t.kind])))
        for key, terms in index.items()
    }
    spellings: dict[str, set[str]] = {}
    for model, _user in files:
        for country in model.countries:
            for name in (country.name, *country.names, *country.adjectives, *country.peoples):
                norm = _fold(name)
                if " " not in name and len(norm) >= SPELLING_MIN_LENGTH - 1:
                    for variant in {norm, *_deletions(norm)}:
                        spellings.setdefault(variant, set()).add(name)
    return ActorLexicon(
        version=version,
        index=ordered,
        surnames={k: tuple(v) for k, v in surnames.items()},
        longest=max(len(k) for k in ordered),
        prefixes=frozenset(k[:n] for k in ordered for n in range(1, len(k) + 1)),
        user_entries=frozenset(user_ids),
        spellings={k: tuple(sorted(v)) for k, v in spellings.items()},
    )


# ---------------------------------------------------------------- reading files


def _line_of(text: str, loc: Sequence[Any]) -> int:
    """Line of the YAML node at a pydantic error location (the deepest node that exists)."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return 0
    line = node.start_mark.line + 1 if node else 0
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            node = node.value[part] if part < len(node.value) else None
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


class _PlainLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Reads scalars as strings (or null): the schema converts, and "No" stays a name, not False.

    Skipping PyYAML's date, number and boolean guessing also halves the load time.
    """

    yaml_implicit_resolvers: dict[str, Any] = {}  # noqa: RUF012 (PyYAML's class attribute)


_PlainLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)


def read_actor_yaml(text: str, origin: str) -> ActorFile:
    """Validate the text of one YAML actor file; errors name the origin and line."""
    try:
        data = yaml.load(text, Loader=_PlainLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{origin}:{mark.line + 1}" if mark else origin
        raise LexiconError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from exc
    try:
        return ActorFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = first["loc"]
        line = _line_of(text, loc)
        where = f"{origin}:{line}" if line else origin
        path = ".".join(map(str, loc)) or "file"
        raise LexiconError(f"{where}: {path}: {first['msg']}") from exc


TSV_COLUMNS = ("name", "country", "sector", "start", "end")
TSV_SUFFIXES = (".tsv", ".tab")


def _read_tsv(text: str, origin: str) -> ActorFile:
    """Read name/country/sector/start/end rows; rows with one name become one actor's roles."""
    roles: dict[str, list[RoleEntry]] = {}
    for number, row in enumerate(csv.reader(text.splitlines(), delimiter="\t"), start=1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if number == 1 and [c.strip().lower() for c in row[:2]] == ["name", "country"]:
            continue
        cells = [c.strip() for c in row] + [""] * (len(TSV_COLUMNS) - len(row))
        if len(row) > len(TSV_COLUMNS) or not cells[0] or not cells[1]:
            raise LexiconError(f"{origin}:{number}: expected columns {', '.join(TSV_COLUMNS)}")
        try:
            role = RoleEntry(country=cells[1], sector=cells[2] or "GOV",
                             start=cells[3] or None, end=cells[4] or None)
        except ValidationError as exc:
            first = exc.errors()[0]
            column = first["loc"][0] if first["loc"] else "row"
            raise LexiconError(f"{origin}:{number}: {column}: {first['msg']}") from exc
        roles.setdefault(cells[0], []).append(role)
    people = tuple(PersonEntry(name=name, roles=tuple(r)) for name, r in roles.items())
    return ActorFile(version=hashlib.sha1(text.encode()).hexdigest()[:8], people=people)


def _known_codes(files: Sequence[tuple[ActorFile, str, str]]) -> set[str]:
    return set(KINDS) | {c.code for f, _, _ in files for c in f.countries} | {
        c.output for f, _, _ in files for c in f.countries}


def _tsv_line(text: str, code: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        cells = line.split("\t")
        if len(cells) > 1 and cells[1].strip() == code:
            return number
    return 0


def _check_codes(files: Sequence[tuple[ActorFile, str, str]]) -> None:
    """Every country field must name a country entry or a kind code."""
    known = _known_codes(files)
    for model, origin, text in files:
        refs: list[tuple[tuple[Any, ...], str | None]] = []
        refs += [(("countries", i, "parent"), c.parent) for i, c in enumerate(model.countries)]
        refs += [(("organisations", i, "country"), o.country)
                 for i, o in enumerate(model.organisations)]
        refs += [(("people", i, "roles", j, "country"), r.country)
                 for i, p in enumerate(model.people) for j, r in enumerate(p.roles)]
        for loc, code in refs:
            if code is not None and code not in known:
                tsv = origin.endswith(TSV_SUFFIXES)
                line = _tsv_line(text, code) if tsv else _line_of(text, loc)
                where = f"{origin}:{line}" if line else origin
                path = ".".join(map(str, loc))
                raise LexiconError(f"{where}: {path}: unknown country code {code!r}")


def read_actor_file(path: Path) -> tuple[ActorFile, str]:
    """Read one user actor file (YAML, or TSV by its .tsv suffix) and its text."""
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read actor file ({exc.strerror})") from exc
    reader = _read_tsv if path.suffix.lower() in TSV_SUFFIXES else read_actor_yaml
    return reader(text, str(path)), text


def shipped_actor_files() -> tuple[str, ...]:
    """The base files, then every people_*.yaml / organisations_*.yaml (facts kept by region)."""
    data = resources.files("detente.lexicons").joinpath("data")
    extra = sorted(p.name for p in data.iterdir()
                   if re.fullmatch(r"(?:people|organisations)_\w+\.yaml", p.name))
    return SHIPPED_FILES + tuple(extra)


def load_actor_lexicon(extra_files: Sequence[Path] = ()) -> ActorLexicon:
    """Load the shipped actor files plus user files that add or override entries."""
    data = resources.files("detente.lexicons").joinpath("data")
    files: list[tuple[ActorFile, str, str]] = []
    names = shipped_actor_files()
    for name in names:
        text = data.joinpath(name).read_text("utf-8")
        files.append((read_actor_yaml(text, name), name, text))
    for path in extra_files:
        model, text = read_actor_file(Path(path))
        files.append((model, str(path), text))
    _check_codes(files)
    shipped = sorted({f.version for f, _, _ in files[: len(names)]})
    version = "actors-" + "/".join(shipped)
    if extra_files:
        digest = hashlib.sha1("".join(t for _, _, t in files[len(names):]).encode())
        version += "+user." + digest.hexdigest()[:8]
    compiled = [(f, i >= len(names)) for i, (f, _, _) in enumerate(files)]
    return compile_actors(compiled, version)
