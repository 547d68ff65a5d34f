"""The `detente` command line: each command parses input, calls one library function, prints."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from typer.core import TyperGroup

from detente.errors import DetenteError
from detente.formats import ExportFormat, OutputFormat, ReportFormat
from detente.records import CodedDocument, InputError

if TYPE_CHECKING:
    from detente.config import Settings  # pydantic: imported when a command needs settings
    from detente.scale.dask import DaskOptions
    from detente.store import Store

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class _Commands(TyperGroup):
    """Every command's deliberate errors end the same way: one red line and exit code 2."""

    def invoke(self, ctx: Any) -> Any:  # typer's own click Context
        try:
            return super().invoke(ctx)
        except DetenteError as exc:
            err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
            raise typer.Exit(2) from exc


app = typer.Typer(
    cls=_Commands,
    help="detente: verifiable political event data (CAMEO + PLOVER) from raw news articles.",
    no_args_is_help=True,
    add_completion=False,
)
actors_app = typer.Typer(help="Look up how detente codes an actor.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")

ConfigOption = Annotated[
    Path | None, typer.Option("--config", help="TOML settings file (see default_config.toml).")
]
ModelOption = Annotated[
    str | None, typer.Option("--model", help="spaCy model package to parse with.")
]


# Options shared by the analysis commands (dyad, actor).
MentionsOption = Annotated[
    bool, typer.Option("--mentions", help="Count mentions instead of unique events.")
]
SinceOption = Annotated[str | None, typer.Option("--since", help="First date (YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option("--until", help="Last date (YYYY-MM-DD).")]
ReportFormatOption = Annotated[ReportFormat, typer.Option("--format", "-f", help="Output format.")]
IntervalOption = Annotated[str, typer.Option("--by", help="day, week, month or year.")]
PublicationDateOption = Annotated[
    str | None,
    typer.Option("--date", help="Publication date (YYYY-MM-DD) for inputs that carry none."),
]


def _settings(config: Path | None, model: str | None = None) -> Settings:
    from detente.config import load_settings  # lazy: `detente --help` needs no pydantic

    return load_settings(config, model=model)


@contextmanager
def _bad_parameters() -> Iterator[None]:
    """A query the library refuses (ValueError) is the user's bad parameter."""
    try:
        yield
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc


def _store(db: Path | None, config: Path | None) -> Store:
    from detente.store import open_store

    return open_store(db or _settings(config).database)


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from exc


def _report_error(error: InputError) -> None:
    err.print(f"[red]error:[/red] {escape(error.origin)}: {escape(error.reason)}", highlight=False)


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress.")] = False,
) -> None:
    """Configure logging for the command line only; the library just logs."""
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not verbose:
        from detente.clean.html import quiet_extractor_logs

        quiet_extractor_logs()


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format.")
    ] = OutputFormat.jsonl,
    date: PublicationDateOption = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Print why each sentence was or was not coded: every trigger candidate, its "
            "pattern, parties, modality cue, and the event or the stage and reason that dropped "
            "it (table or jsonl).",
        ),
    ] = False,
    config: ConfigOption = None,
    model: ModelOption = None,
) -> None:
    """Code articles and print one record per event."""
    from detente.pipeline import iter_coded, load_pipeline

    if explain and format is OutputFormat.csv:
        raise typer.BadParameter("--explain prints a table or JSON lines, not CSV")
    default_date = _parse_date(date)
    pipeline = load_pipeline(_settings(config, model))
    failed = 0
    printer = _document_printer(format, explain)
    for item in iter_coded(pipeline, paths, default_date=default_date, explain=explain):
        if isinstance(item, InputError):
            failed += 1
            _report_error(item)
            continue
        printer(item)
        sys.stdout.flush()
    if failed:
        err.print(f"{failed} input(s) failed; see the lines above.")
        raise typer.Exit(1)


