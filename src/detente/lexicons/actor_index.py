"""The compiled actor index: tokens, terms and longest-match lookup over every actor name."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from detente.lexicons.actor_schema import Kind, PersonEntry

_TOKEN = re.compile(r"['’]s\b|[^\W_]+(?:\.[^\W_]+)*\.?|[,;&]")
# "anti-government", "pro-Iranian", "U.S.-backed", "Israeli-occupied": the word names whom the
# actor opposes, follows or is ruled by, not the actor, so it is blanked before matching.
# "pro-government" is kept: it marks militias that side with the state (PRM); so is "-led":
# a "Saudi-led coalition" acts for Saudi Arabia. A maker or trainer is not the owner either:
# "US-made Apaches" fired by another army, "Russian-built tanks", "US-trained Syrian rebels".
NOT_SELF = re.compile(
    r"\b(?:anti|non|pro(?!-government))-[\w.'’-]+|[\w.'’]+-(?:backed|occupied|sponsored|"
    r"allied|funded|supported|aligned|controlled|held|installed|annexed|ruled|made|built|"
    r"designed|manufactured|produced|supplied|trained|armed|equipped|educated)\b",
    re.IGNORECASE,
)
# "3 p.m.", "a.m.", "e.g.": dotted letters in lower case abbreviate common words; they are no
# acronym of a name or title ("p.m." is not "PM", the prime minister).
LOWER_ABBREVIATION = re.compile(r"[a-z](?:\.[a-z])+\.?")


@dataclass(frozen=True, slots=True, kw_only=True)
class Token:
    """One word of a phrase: folded form, case class and character offsets."""

    norm: str  # lower case, no accents, no dots ("U.S." → "us")
    case: Literal["upper", "title", "lower"]
    start: int
    end: int


def fold(word: str) -> str:
    if not word.isascii():
        decomposed = unicodedata.normalize("NFKD", word)
        word = "".join(c for c in decomposed if not unicodedata.combining(c))
    return word.lower().replace(".", "")


# A short word capitalised with a further capital inside ("LeT", "AfD", "PiS") is an acronym
# written in mixed case: it counts as capitals, so that the lexicon's "LeT" (Lashkar-e-Taiba)
# is not read into "Let the games begin" at a sentence's start (lead16).
MIXED_ACRONYM_MAX = 4


def _case(word: str) -> Literal["upper", "title", "lower"]:
    if word.isupper() and sum(c.isalpha() for c in word) >= 2:
        return "upper"
    if (word[0].isupper() and len(word) <= MIXED_ACRONYM_MAX and word.isalpha()
            and any(c.isupper() for c in word[1:])):
        return "upper"
    return "title" if word[0].isupper() else "lower"


# Words seen by ``tokenise``: an article's context is scanned whole (~10^3 words, most of them
# seen before), and folding and classing a word again costs more than finding it here.
WORD_CACHE_SIZE = 1 << 16


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def _word(word: str) -> tuple[str, Literal["upper", "title", "lower"]] | None:
    """A word's folded form and case class; None for a word that is no token ('s, "p.m.")."""
    if word.lower() in {"'s", "’s"} or LOWER_ABBREVIATION.fullmatch(word):
        return None
    return fold(word), _case(word)


# The slots' own setters: a scanned article context makes ~10^3 tokens, and setting the slots
# directly is about twice as fast as the frozen dataclass's __init__ (same fields, same values).
_SET_NORM, _SET_TOKEN_CASE, _SET_START, _SET_END = (
    getattr(Token, name).__set__ for name in ("norm", "case", "start", "end")
)


def tokenise(text: str, *, offset: int = 0) -> tuple[Token, ...]:
    """Split a phrase into tokens; possessive 's is dropped, hyphens separate words.

    ``offset`` is added to every token's offsets (``text`` is then a piece of a longer text).
    """
    text = NOT_SELF.sub(lambda m: " " * len(m.group()), text)
    tokens = []
    for m in _TOKEN.finditer(text):
        word = _word(m.group())
        if word is not None:
            token = object.__new__(Token)
            _SET_NORM(token, word[0])
            _SET_TOKEN_CASE(token, word[1])
            _SET_START(token, m.start() + offset)
            _SET_END(token, m.end() + offset)
            tokens.append(token)
    return tuple(tokens)


def prefix_tokens(whole: tuple[Token, ...], prefix: str) -> tuple[Token, ...] | None:
    """``tokenise(prefix)`` from the tokens of a text that starts with ``prefix``; None when the
    prefix has no space or line break.

    No token and no blanked span (``NOT_SELF``) holds a space or line break, and none reads
    past one: before the prefix's last one, the text and its prefix have the same tokens; only
    the words after it, which the prefix may cut, are tokenised again.
    """
    cut = max(prefix.rfind(" "), prefix.rfind("\n"))
    if cut < 0:
        return None
    kept = tuple(t for t in whole if t.start < cut)
    return kept + tokenise(prefix[cut:], offset=cut)


@dataclass(frozen=True, slots=True, kw_only=True)
class Term:
    """What a run of tokens stands for, with the case the lexicon wrote it in."""

    kind: Kind
    entry: Any  # CountryEntry | OrganisationEntry | PersonEntry | AgentGroup | None
    # per token: "upper" must be capitals, "title" capitalised, "lower" any; "acronym" capitals
    # or capitalised ("NATO", "Nato": a word-like acronym in the style of British papers)
    case: tuple[str, ...]
    user: bool  # came from a user file

    def fits(self, tokens: Sequence[Token]) -> bool:
        """Whether the input tokens are written in a case this term allows."""
        for want, token in zip(self.case, tokens, strict=True):
            if want == "upper" and token.case != "upper":
                return False
            if want in ("title", "acronym") and token.case == "lower":
                return False
        return True

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled by value: dataclasses' generic slot state costs a third of the cached load.
        return (_term, (self.kind, self.entry, self.case, self.user))


# The slots' own setters: unpickling a cached index builds ~4·10^4 terms, and setting the slots
# directly is about twice as fast as the frozen dataclass's __init__ (same fields, same values).
_SET_KIND, _SET_ENTRY, _SET_CASE, _SET_USER = (
    getattr(Term, name).__set__ for name in ("kind", "entry", "case", "user")
)


def _term(kind: Kind, entry: Any, case: tuple[str, ...], user: bool) -> Term:
    term = object.__new__(Term)
    _SET_KIND(term, kind)
    _SET_ENTRY(term, entry)
    _SET_CASE(term, case)
    _SET_USER(term, user)
    return term


@dataclass(frozen=True, slots=True, kw_only=True)
class Match:
    """A run of tokens [start, end) that a term names."""

    start: int
    end: int
    term: Term


@dataclass(frozen=True, slots=True, kw_only=True)
class Secession:
    """A state's land before it seceded: coded ``before`` on dates before ``since``."""

    before: str  # the predecessor's code ("SDN")
    since: dt.date  # the day of independence
    names: tuple[str, ...]  # the seceded state's own names, adjectives and peoples
    before_names: tuple[str, ...] = ()  # the predecessor's ("Sudan", "Sudanese")


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
    # First words of people's full names ("henry", "kim"): a surname that is also one is not
    # taken alone for a leader ("Henry said" is anyone); see Phrase._leader.
    given_names: frozenset[str] = frozenset()
    # One-letter-deleted forms of one-word country names and demonyms → the name as written
    # ("ethopia" → "Ethiopia"); see ``respell``.
    spellings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    shadowing: Shadowing | None = None  # names weaker files held that stronger ones kept
    sources: tuple[SourceSummary, ...] = ()  # what each file contributed, in load order
    secessions: Mapping[str, Secession] = field(default_factory=dict)  # code → its land before
    sovereigns: Mapping[str, str] = field(default_factory=dict)  # territory code → its state's
    cache: dict[str, tuple[tuple[Token, ...], tuple[Match, ...]]] = field(
        default_factory=dict, compare=False, repr=False
    )  # scan results per phrase; bounded by ``scan``
    # Surname keys by consonant skeleton (coding.spelt_names), built on first use and kept with
    # the lexicon they index, never in the cache file.
    skeletons: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # The last long text scanned: an article is scanned whole (for its namesakes), then its
    # beginning as the context of bare roles; that is the same text, or read from its tokens.
    recent: dict[str, tuple[tuple[Token, ...], tuple[Match, ...]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def scan(self, text: str, *, keep: bool = True) -> tuple[tuple[Token, ...], tuple[Match, ...]]:
        """Tokenise ``text`` and find the longest known names, left to right."""
        hit = self.cache.get(text) or self.recent.get(text)
        if hit is not None:
            return hit
        tokens = self._recent_prefix(text) or tokenise(text)
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
        else:
            self.recent.clear()
            self.recent[text] = result
        return result

    def _recent_prefix(self, text: str) -> tuple[Token, ...] | None:
        """The tokens of ``text`` when it begins the last long text scanned (an article's
        context after its whole text), else None."""
        for whole, (tokens, _) in list(self.recent.items()):
            if len(text) < len(whole) and whole.startswith(text):
                return prefix_tokens(tokens, text)
        return None


    def respell(self, word: str) -> str | None:
        """The one country name or demonym ``word`` misspells by a single letter, if any.

        "Ethopia" → "Ethiopia", "Quatar" → "Qatar". Words shorter than SPELLING_MIN_LENGTH,
        known words and words close to more than one name give None; callers decide when a
        word is a name at all (spaCy's entity label, not a place in the gazetteer).
        """
        norm = fold(word)
        if len(norm) < SPELLING_MIN_LENGTH or (norm,) in self.index:
            return None
        found: set[str] = set()
        for variant in {norm, *deletions(norm), *_swaps(norm)}:
            for name in self.spellings.get(variant, ()):
                if fold(name)[0] == norm[0] and _one_edit(norm, fold(name)):
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


def deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _swaps(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two different words are one letter apart (inserted, dropped, changed, swapped)."""
    return _one_edit(a, b)


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion, substitution or swap apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1 or b in _swaps(a)
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))

KIND_PRIORITY = {"person": 0, "org": 1, "seat": 2, "country": 3, "adjective": 4, "people": 5,
             "agent": 6, "none": 7}  # on an identical key, proper names beat sector nouns


def phrase_key(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    tokens = tokenise(name)
    if len(tokens) > 1 and tokens[0].norm == "the":
        tokens = tokens[1:]
    return tuple(t.norm for t in tokens), tuple(t.case for t in tokens)


_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "da", "van", "von", "abu", "ben", "le"})


def surname_keys(person: PersonEntry) -> Iterable[tuple[str, ...]]:
    """The folded words a person is called by alone: the given surname, else each name's last."""
    if person.surname:
        yield phrase_key(person.surname)[0]
        return
    for name in (person.name, *person.aliases):
        words = phrase_key(name)[0]
        if len(words) >= 2:
            yield words[-1:]
            if words[-2] in _PARTICLES:
                yield words[-2:]


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
    tier: str  # a key of actor_compile.RANKS
    entries: Mapping[str, int]  # countries / organisations / people / agents / not_actors
    skipped: Mapping[str, int] = field(default_factory=dict)  # reason → records
    problems: tuple[str, ...] = ()  # unreadable lines, "file:line: reason"
