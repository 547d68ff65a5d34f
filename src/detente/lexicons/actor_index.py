"""The compiled actor index: tokens, terms and longest-match lookup over every actor name."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from detente.lexicons.actor_schema import ActorFile, Kind, PersonEntry

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

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled by value: dataclasses' generic slot state costs a third of the cached load.
        return (_term, (self.kind, self.entry, self.case, self.user))


def _term(kind: Kind, entry: Any, case: tuple[str, ...], user: bool) -> Term:
    return Term(kind=kind, entry=entry, case=case, user=user)


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
    shadowing: Shadowing | None = None  # names weaker files held that stronger ones kept
    sources: tuple[SourceSummary, ...] = ()  # what each file contributed, in load order
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


# Where names collide the higher rank wins: a user's own YAML/TSV corrections, then our shipped
# files, then a user's PETRARCH dictionaries, then the imported Phoenix dictionaries.
RANKS: Mapping[str, int] = {"user": 3, "own": 2, "user-petrarch": 1, "imported": 0}
_CHECKED_BELOW = RANKS["own"]  # entries ranked below ours are compared with ours when shadowed


@dataclass(frozen=True, slots=True, kw_only=True)
class Layer:
    """One validated actor file, where it came from and how it ranks."""

    model: ActorFile
    origin: str  # file name as shown in reports
    tier: str  # a key of RANKS

    @property
    def user(self) -> bool:
        """Whether the user supplied the file."""
        return self.tier.startswith("user")


@dataclass(frozen=True, slots=True, kw_only=True)
class Disagreement:
    """A name an imported entry codes differently from a stronger entry; the stronger wins."""

    name: str
    kept: str  # the winning code ("AFG GOV")
    dropped: str
    source: str  # the dropped entry's file:line


@dataclass(frozen=True, slots=True, kw_only=True)
class Shadowing:
    """Names of weaker files already held by stronger ones, per weaker file."""

    agreeing: Mapping[str, int] = field(default_factory=dict)
    disagreeing: Mapping[str, int] = field(default_factory=dict)
    composed: Mapping[str, int] = field(default_factory=dict)  # names ours spell word by word
    examples: tuple[Disagreement, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceSummary:
    """What one source contributed: entries per kind, records left out and why."""

    origin: str
    tier: str  # a key of RANKS
    entries: Mapping[str, int]  # countries / organisations / people / agents / not_actors
    skipped: Mapping[str, int] = field(default_factory=dict)  # reason → records
    problems: tuple[str, ...] = ()  # unreadable lines, "file:line: reason"


def _codes(term: Term) -> tuple[frozenset[str], frozenset[str]]:
    """Countries and sectors a term codes, for comparing entries across files."""
    entry = term.entry
    if term.kind == "person":
        return (frozenset(r.country for r in entry.roles if r.country),
                frozenset(r.sector for r in entry.roles if r.sector))
    if term.kind == "org":
        return frozenset({entry.country}), frozenset({entry.sector} if entry.sector else ())
    if term.kind == "agent":
        return frozenset({entry.kind} if entry.kind else ()), frozenset(
            {entry.sector} if entry.sector else ())
    if term.kind == "none":
        return frozenset({"none"}), frozenset()
    return frozenset({entry.output}), frozenset()


def _disagree(kept: Term, dropped: Term) -> bool:
    (kc, ks), (dc, ds) = _codes(kept), _codes(dropped)
    if kc and dc and not kc & dc:
        return True
    return "person" not in (kept.kind, dropped.kind) and bool(ks and ds) and not ks & ds


def _show(term: Term) -> str:
    countries, sectors = _codes(term)
    return " ".join(["/".join(sorted(countries)) or "-", "/".join(sorted(sectors)) or "-"])


# Words a name may hold between our own names and still be made of them ("Ministry of Defence").
_JOINERS = frozenset({"the", "of", "and", "for", ",", "&"})


def _composable(key: tuple[str, ...], ours: set[tuple[str, ...]]) -> bool:
    """Whether ``key`` splits into two or more of our own names (and joining words)."""
    never = len(key) + 1
    fewest = [0] + [never] * len(key)  # fewest[i]: fewest of our names that cover key[:i]
    for i in range(len(key)):
        if fewest[i] == never:
            continue
        if key[i] in _JOINERS:
            fewest[i + 1] = min(fewest[i + 1], fewest[i])
        for j in range(i + 1, len(key) + 1):
            if key[i:j] in ours:
                fewest[j] = min(fewest[j], fewest[i] + 1)
    return 2 <= fewest[len(key)] < never


def _drop_composed(index: dict[tuple[str, ...], dict[Any, Term]],
                   rank_of: Mapping[tuple[str, ...], int],
                   surnames: set[tuple[str, ...]]) -> dict[str, int]:
    """Remove imported names that our own names spell word by word: ours code them already.

    "US Congress" is "US" + "Congress" to us (USA LEG), "President Bush" a title and the surname
    of our office holders; the Phoenix entries would otherwise win as the longer match.
    Counted per imported file.
    """
    ours = {key for key, rank in rank_of.items() if rank >= _CHECKED_BELOW} | surnames
    dropped: Counter[str] = Counter()
    for key, rank in rank_of.items():
        if rank < _CHECKED_BELOW and len(key) > 1 and _composable(key, ours):
            origins = {str(getattr(t.entry, "source", "")).rsplit(":", 1)[0]
                       for t in index[key].values()}
            dropped.update(origins)
            del index[key]
    return dict(dropped)


def compile_actors(layers: Sequence[Layer], version: str,
                   sources: Sequence[SourceSummary] = ()) -> ActorLexicon:
    """Index validated files; on a shared name the higher-ranked file's entries win."""
    index: dict[tuple[str, ...], dict[Any, Term]] = {}
    rank_of: dict[tuple[str, ...], int] = {}
    surnames: dict[tuple[str, ...], list[PersonEntry]] = {}
    user_ids: set[int] = set()
    agreeing: Counter[str] = Counter()
    disagreeing: Counter[str] = Counter()
    examples: list[Disagreement] = []

    # Surnames of our own people: an imported name that is one ("Putin", "President Bush") is
    # someone we know by that name, on our dates.
    own_surnames = {key: person for layer in layers if RANKS[layer.tier] >= _CHECKED_BELOW
                    for person in layer.model.people for key in surname_keys(person)}

    def add(name: str, kind: Kind, entry: Any, layer: Layer) -> bool:
        key, case = _key(name)
        if not key:
            return False
        rank, held = RANKS[layer.tier], rank_of.get(key, -1)
        term = Term(kind=kind, entry=entry, case=case, user=layer.user)
        if held > rank or (rank < _CHECKED_BELOW and key in own_surnames
                           and kind in ("person", "org")):
            if rank < _CHECKED_BELOW:
                kept = (next(iter(index[key].values())) if held > rank else
                        Term(kind="person", entry=own_surnames[key], case=case, user=False))
                if _disagree(kept, term):
                    disagreeing[layer.origin] += 1
                    if len(examples) < 2000:  # bounds the report; the counts stay exact
                        source = getattr(entry, "source", "") or layer.origin
                        examples.append(Disagreement(name=name, kept=_show(kept),
                                                     dropped=_show(term), source=source))
                else:
                    agreeing[layer.origin] += 1
            return False
        terms = index.setdefault(key, {})
        if held < rank:  # a stronger file replaces whatever weaker ones said for this name
            terms.clear()
            rank_of[key] = rank
        terms[id(entry), case] = term
        return True

    for layer in sorted(layers, key=lambda item: -RANKS[item.tier]):
        model = layer.model
        for country in model.countries:
            kinds: tuple[tuple[Kind, tuple[str, ...]], ...] = (
                ("country", (country.name, *country.names)), ("adjective", country.adjectives),
                ("people", country.peoples), ("seat", country.seats))
            for kind, names in kinds:
                for name in names:
                    add(name, kind, country, layer)
        for org in model.organisations:
            for name in (org.name, *org.aliases):
                add(name, "org", org, layer)
        for person in model.people:
            for name in (person.name, *person.aliases):
                add(name, "person", person, layer)
        for group in model.agents:
            for term in group.terms:
                add(term, "agent", group, layer)
        for phrase in model.not_actors:
            add(phrase, "none", None, layer)
        if layer.user:
            user_ids.update(id(e) for e in (*model.countries, *model.organisations,
                                            *model.people, *model.agents))
    composed = _drop_composed(index, rank_of, set(own_surnames))
    kept = {id(t.entry) for terms in index.values() for t in terms.values() if t.kind == "person"}
    for layer in layers:
        for person in layer.model.people:
            if id(person) in kept:  # one whose every name a stronger file holds is not recalled
                for key in surname_keys(person):
                    surnames.setdefault(key, []).append(person)
    ordered = {
        key: tuple(sorted(terms.values(), key=lambda t: (not t.user, _PRIORITY[t.kind])))
        for key, terms in index.items()
    }
    spellings: dict[str, set[str]] = {}
    for layer in layers:
        if RANKS[layer.tier] < _CHECKED_BELOW:
            continue  # imported names keep their own misspellings; they teach no respelling
        for country in layer.model.countries:
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
        shadowing=Shadowing(agreeing=dict(agreeing), disagreeing=dict(disagreeing),
                            composed=composed, examples=tuple(examples)),
        sources=tuple(sources),
    )