def _document_printer(format: OutputFormat, explain: bool) -> Callable[[CodedDocument], None]:
    """How `detente code` prints one coded document in the chosen format."""
    from detente.serialize import csv_writer, event_to_row, events_table, write_jsonl

    if explain:
        from detente.explain import trace_lines, trace_records

        def print_trace(doc: CodedDocument) -> None:
            if format is OutputFormat.jsonl:
                for record in trace_records(doc):
                    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                for line in trace_lines(doc):
                    out.print(line, highlight=False)

        return print_trace
    if format is OutputFormat.jsonl:

        def print_jsonl(doc: CodedDocument) -> None:
            write_jsonl(doc.events, sys.stdout)

        return print_jsonl
    if format is OutputFormat.csv:
        writer = csv_writer(sys.stdout)
        return lambda doc: writer.writerows(event_to_row(ev) for ev in doc.events)
    return lambda doc: _print_document_table(doc, events_table)


def _print_document_table(item: CodedDocument, events_table) -> None:
    article = item.article
    title = f"{article.title or article.doc_id} ({article.date or 'no date'})"
    out.print(events_table(item.events, title=title))


@app.command()
def demo(
    config: ConfigOption = None,
    model: ModelOption = None,
    db: Annotated[
        Path | None, typer.Option("--db", help="DuckDB file to store the samples in.")
    ] = None,
) -> None:
    """Code the bundled sample articles, store them in DuckDB and print a summary."""
    from detente.demo import run_demo, store_demo
    from detente.pipeline import load_pipeline
    from detente.serialize import events_table

    pipeline = load_pipeline(_settings(config, model))
    result = run_demo(pipeline)
    for doc in result.documents:
        _print_document_table(doc, events_table)
    for error in result.errors:
        _report_error(error)
    out.print(f"\n[bold]{len(result.documents)} articles, {len(result.events)} events[/bold]")
    out.print("Event types: " + ", ".join(f"{t} {n}" for t, n in result.types()))
    out.print("Top dyads:   " + ", ".join(f"{a}→{b} {n}" for (a, b), n in result.dyads()))
    database = db or pipeline.settings.database
    summary, dyads = store_demo(pipeline, result, database)
    counts = summary.counts
    out.print(
        f"\nStored in {database}: {counts.articles} articles, {counts.events} unique events, "
        f"{counts.mentions} mentions ({summary.progress.articles} articles new this run)"
    )
    out.print(
        "Top dyads in the store: "
        + (", ".join(f"{d.actor}→{d.recipient} {d.events}" for d in dyads) or "none")
    )
    from detente.analysis.report import ReportFormat, print_dyad
    from detente.demo import strongest_dyad_report

    report = strongest_dyad_report(Path(database))
    if report is not None:
        series, changes, plot = report
        out.print()
        print_dyad(out, series, changes, ReportFormat.table)
        out.print(f"Plot of {series.query.actor}→{series.query.recipient} written to {plot}")


