"""The judged real-news set as records: drawn articles with their main political events, and
coded events with a reader's verdict per field; read from eval/judged with checks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from detente.errors import InputRejected
from detente.evaluation.anchors import Anchor
from detente.lexicons.ontology import PLOVER_TYPES

RECORD = dict(frozen=True, slots=True, kw_only=True)
ARTICLES_FILE = "articles.jsonl"
EVENTS_FILE = "events.jsonl"
MODALITIES = ("asserted", "negated", "hypothetical", "future", "historical")
# The judged fields, in report order: each verdict says whether the coder got it right.
FIELDS = ("type", "actor_country", "actor_sector", "recipient", "modality")

Codes = tuple[tuple[str | None, str | None], ...]  # sorted (country, sector) of each party


@dataclass(**RECORD)
class Party:
    """A side of a main event as the reader named it: any of these countries, and a sector."""

    countries: frozenset[str]
    sector: str | None = None


@dataclass(**RECORD)
class MainEvent:
    """A political event a reader of the article would name, and the sentences reporting it."""

    event_type: str
    actor: Party
    recipient: Party | None  # None: the reader named no recipient, so none is required
    modality: str
    sentences: tuple[Anchor, ...]
    summary: str


@dataclass(**RECORD)
class JudgedArticle:
    """A drawn article: where it comes from, its cleaned-text fingerprint and its main events."""

    corpus: str  # file name of the corpus in ../shared/corpus
    doc_id: str
    text_sha: str  # fingerprint of the cleaned text the judgement was made on
    topic: str
    main_events: tuple[MainEvent, ...]


@dataclass(**RECORD)
class Verdict:
    """The reader's judgement of one coded event, field by field."""

    type: bool
    actor_country: bool
    actor_sector: bool
    recipient: bool
    modality: bool

    @property
    def fully_right(self) -> bool:
        """Every field right."""
        return all(getattr(self, name) for name in FIELDS)


@dataclass(**RECORD)
class JudgedEvent:
    """A coded event as it was judged: where its trigger is, what was coded, and the verdict."""

    doc_id: str
    trigger: tuple[int, int]
    in_sentence: tuple[int, int]  # the trigger's place in the normalised sentence
    sentence: Anchor
    event_type: str
    actor: Codes
    recipient: Codes
    modality: str
    verdict: Verdict
    reason: str


@dataclass(**RECORD)
class JudgedSet:
    """The judged articles and events read from a judged-set folder."""

    articles: tuple[JudgedArticle, ...]
    events: tuple[JudgedEvent, ...]


class _AnchorModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    sha: str = Field(min_length=8)
    chars: int = Field(ge=1)


class _PartyModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    countries: list[str] = Field(min_length=1)
    sector: str | None = None


class _MainEventModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: str
    actor: _PartyModel
    recipient: _PartyModel | None
    modality: str
    sentences: list[_AnchorModel] = Field(min_length=1)
    summary: str


class _ArticleModel(BaseModel):
    """One line of articles.jsonl."""

    model_config = ConfigDict(extra="forbid")
    corpus: str
    id: str = Field(min_length=1)
    text_sha: str
    text_chars: int
    topic: str
    main_events: list[_MainEventModel]


class _CodeModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    country: str | None
    sector: str | None


class _CodedModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: str
    cameo: str
    actor: list[_CodeModel]
    recipient: list[_CodeModel]
    modality: str
    pattern: str


class _TriggerModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    in_sentence: tuple[int, int]


class _EventModel(BaseModel):
    """One line of events.jsonl."""

    model_config = ConfigDict(extra="forbid")
    doc_id: str = Field(min_length=1)
    trigger: _TriggerModel
    sentence: _AnchorModel
    coded: _CodedModel
    verdict: dict[str, bool]
    reason: str = Field(min_length=1)


def _checked_type(name: str, where: str) -> str:
    if name not in PLOVER_TYPES:
        raise InputRejected(where, f"{name!r} is not a PLOVER type")
    return name


def _checked_modality(name: str, where: str) -> str:
    if name not in MODALITIES:
        raise InputRejected(where, f"{name!r} is not a modality ({', '.join(MODALITIES)})")
    return name


def _party(model: _PartyModel) -> Party:
    return Party(countries=frozenset(model.countries), sector=model.sector)


def _codes(models: Iterable[_CodeModel]) -> Codes:
    return tuple(sorted(((m.country, m.sector) for m in models), key=str))


def _article(model: _ArticleModel, where: str) -> JudgedArticle:
    mains = tuple(
        MainEvent(
            event_type=_checked_type(m.type, where),
            actor=_party(m.actor),
            recipient=None if m.recipient is None else _party(m.recipient),
            modality=_checked_modality(m.modality, where),
            sentences=tuple(Anchor(**s.model_dump()) for s in m.sentences),
            summary=m.summary,
        )
        for m in model.main_events
    )
    return JudgedArticle(
        corpus=model.corpus,
        doc_id=model.id,
        text_sha=model.text_sha,
        topic=model.topic,
        main_events=mains,
    )


def _event(model: _EventModel, where: str) -> JudgedEvent:
    if sorted(model.verdict) != sorted(FIELDS):
        raise InputRejected(where, f"verdict must judge exactly {', '.join(FIELDS)}")
    return JudgedEvent(
        doc_id=model.doc_id,
        trigger=(model.trigger.start, model.trigger.end),
        in_sentence=model.trigger.in_sentence,
        sentence=Anchor(**model.sentence.model_dump()),
        event_type=_checked_type(model.coded.type, where),
        actor=_codes(model.coded.actor),
        recipient=_codes(model.coded.recipient),
        modality=_checked_modality(model.coded.modality, where),
        verdict=Verdict(**model.verdict),
        reason=model.reason,
    )


def _iter_lines(path: Path) -> Iterator[tuple[str, str]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputRejected(str(path), f"cannot read judged file ({exc.strerror})") from exc
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield f"{path}:{number}", line


def read_judged(folder: Path) -> JudgedSet:
    """Read a judged-set folder (articles.jsonl, events.jsonl); a bad line names itself."""
    articles: list[JudgedArticle] = []
    events: list[JudgedEvent] = []
    where = str(folder)
    try:
        for where, line in _iter_lines(folder / ARTICLES_FILE):
            articles.append(_article(_ArticleModel.model_validate_json(line), where))
        for where, line in _iter_lines(folder / EVENTS_FILE):
            events.append(_event(_EventModel.model_validate_json(line), where))
    except ValidationError as exc:
        problem = exc.errors()[0]
        place = ".".join(str(p) for p in problem["loc"])
        raise InputRejected(where, f"not a judged record: {place}: {problem['msg']}") from exc
    known = {a.doc_id for a in articles}
    strays = sorted({e.doc_id for e in events} - known)
    if strays:
        raise InputRejected(str(folder / EVENTS_FILE), f"events of unknown articles: {strays}")
    return JudgedSet(articles=tuple(articles), events=tuple(events))
