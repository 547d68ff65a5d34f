"""Typed records passed between pipeline stages: raw input → article → events."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

RECORD = dict(frozen=True, slots=True, kw_only=True)

# How an event is told: done, denied, conditional or wished for, announced, or background.
Modality = Literal["asserted", "negated", "hypothetical", "future", "historical"]
# How an event's date was found: a date in the text, one relative to publication ("on
# Tuesday"), the publication date itself, or none at all.
DateRule = Literal["explicit", "relative", "publication", "none"]
DatePrecision = Literal["day", "week", "month", "year"]
# Where an article's publication date came from: the input record, the HTML page's metadata,
# a date line or timestamp in the text, the wire dateline, the URL, the file name, or --date.
DateSource = Literal["input", "page", "text", "dateline", "url", "filename", "default"]
# The rule that decided an actor's codes (see README, "The event record").
ActorRule = Literal[
    # read in the phrase itself
    "country-name", "demonym", "seat-of-power", "org", "person-role", "stated-role", "user",
    "surname", "agent", "count", "named-person",
    # several states at once ("member states"), the Centre of an Indian or Pakistani story
    "states", "union-government",
    # known from the article: an earlier mention, the article's context or its places, a
    # foreign name the article uses only for a home town ("Lebanon Police" in Indiana)
    "reference", "context", "places", "namesake",
    # placed by the event: its location, a place in the phrase, the acting authorities
    "location", "place", "domestic", "implied", "unattributed",
    "",
]
PlaceRule = Literal["governing", "clause", "dateline", "parties", "article"]
PlacePrecision = Literal["city", "admin1", "country"]


@dataclass(**RECORD)
class RawDocument:
    """One input document as read from disk, before any cleaning."""

    origin: str  # file name, plus ":LINE" for a JSONL record; used in every error message
    text: str
    doc_id: str | None = None  # the id the input gave, if any
    is_html: bool = False
    title: str | None = None
    url: str | None = None
    date: str | None = None  # as given by the input; parsed during cleaning
    source: str | None = None


@dataclass(**RECORD)
class Dateline:
    """The "PLACE, Date (AGENCY) --" opener of a wire story."""

    text: str
    place: str | None = None
    date: dt.date | None = None
    agency: str | None = None


@dataclass(**RECORD)
class Article:
    """A cleaned article; every offset downstream refers to ``text``."""

    doc_id: str
    origin: str
    text: str
    title: str | None = None
    byline: str | None = None
    date: dt.date | None = None  # publication date
    dateline: Dateline | None = None
    url: str | None = None
    source: str | None = None
    agency: str | None = None
    date_source: DateSource | None = None  # None without a date
    date_precision: DatePrecision | None = None  # day, or month/year for a URL such as /2018/03/
    cleaning: tuple[str, ...] = ()  # what cleaning did ("unwrapped 12 hard-wrapped lines")


@dataclass(**RECORD)
class Span:
    """A piece of the cleaned article text with its character offsets."""

    text: str
    start: int
    end: int


@dataclass(**RECORD)
class ActorMention:
    """An actor or recipient: the text that names it and its codes."""

    text: str
    start: int
    end: int
    country: str | None  # ISO3, or an organisation kind (IGO, NGO, MNC)
    sector: str | None  # primary PLOVER sector code
    name: str | None = None  # canonical name of the person/organisation/country
    org: str | None = None  # specific organisation code (UNO, NATO, ...) when country is IGO/NGO
    other_sectors: tuple[str, ...] = ()
    rule: ActorRule = ""  # which resolution rule produced the codes


@dataclass(frozen=True, slots=True, kw_only=True)  # RECORD spelled out: mypy needs kw_only visible
class Place:
    """Where an event happened: a gazetteer entry and the rule that chose it."""

    name: str  # the gazetteer's name for the place ("Pyongyang")
    country: str  # ISO 3166-1 alpha-3
    admin1: str | None = None  # GeoNames first-level division code within the country ("TX", "12")
    lat: float
    lon: float
    geonames_id: int | None = None
    precision: PlacePrecision
    rule: PlaceRule  # which mention of the article was chosen
    text: str | None = None  # the mention as written; None when it is not in the article text
    start: int | None = None  # character offsets of the mention in the article text
    end: int | None = None


# The fields of a Place that flat layouts keep (CSV columns, the store's location_* columns).
PLACE_FLAT_FIELDS = ("name", "country", "admin1", "lat", "lon", "geonames_id", "precision", "rule")
# Those columns' names in flat layouts.
LOCATION_COLUMNS = tuple(f"location_{field}" for field in PLACE_FLAT_FIELDS)


@dataclass(**RECORD)
class Event:
    """One coded event with everything needed to trace it back to its sentence."""

    doc_id: str
    event_id: str
    sentence_index: int
    sentence: str
    sentence_start: int
    date: dt.date | None
    event_type: str  # PLOVER 0.8
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    goldstein: float
    quad_class: int
    actor: tuple[ActorMention, ...]
    recipient: tuple[ActorMention, ...]
    trigger: Span
    confidence: float
    lexicon_version: str
    pattern_id: str
    modality: Modality = "asserted"
    modality_cue: str | None = None  # what decided the modality ("'not' (neg) on 'attack'")
    date_rule: DateRule = "publication"
    date_precision: DatePrecision | None = "day"  # None without a date
    location: Place | None = None
    relevant: bool = True  # False: no political event (sport, business, ...); kept, not counted
    relevance: str | None = None  # why it is irrelevant: "sentence:sports", "discard:world cup"


@dataclass(**RECORD)
class InputError:
    """A bad input record: where it was and why it was refused."""

    origin: str
    reason: str


@dataclass(**RECORD)
class PartyTrace:
    """One coded party: the words, the codes and the rule that decided them."""

    text: str
    start: int
    end: int
    country: str | None
    sector: str | None
    name: str | None
    rule: str


@dataclass(**RECORD)
class CandidateTrace:
    """One trigger candidate: the pattern that matched it, each stage's finding, the outcome."""

    trigger: str
    start: int
    end: int
    pattern_id: str | None = None
    sources: tuple[str, ...] = ()  # where the pattern(s) are written: "verbs.yaml:123"
    cameo: str | None = None  # the pattern's CAMEO code
    actor: tuple[PartyTrace, ...] = ()
    recipient: tuple[PartyTrace, ...] = ()
    modality: str | None = None
    modality_cue: str | None = None
    composed: str | None = None  # intent / ultimatum: the final code is not the pattern's
    date: str | None = None
    date_rule: str | None = None
    location: str | None = None
    event_id: str | None = None
    event_type: str | None = None
    event_cameo: str | None = None
    stage: str | None = None  # where it was dropped
    reason: str | None = None
    explanation: str | None = None
    relevance: str | None = None  # "relevant", or "irrelevant: REASON" for a coded event