@actors_app.command("resolve")
def actors_resolve(
    text: Annotated[str, typer.Argument(help='An actor phrase, e.g. "the Kremlin".')],
    date: Annotated[
        str | None, typer.Option("--date", help="Date the phrase refers to (YYYY-MM-DD).")
    ] = None,
    context: Annotated[
        str | None, typer.Option("--context", help="Surrounding text for bare roles.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Print how an actor phrase is coded, as JSON."""
    from detente.coding.actors import describe, load_actor_lexicon, resolve_actor

    settings = _settings(config)
    lexicon = load_actor_lexicon(settings.actor_files, settings.agent_files)
    found = resolve_actor(lexicon, text, date=_parse_date(date), context=context)
    print(
        json.dumps(
            describe(found)
            if found
            else {"country": None, "sector": None, "name": None, "matched": None, "rule": None}
        )
    )
    if found is None:
        raise typer.Exit(1)


# ---- detente lexicon: what the lexicons hold, and PETRARCH dictionaries as our YAML
lexicon_app = typer.Typer(help="Inspect and convert lexicons.", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")


@lexicon_app.command("stats")
def lexicon_stats(
    disagreements: Annotated[
        bool,
        typer.Option(
            "--disagreements",
            help="List names and verb patterns where imported entries differ from ours.",
        ),
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Print the entries of every lexicon source per kind, what was left out and why."""
    from detente.lexicons.summary import summarise_lexicons

    settings = _settings(config)
    summary = summarise_lexicons(settings.actor_files, settings.agent_files, settings.discard_files)
    lines = [f"actor lexicon {summary.version}", "source\ttier\tkind\tcount"]
    lines += [f"{r.source}\t{r.tier}\t{r.kind}\t{r.count}" for r in summary.rows]
    lines += [f"unreadable: {problem}" for problem in summary.problems]
    if disagreements:
        lines += [f"{d.name}\tkept {d.kept}\tdropped {d.dropped}\t{d.source}"
                  for d in summary.disagreements]
    lines += _verb_stat_lines(settings, disagreements=disagreements)
    sys.stdout.write("\n".join(lines) + "\n")  # tab-separated: rich would expand the tabs


def _verb_stat_lines(settings: Settings, *, disagreements: bool) -> list[str]:
    """The verb lexicon's part of `lexicon stats`: patterns per source, drops, conflicts."""
    from detente.lexicons.ontology import load_ontology
    from detente.lexicons.petrarch.verb_import import verb_counts
    from detente.lexicons.verbs import load_verbs

    cache = settings.lexicon_cache_dir
    verbs = load_verbs(
        known_codes=tuple(load_ontology().codes),
        imported=settings.imported_verbs,
        verb_files=settings.verb_files,
        cache_dir=cache and cache / "verbs",
    )
    lines = [f"verb lexicon {verbs.version}", "source\ttier\tkind\tcount"]
    lines += [f"{r.source}\t{r.tier}\t{r.kind}\t{r.count}" for r in verb_counts(verbs)]
    if verbs.imports is None:
        return lines
    lines += [f"unreadable: {p}" for s in verbs.imports.sources for p in s.problems]
    if disagreements:
        lines += [
            f"{c.verb} {c.particle or '-'} {c.object or '-'}\tkept {c.kept_id} {c.kept_code}"
            f"\tdropped {c.dropped_id} {c.dropped_code}"
            for c in verbs.imports.conflicts
        ]
    return lines


@lexicon_app.command("convert")
def lexicon_convert(
    file: Annotated[Path, typer.Argument(help="A PETRARCH/TABARI actor or agent dictionary.")],
    agents: Annotated[
        bool, typer.Option("--agents", help="The file is an agent dictionary ([~CODE] lines).")
    ] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the YAML here (default: stdout).")
    ] = None,
) -> None:
    """Write a PETRARCH dictionary in our YAML actor-file form (codes translated to ours)."""
    from detente.lexicons.actor_sources import petrarch_file_as_yaml

    text, converted = petrarch_file_as_yaml(file, agents=agents)
    for problem in converted.problems:
        err.print(f"unreadable: {problem}", highlight=False)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        err.print(f"wrote {output}")


# --- evaluate --judged: the judged real-news set (detente.evaluation.judged) ---
JudgedOption = Annotated[
    Path | None,
    typer.Option(
        "--judged", help="Judged real-news set folder (eval/judged): precision, main-event recall."
    ),
]
CorpusOption = Annotated[
    list[Path] | None,
    typer.Option("--corpus", help="Corpus JSONL file holding judged articles (repeatable)."),
]


# Relevance (coding/relevance.py): `evaluate --relevant-only` scores the events a store would show.
RelevantOnlyOption = Annotated[
    bool,
    typer.Option("--relevant-only", help="Score only events the relevance stage keeps."),
]


def _relevant_documents(items: Sequence[Any], relevant_only: bool) -> list[Any]:
    """Coded documents with their irrelevant events left out (errors as they are)."""
    if not relevant_only:
        return list(items)
    return [
        replace(i, events=tuple(e for e in i.events if e.relevant))
        if isinstance(i, CodedDocument) else i
        for i in items
    ]  # fmt: skip


def _relevant_sentences(coder: Any) -> Any:
    """A gold-sentence coder that leaves irrelevant events out of each sentence's events."""

    def code(texts: Sequence[str]) -> list[Any]:
        return [c if isinstance(c, InputError) else tuple(e for e in c if e.relevant)
                for c in coder(texts)]  # fmt: skip

    return code


def _evaluate_judged(
    folder: Path, corpora: list[Path], report: Path | None, floors: bool, settings: Settings,
    relevant_only: bool = False,
) -> None:
    from detente.evaluation import judged as jd
    from detente.evaluation.judged_set import read_judged
    from detente.pipeline import load_pipeline, process_batch

    # A DetenteError (bad judged file, missing model) ends in _Commands.invoke.
    judged_set = read_judged(folder)
    pipeline = load_pipeline(settings)
    result = jd.evaluate_judged(
        judged_set,
        corpora,
        lambda raws: _relevant_documents(process_batch(pipeline, raws), relevant_only),
        max_chars=settings.max_chars,
        batch_size=settings.batch_size,
    )
    out.print(jd.render_judged(result))
    if result.missing:
        missing = escape(", ".join(result.missing))
        err.print(f"[yellow]not found in the corpora:[/yellow] {missing}", highlight=False)
    if report is not None:
        jd.write_judged_report(result, report)
        out.print(f"report written to {report} (new events to judge under new_events)")
    below = jd.check_judged_floors(result) if floors else []
    for line in below:
        err.print(f"[red]below floor:[/red] {line}", highlight=False)
    if below:
        raise typer.Exit(1)


class GoldFormatName(StrEnum):
    """Gold formats of `detente evaluate` (mirrors detente.evaluation.GoldFormat)."""

    gsr = "gsr"
    cameo5 = "cameo5"
    spans = "spans"


@app.command()
def evaluate(
    gold: Annotated[
        Path | None,
        typer.Argument(
            help="Gold file: PLOVER GSR JSONL, 5-class CAMEO TSV or BIO source/target spans."
        ),
    ] = None,
    gold_format: Annotated[
        GoldFormatName | None,
        typer.Option("--format", help="Format of the gold file (default: told from its content)."),
    ] = None,
    report: Annotated[
        Path | None, typer.Option("--report", help="Write the full report as JSON.")
    ] = None,
    floors: Annotated[
        bool,
        typer.Option(
            "--check-floors/--no-check-floors", help="Fail when a score is below its stored floor."
        ),
    ] = False,
    judged: JudgedOption = None,
    corpus: CorpusOption = None,
    relevant_only: RelevantOnlyOption = False,
    config: ConfigOption = None,
    model: ModelOption = None,
) -> None:
    """Score the coder on a gold set (GOLD), or on the judged real-news set (--judged)."""
    from detente import evaluation as ev
    from detente.pipeline import load_pipeline

    if judged is not None:
        settings = _settings(config, model)
        _evaluate_judged(judged, corpus or [], report, floors, settings, relevant_only)
        return
    if gold is None:
        raise DetenteError("give a GOLD file, or --judged FOLDER with --corpus files")
    # A DetenteError (unreadable file, unknown format, missing model) ends in _Commands.invoke.
    fmt = ev.GoldFormat(gold_format.value) if gold_format else ev.detect_format(gold)
    pipeline = load_pipeline(_settings(config, model))
    coder = ev.batch_coder(pipeline)
    if relevant_only:
        coder = _relevant_sentences(coder)
    result = ev.evaluate_file(gold, fmt, coder)
    for table in ev.tables_for(result):
        out.print(table)
    if report is not None:
        ev.write_report(result, report)
        out.print(f"report written to {report}")
    if floors:
        below = ev.check_all_floors(result, None, gold.name)
        for line in below:
            err.print(f"[red]below floor:[/red] {line}", highlight=False)
        if below:
            raise typer.Exit(1)


DbOption = Annotated[
    Path | None, typer.Option("--db", help="DuckDB file (default: `database` in the settings).")
]
WorkersOption = Annotated[
    int | None,
    typer.Option("--workers", "-w", min=1, help="Processes that parse and code (default 1)."),
]


class EngineKind(StrEnum):
    """Where batches are parsed and coded."""

    local = "local"
    dask = "dask"


EngineOption = Annotated[
    EngineKind,
    typer.Option(
        "--engine",
        help="local: processes on this machine; dask: a Dask cluster (needs the dask extra).",
    ),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="Dask scheduler, tcp://HOST:PORT (default: a local cluster of --workers processes).",
    ),
]
ParquetOption = Annotated[
    Path | None,
    typer.Option(
        "--parquet",
        help="Dask workers write Parquet shards of articles, events and mentions here, "
        "then the writer stores them; the folder must be readable by workers and writer.",
    ),
]


def _dask_options(
    engine: EngineKind, scheduler: str | None, parquet: Path | None
) -> DaskOptions | None:
    if engine is EngineKind.local:
        if scheduler or parquet:
            raise typer.BadParameter("--scheduler and --parquet need --engine dask")
        return None
    from detente.scale.dask import DaskOptions  # raises a DetenteError without the dask extra

    return DaskOptions(scheduler=scheduler, parquet=parquet)


def _finish_run(summary) -> None:
    from detente.progress import summary_lines

    for line in summary_lines(summary):
        err.print(line, highlight=False)


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files or directories: txt, html, jsonl[.gz|.zst], warc[.gz]."),
    ],
    db: DbOption = None,
    workers: WorkersOption = None,
    engine: EngineOption = EngineKind.local,
    scheduler: SchedulerOption = None,
    parquet: ParquetOption = None,
    date: PublicationDateOption = None,
    config: ConfigOption = None,
    model: ModelOption = None,
) -> None:
    """Code articles into a DuckDB store; stop and rerun at will, nothing is lost or doubled."""
    from detente.progress import progress_for
    from detente.run import ingest as run_ingest

    settings = _settings(config, model)
    default_date = _parse_date(date)
    dask = _dask_options(engine, scheduler, parquet)
    with progress_for(err, label="ingest") as progress:
        summary = run_ingest(
            paths, settings=settings, db=db, workers=workers, default_date=default_date,
            progress=progress, dask=dask,
        )  # fmt: skip
    _finish_run(summary)
    if summary.progress.errors:
        raise typer.Exit(1)


@app.command()
def recode(
    db: DbOption = None,
    workers: WorkersOption = None,
    engine: EngineOption = EngineKind.local,
    scheduler: SchedulerOption = None,
    parquet: ParquetOption = None,
    everything: Annotated[
        bool, typer.Option("--all", help="Recode every article, not only outdated ones.")
    ] = False,
    config: ConfigOption = None,
    model: ModelOption = None,
) -> None:
    """Re-code stored articles with the current lexicons, without the original files."""
    from detente.progress import progress_for
    from detente.run import recode as run_recode

    settings = _settings(config, model)
    dask = _dask_options(engine, scheduler, parquet)
    with progress_for(err, label="recode") as progress:
        summary = run_recode(
            settings=settings, db=db, workers=workers, everything=everything, progress=progress,
            dask=dask,
        )  # fmt: skip
    _finish_run(summary)


# Relevance (coding/relevance.py): events set aside as no political news are left out by default.
IrrelevantOption = Annotated[
    bool,
    typer.Option("--include-irrelevant", help="Also count events judged no political news."),
]


@app.command()
def export(
    format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="Export format.")
    ] = ExportFormat.plover_jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Output file (default: stdout).")
    ] = None,
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Actor code prefix, e.g. CHN or CHNGOV.")
    ] = None,
    recipient: Annotated[str | None, typer.Option("--recipient", help="Recipient prefix.")] = None,
    country: Annotated[str | None, typer.Option("--country", help="Either side's prefix.")] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")
    ] = None,
    cameo: Annotated[str | None, typer.Option("--cameo", help="CAMEO prefix, e.g. 04.")] = None,
    min_mentions: Annotated[int | None, typer.Option("--min-mentions", min=1)] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1)] = None,
    include_irrelevant: IrrelevantOption = False,
    config: ConfigOption = None,
) -> None:
    """Export stored unique events (GDELT layout: docs/export.md)."""
    from detente.store import EventFilter
    from detente.store.export import export_events

    where = EventFilter(
        since=_parse_date(since), until=_parse_date(until), actor=actor, recipient=recipient,
        country=country, event_type=event_type, cameo=cameo, min_mentions=min_mentions,
        limit=limit, include_irrelevant=include_irrelevant,
    )  # fmt: skip
    with _store(db, config) as store:
        count = export_events(store, format, output or sys.stdout.buffer, where)
    err.print(f"{count:,} events exported" + (f" to {output}" if output else ""))


