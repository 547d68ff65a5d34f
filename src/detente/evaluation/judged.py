"""Score the coder on the judged real-news set: precision over the coded events a reader judged,
recall of the main political events a reader listed, and the new events nobody judged yet."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.table import Table

from detente.evaluation.anchors import (
    Anchor,
    ArticleView,
    find_flat,
    locate,
    make_anchor,
    view_article,
)
from detente.evaluation.floors import read_floors
from detente.evaluation.judged_set import (
    FIELDS,
    Codes,
    JudgedEvent,
    JudgedSet,
    MainEvent,
    Party,
)
from detente.ingest import iter_documents
from detente.records import ActorMention, CodedDocument, Event, InputError, RawDocument

RECORD = dict(frozen=True, slots=True, kw_only=True)
FLOORS_TABLE = "judged"  # the table of quality_floors.toml that holds this scorer's floors
# Report order; the floors in the [judged] table use these names.
METRICS: tuple[str, ...] = (
    "full",  # judged events still produced: share right on every field
    *FIELDS,  # the same, one field at a time
    "recall_main",  # main events found: same type, actor and recipient countries, same sentence
    "recall_main_type",  # main events found by type alone, same sentence
)

# The key an event is recognised by: a judgement holds only while all of it stays the same.
EventKey = tuple[str, int, int, str, Codes, Codes, str]


def codes_of(mentions: Iterable[ActorMention]) -> Codes:
    """The (country, sector) codes of a side of a coded event, in a stable order."""
    return tuple(sorted(((m.country, m.sector) for m in mentions), key=str))


def event_key(event: Event) -> EventKey:
    """How a coded event is matched to a judged one: trigger offsets, type, parties, modality."""
    return (
        event.doc_id,
        event.trigger.start,
        event.trigger.end,
        event.event_type,
        codes_of(event.actor),
        codes_of(event.recipient),
        event.modality,
    )


def judged_key(judged: JudgedEvent, trigger: tuple[int, int]) -> EventKey:
    """The key of a judged event whose trigger now sits at `trigger`."""
    return (
        judged.doc_id,
        trigger[0],
        trigger[1],
        judged.event_type,
        judged.actor,
        judged.recipient,
        judged.modality,
    )


def place_trigger(view: ArticleView, judged: JudgedEvent) -> tuple[int, int] | None:
    """Where a judged event's trigger is in the current text (None: its sentence is gone)."""
    if view.unchanged:
        return judged.trigger
    start = find_flat(view, judged.sentence)
    if start is None:
        return None
    inside_start, inside_end = judged.in_sentence
    return view.to_text(start + inside_start, start + inside_end)


@dataclass(**RECORD)
class NewEvent:
    """A coded event no judgement covers yet, in the shape of an events.jsonl line to judge."""

    doc_id: str
    trigger: tuple[int, int]
    in_sentence: tuple[int, int]
    sentence: Anchor
    event: Event

    def to_line(self) -> dict[str, Any]:
        """The events.jsonl record, with an empty verdict and reason for a reader to fill in."""
        side = [{"country": c, "sector": s} for c, s in codes_of(self.event.actor)]
        other = [{"country": c, "sector": s} for c, s in codes_of(self.event.recipient)]
        anchor = self.sentence
        return {
            "doc_id": self.doc_id,
            "trigger": {
                "start": self.trigger[0],
                "end": self.trigger[1],
                "in_sentence": list(self.in_sentence),
            },
            "sentence": {
                "start": anchor.start,
                "end": anchor.end,
                "sha": anchor.sha,
                "chars": anchor.chars,
            },
            "coded": {
                "type": self.event.event_type,
                "cameo": self.event.cameo,
                "actor": side,
                "recipient": other,
                "modality": self.event.modality,
                "pattern": self.event.pattern_id,
            },
            "verdict": None,
            "reason": "",
        }


def new_event(view: ArticleView, event: Event) -> NewEvent:
    """Describe an unjudged coded event with the anchors a judgement needs."""
    sentence = make_anchor(
        view.text, event.sentence_start, event.sentence_start + len(event.sentence)
    )
    flat_start = view.to_flat(sentence.start)
    inside = (
        view.to_flat(event.trigger.start) - flat_start,
        view.to_flat(max(event.trigger.end - 1, event.trigger.start)) + 1 - flat_start,
    )
    return NewEvent(
        doc_id=event.doc_id,
        trigger=(event.trigger.start, event.trigger.end),
        in_sentence=inside,
        sentence=sentence,
        event=event,
    )


def _party_text(mentions: Iterable[ActorMention]) -> str:
    return "+".join(f"{m.country or '?'}{m.sector or ''}" for m in mentions) or "-"