@dataclass(**RECORD)
class SentenceTrace:
    """A sentence, its candidates, and why nothing was coded when nothing was."""

    index: int
    start: int
    text: str
    candidates: tuple[CandidateTrace, ...]
    stage: str | None = None  # set when the sentence has no candidate at all
    reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The JSON view of the trace (plain values only)."""
        return {
            "sentence_index": self.index,
            "sentence_start": self.start,
            "sentence": self.text,
            "stage": self.stage,
            "reason": self.reason,
            "candidates": [_candidate_dict(c) for c in self.candidates],
        }


def _candidate_dict(candidate: CandidateTrace) -> dict[str, Any]:
    out = {k: getattr(candidate, k) for k in CandidateTrace.__slots__}  # type: ignore[attr-defined]
    out["sources"] = list(candidate.sources)
    out["actor"] = [_party_dict(p) for p in candidate.actor]
    out["recipient"] = [_party_dict(p) for p in candidate.recipient]
    return out


def _party_dict(party: PartyTrace) -> dict[str, Any]:
    return {k: getattr(party, k) for k in PartyTrace.__slots__}  # type: ignore[attr-defined]



@dataclass(**RECORD)
class CodedDocument:
    """The result of running one article through the pipeline."""

    article: Article
    events: tuple[Event, ...] = field(default_factory=tuple)
    trace: tuple[SentenceTrace, ...] = ()  # filled only when coding was asked to explain