@app.command()
def dyad(
    actor: Annotated[str, typer.Argument(help="Actor code prefix, e.g. CHN or CHNMIL.")],
    recipient: Annotated[str, typer.Argument(help="Recipient code prefix, e.g. PRK.")],
    by: IntervalOption = "month",
    undirected: Annotated[
        bool, typer.Option("--undirected", help="Count both directions (A→B and B→A).")
    ] = False,
    mentions: MentionsOption = False,
    normalise: Annotated[
        bool, typer.Option("--normalise", help="Divide by all events of the store per period.")
    ] = False,
    since: SinceOption = None,
    until: UntilOption = None,
    plot: Annotated[Path | None, typer.Option("--plot", help="Write a PNG chart here.")] = None,
    format: ReportFormatOption = ReportFormat.table,
    include_irrelevant: IrrelevantOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """A dyad's relation over time: counts per QuadClass and type, Goldstein, and changes."""
    from detente.analysis.changes import dyad_analysis
    from detente.analysis.dyads import DyadQuery, Interval, Unit
    from detente.analysis.plots import write_plot
    from detente.analysis.report import print_dyad

    with _bad_parameters():
        query = DyadQuery(
            actor=actor, recipient=recipient, by=Interval(by), directed=not undirected,
            unit=Unit.mentions if mentions else Unit.events, normalise=normalise,
            since=_parse_date(since), until=_parse_date(until),
            include_irrelevant=include_irrelevant,
        )  # fmt: skip
    with _store(db, config) as store:
        series, changes = dyad_analysis(store, query)
    print_dyad(out, series, changes, format)
    if plot is not None:
        err.print(f"plot written to {write_plot(series, plot, changes)}")


@app.command()
def actor(
    code: Annotated[str, typer.Argument(help="Actor code prefix, e.g. CHN or IGOUNO.")],
    by: IntervalOption = "month",
    top: Annotated[int, typer.Option("--top", min=1, help="Partners and types to list.")] = 10,
    mentions: MentionsOption = False,
    since: SinceOption = None,
    until: UntilOption = None,
    format: ReportFormatOption = ReportFormat.table,
    include_irrelevant: IrrelevantOption = False,
    db: DbOption = None,
    config: ConfigOption = None,
) -> None:
    """An actor's top partners, top event types and timeline."""
    from detente.analysis.actors import ActorQuery, actor_summary
    from detente.analysis.dyads import Interval, Unit
    from detente.analysis.report import print_actor

    with _bad_parameters():
        query = ActorQuery(
            code=code, by=Interval(by), top=top, unit=Unit.mentions if mentions else Unit.events,
            since=_parse_date(since), until=_parse_date(until),
            include_irrelevant=include_irrelevant,
        )  # fmt: skip
    with _store(db, config) as store:
        summary = actor_summary(store, query)
    print_actor(out, summary, format)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token", envvar="DETENTE_TOKEN",
            help="Required for non-local binds. Other users of this machine can read a --token "
            "given on the command line (ps): set DETENTE_TOKEN instead.",
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option(
            "--workers", "-w", min=1,
            help="Server processes, each with its own read-only connection "
            "(default 1; about one per core serves concurrent clients best).",
        ),
    ] = 1,
    tls_cert: Annotated[
        Path | None,
        typer.Option("--tls-cert", help="Certificate file (PEM): serve HTTPS, with --tls-key."),
    ] = None,
    tls_key: Annotated[
        Path | None, typer.Option("--tls-key", help="Private key file (PEM) of --tls-cert.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Serve the JSON API and the dashboard over a database opened read-only."""
    from detente.web import serve as run_server

    if (tls_cert is None) != (tls_key is None):
        raise typer.BadParameter("--tls-cert and --tls-key go together")
    database = db or _settings(config).database
    scheme = "https" if tls_cert else "http"
    out.print(
        f"detente: serving {database} on {scheme}://{host}:{port}/ with {workers} worker(s) "
        "(API reference: /docs)"
    )
    tls = (str(tls_cert), str(tls_key)) if tls_cert and tls_key else None
    run_server(database, host=host, port=port, token=token, workers=workers, tls=tls)