@dataclass(**RECORD)
class MainResult:
    """One main event: whether the coder found it, and what it coded in its sentences instead."""

    doc_id: str
    main: MainEvent
    found: bool
    found_type: bool
    coded: tuple[str, ...]  # "TYPE actor>recipient 'trigger' modality" of each event there

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: the reader's main event beside the coder's events in its sentences."""
        main = self.main
        recipient = main.recipient
        return {
            "doc_id": self.doc_id,
            "summary": main.summary,
            "type": main.event_type,
            "actor": sorted(main.actor.countries),
            "recipient": sorted(recipient.countries) if recipient else None,
            "modality": main.modality,
            "found": self.found,
            "found_type": self.found_type,
            "coded_there": list(self.coded),
        }


def main_result(
    view: ArticleView, doc_id: str, main: MainEvent, events: Sequence[Event]
) -> MainResult:
    """Score one main event and describe the coded events in its sentences."""
    strict, by_type = main_event_found(view, main, events)
    coded = tuple(
        f"{e.event_type} {_party_text(e.actor)}>{_party_text(e.recipient)} "
        f"{e.trigger.text!r} {e.modality}"
        for e in _in_sentences(view, main, events)
    )
    return MainResult(doc_id=doc_id, main=main, found=strict, found_type=by_type, coded=coded)


@dataclass(**RECORD)
class JudgedReport:
    """What the current coder scores on the judged set."""

    articles: int  # judged articles
    missing: tuple[str, ...]  # judged articles not found in the corpora given, or refused
    changed_texts: int  # coded articles whose cleaned text changed since they were judged
    judged_events: int  # judged events of the coded articles
    produced: int  # of those, the ones the coder still produces (same key)
    lost_sentences: int  # judged events whose sentence is no longer in the changed text
    right: Mapping[str, int]  # per field (and "full"), right among the produced ones
    new_events: tuple[NewEvent, ...]  # coded events no judgement covers
    main_events: int  # main events of the coded articles
    found: int  # found strictly (type, actor and recipient countries, sentence)
    found_type: int  # found by type and sentence alone
    no_political_event: int  # coded articles the reader listed no main event for
    main_results: tuple[MainResult, ...] = ()  # each main event, found or not
    produced_relevant: int = 0  # produced events the relevance stage keeps (shown by default)
    right_relevant: int = 0  # of those, fully right

    def metric(self, name: str) -> float | None:
        """A score by its METRICS name; None when there is nothing to score it on."""
        if name == "recall_main":
            return self.found / self.main_events if self.main_events else None
        if name == "recall_main_type":
            return self.found_type / self.main_events if self.main_events else None
        if name not in METRICS:
            raise KeyError(name)
        return self.right[name] / self.produced if self.produced else None


def _party_matches(party: Party, mentions: Sequence[ActorMention]) -> bool:
    return any(m.country in party.countries for m in mentions)


def _in_sentences(view: ArticleView, main: MainEvent, events: Sequence[Event]) -> list[Event]:
    """The coded events whose trigger lies in one of the main event's sentences."""
    spans = [span for span in (locate(view, anchor) for anchor in main.sentences) if span]
    return [e for e in events if any(start <= e.trigger.start < end for start, end in spans)]


def main_event_found(
    view: ArticleView, main: MainEvent, events: Sequence[Event]
) -> tuple[bool, bool]:
    """(found strictly, found by type) for one main event among an article's coded events."""
    same = [e for e in _in_sentences(view, main, events) if e.event_type == main.event_type]
    strict = any(
        _party_matches(main.actor, e.actor)
        and (main.recipient is None or _party_matches(main.recipient, e.recipient))
        for e in same
    )
    return strict, bool(same)


def score_judged(judged: JudgedSet, coded: Iterable[CodedDocument]) -> JudgedReport:
    """Match each coded article's events to the judged ones and score both figures."""
    articles = {a.doc_id: a for a in judged.articles}
    by_doc: dict[str, list[JudgedEvent]] = defaultdict(list)
    for item in judged.events:
        by_doc[item.doc_id].append(item)
    tally: Counter[str] = Counter()
    new: list[NewEvent] = []
    seen: set[str] = set()
    mains: list[MainResult] = []
    for doc in coded:
        article = articles.get(doc.article.doc_id)
        if article is None or article.doc_id in seen:
            continue
        seen.add(article.doc_id)
        view = view_article(doc.article.text, article.text_sha)
        tally["changed"] += not view.unchanged
        _tally_events(view, by_doc[article.doc_id], doc.events, tally, new)
        tally["no_political"] += not article.main_events
        for main in article.main_events:
            result = main_result(view, article.doc_id, main, doc.events)
            mains.append(result)
            tally["main"] += 1
            tally["found"] += result.found
            tally["found_type"] += result.found_type
    return JudgedReport(
        articles=len(articles),
        missing=tuple(sorted(set(articles) - seen)),
        changed_texts=tally["changed"],
        judged_events=tally["judged"],
        produced=tally["produced"],
        produced_relevant=tally["produced_relevant"],
        right_relevant=tally["right_relevant"],
        lost_sentences=tally["lost"],
        right={name: tally[f"right:{name}"] for name in ("full", *FIELDS)},
        new_events=tuple(new),
        main_events=tally["main"],
        found=tally["found"],
        found_type=tally["found_type"],
        no_political_event=tally["no_political"],
        main_results=tuple(mains),
    )


def _tally_events(
    view: ArticleView,
    judged: Sequence[JudgedEvent],
    events: Sequence[Event],
    tally: Counter[str],
    new: list[NewEvent],
) -> None:
    """Count one article's judged events that are still produced, and collect the new ones."""
    verdicts = {}
    for item in judged:
        tally["judged"] += 1
        trigger = place_trigger(view, item)
        if trigger is None:
            tally["lost"] += 1
        else:
            verdicts[judged_key(item, trigger)] = item.verdict
    for event in events:
        verdict = verdicts.pop(event_key(event), None)
        if verdict is None:
            new.append(new_event(view, event))
            continue
        tally["produced"] += 1
        tally["right:full"] += verdict.fully_right
        tally["produced_relevant"] += event.relevant
        tally["right_relevant"] += event.relevant and verdict.fully_right
        for name in FIELDS:
            tally[f"right:{name}"] += getattr(verdict, name)


CodeBatch = Callable[[Sequence[RawDocument]], Sequence[CodedDocument | InputError]]


def read_judged_documents(
    judged: JudgedSet, corpora: Sequence[Path], *, max_chars: int
) -> list[RawDocument]:
    """The raw judged articles found in the corpus files (matched by file name and record id)."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for article in judged.articles:
        wanted[article.corpus].add(article.doc_id)
    found: list[RawDocument] = []
    for path in corpora:
        ids = wanted.get(Path(path).name, set())
        for item in iter_documents([path], max_chars=max_chars):
            if isinstance(item, RawDocument) and item.doc_id in ids:
                found.append(item)
    return found


def evaluate_judged(
    judged: JudgedSet,
    corpora: Sequence[Path],
    code_batch: CodeBatch,
    *,
    max_chars: int,
    batch_size: int = 64,
) -> JudgedReport:
    """Code the judged articles found in `corpora` with `code_batch` and score them."""
    raws = read_judged_documents(judged, corpora, max_chars=max_chars)
    coded: list[CodedDocument] = []
    for start in range(0, len(raws), batch_size):
        batch = code_batch(raws[start : start + batch_size])
        coded.extend(item for item in batch if isinstance(item, CodedDocument))
    return score_judged(judged, coded)


def _share(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def render_judged(report: JudgedReport) -> Table:
    """The scores as a table: precision per field, recall of main events, what is unjudged."""
    table = Table(title="Judged real-news set")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("counts", justify="right")
    for name in ("full", *FIELDS):
        label = "fully right" if name == "full" else f"right: {name.replace('_', ' ')}"
        counts = f"{report.right[name]}/{report.produced}"
        table.add_row(label, _share(report.metric(name)), counts)
    relevant = report.produced_relevant
    share = report.right_relevant / relevant if relevant else None
    table.add_row("fully right, relevant events only", _share(share),
                  f"{report.right_relevant}/{relevant}")  # fmt: skip
    mains = report.main_events
    table.add_row("recall of main events", _share(report.metric("recall_main")),
                  f"{report.found}/{mains}")  # fmt: skip
    table.add_row("recall of main events, by type", _share(report.metric("recall_main_type")),
                  f"{report.found_type}/{mains}")  # fmt: skip
    coded = report.articles - len(report.missing)
    table.add_row("judged events still produced", "", f"{report.produced}/{report.judged_events}")
    table.add_row("new events, not judged yet", "", str(len(report.new_events)))
    table.add_row("articles coded", "", f"{coded}/{report.articles}")
    table.add_row("articles with no political event", "", str(report.no_political_event))
    table.add_row("articles whose cleaned text changed", "", str(report.changed_texts))
    table.add_row("judged events whose sentence is gone", "", str(report.lost_sentences))
    return table


def judged_report_dict(report: JudgedReport) -> dict[str, Any]:
    """The report as JSON-ready data; `new_events` are events.jsonl lines waiting for a verdict."""
    return {
        "metrics": {name: report.metric(name) for name in METRICS},
        "articles": report.articles,
        "missing": list(report.missing),
        "changed_texts": report.changed_texts,
        "judged_events": report.judged_events,
        "produced": report.produced,
        "produced_relevant": report.produced_relevant,
        "right_relevant": report.right_relevant,
        "lost_sentences": report.lost_sentences,
        "right": dict(report.right),
        "main_events": report.main_events,
        "found": report.found,
        "found_type": report.found_type,
        "no_political_event": report.no_political_event,
        "new_events": [item.to_line() for item in report.new_events],
        "main_event_results": [item.to_dict() for item in report.main_results],
    }


def write_judged_report(report: JudgedReport, path: Path) -> None:
    """Write the report as JSON."""
    text = json.dumps(judged_report_dict(report), indent=2, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")


def check_judged_floors(report: JudgedReport, floors_path: Path | None = None) -> list[str]:
    """The scores below their [judged] floor, one message each (empty: gate passed)."""
    failures = []
    for name, floor in read_floors(floors_path, FLOORS_TABLE, METRICS).items():
        value = report.metric(name)
        if (value is None and floor > 0) or (value is not None and value < floor):
            shown = "n/a" if value is None else f"{value:.4f}"
            failures.append(f"{name}: {shown} is below the floor {floor:.4f}")
    return failures
